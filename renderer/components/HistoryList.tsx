import { Text, Timeline, Title } from '@mantine/core';
import type { Entity } from '../../shared/domain';
import { useQuery } from '../data/data';
import { QueryState } from './QueryState';

/** A record's change history from the audit log, in plain Dutch. */
export function HistoryList(props: {
  entity: Entity;
  id: string;
  /** 3 inside a dialog, whose title is the h2. */
  headingOrder?: 2 | 3;
}) {
  const { entity, id } = props;
  const history = useQuery('history.list', { entity, id });
  return (
    <section aria-labelledby={`geschiedenis-${id}`}>
      <Title order={props.headingOrder ?? 2} size="h4" id={`geschiedenis-${id}`} mb="sm">
        Geschiedenis
      </Title>
      <QueryState query={history} label="Geschiedenis">
        {(entries) =>
          entries.length === 0 ? (
            <Text c="dimmed">Nog geen wijzigingen vastgelegd.</Text>
          ) : (
            <Timeline bulletSize={12} lineWidth={2}>
              {entries.map((entry) => (
                <Timeline.Item key={entry.id}>
                  <Text size="sm">{entry.text}</Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )
        }
      </QueryState>
    </section>
  );
}
