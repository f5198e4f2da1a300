import { formatNumberNl } from '../../../../shared/numbers';
import { Anchor, Card, Group, List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDateNl } from '../../../../shared/dates';
import { AGREEMENT_STATUS_LABELS } from '../../../../shared/domain';
import type { Dashboard } from '../../../../shared/schemas/agreementDashboard';
import { agreementLink, countAgreements, listLink, type ListFilter } from './dashboardLinks';

type List = Dashboard['evaluationsDue'];

/**
 * One dashboard figure: a heading, the count as a link to the filtered list, and the first few
 * agreements (with the date that matters for this card).
 */
export function DashboardCard(props: {
  title: string;
  /** How many, and the first few (the server sends DASHBOARD_SHOWN). */
  list: List;
  filter: ListFilter;
  /** Explains what the list holds, e.g. "met een evaluatie in de komende 60 dagen". */
  explanation: string;
  /** How the item's date reads, e.g. "evaluatie" → "evaluatie 22 november 2026". */
  dateLabel?: string;
  /** Orange for warnings, when there is something to warn about. */
  tone?: 'warning' | 'neutral';
  emptyText: string;
}) {
  const headingId = useId();
  const n = props.list.count;
  const warn = props.tone === 'warning' && n > 0;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={headingId}
      data-testid={`kaart-${props.title}`}
      style={warn ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined}
    >
      <Title order={3} size="h5" id={headingId}>
        {props.title}
      </Title>
      <Group gap="xs" align="baseline" mt={4}>
        {n > 0 ? (
          <Anchor
            component={Link}
            to={listLink(props.filter)}
            fz={32}
            fw={700}
            lh={1.2}
            c="blue.9"
            aria-label={`${countAgreements(n)} ${props.explanation}: toon in de lijst`}
          >
            {formatNumberNl(n)}
          </Anchor>
        ) : (
          <Text fz={32} fw={700} lh={1.2} c="dimmed">
            0
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {n === 1 ? 'afspraak' : 'afspraken'}
        </Text>
      </Group>
      {n === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {props.emptyText}
        </Text>
      ) : (
        <List spacing={4} size="sm" mt="xs" listStyleType="none" withPadding={false}>
          {props.list.items.map((item) => (
            <List.Item key={item.id}>
              <Anchor component={Link} to={agreementLink(item.id)} size="sm" c="blue.9">
                {item.title}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {' — '}
                {item.date && props.dateLabel
                  ? `${props.dateLabel} ${formatDateNl(item.date)}`
                  : AGREEMENT_STATUS_LABELS[item.status].toLowerCase()}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {n > props.list.items.length && (
        <Anchor component={Link} to={listLink(props.filter)} size="sm" mt="xs" c="blue.9">
          Alle {formatNumberNl(n)} tonen
        </Anchor>
      )}
    </Card>
  );
}
