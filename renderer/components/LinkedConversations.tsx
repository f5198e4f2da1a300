import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateNl } from '../../shared/dates';
import { CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS } from '../../shared/domain';
import { countNl } from '../../shared/numbers';
import { useQuery } from '../data/data';
import { QueryState } from './QueryState';

/** At most this many are listed; the rest are counted. */
const SHOWN = 50;

/**
 * "Gespreksverslagen" on an afspraak's or a partij's page: every verslag that names it (a party's
 * in all its regions), newest first, each a link to the verslag (the other way of the link its
 * facts show).
 */
export function LinkedConversations(props: {
  /** The verslagen that link this agreement, or that this party took part in. */
  about: { agreementId: string } | { partyId: string };
  /** What the card says when there are none, e.g. "Nog geen gespreksverslag over deze afspraak." */
  empty: string;
}) {
  const list = useQuery('conversations.list', { regionId: null, ...props.about, limit: SHOWN });
  return (
    <Card withBorder component="section" aria-labelledby="gespreksverslagen-kop">
      <Title order={2} size="h4" id="gespreksverslagen-kop" mb="sm">
        Gespreksverslagen
      </Title>
      <QueryState query={list} label="Gespreksverslagen">
        {(page) =>
          page.total === 0 ? (
            <Text c="dimmed">{props.empty}</Text>
          ) : (
            <Stack gap={6}>
              <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                {page.items.map((c) => (
                  <li key={c.id}>
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={`/gespreksverslagen/${c.id}`} fw={600}>
                        {c.title}
                      </Anchor>
                      <Text span size="sm" c="dimmed">
                        {formatDateNl(c.date)} · {CONVERSATION_KIND_LABELS[c.kind]}
                      </Text>
                      <Badge
                        component="span"
                        size="sm"
                        variant="light"
                        color={c.status === 'vastgelegd' ? '#1e6b2f' : 'gray.8'}
                      >
                        {CONVERSATION_STATUS_LABELS[c.status]}
                      </Badge>
                    </Group>
                  </li>
                ))}
              </ul>
              {page.total > page.items.length && (
                <Text size="sm" c="dimmed">
                  De nieuwste {page.items.length} van{' '}
                  {countNl(page.total, 'gespreksverslag', 'gespreksverslagen')}.
                </Text>
              )}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
