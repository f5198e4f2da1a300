import { Text, Timeline, Title } from '@mantine/core';
import { formatDateNl, formatDateTimeNl } from '../../../shared/dates';
import type { TimelineEntry } from '../../../shared/schemas/agreement';

const COLORS: Record<TimelineEntry['kind'], string> = {
  status: 'blue.8',
  progress: 'teal.8',
  review: 'violet.8',
  history: 'gray.6',
};

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  status: 'Status',
  progress: 'Voortgang',
  review: 'Beoordeling',
  history: 'Wijziging',
};

/** Status changes, progress, reviews and other changes of one agreement, newest first. */
export function AgreementTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="tijdlijn-kop">
      <Title order={2} size="h4" id="tijdlijn-kop" mb="sm">
        Tijdlijn
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">Nog niets vastgelegd.</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} className="agreement-timeline">
          {entries.map((entry, i) => (
            <Timeline.Item
              key={`${entry.at}-${entry.kind}-${i}`}
              color={COLORS[entry.kind]}
              title={
                <Text fw={600} size="sm" component="h3" m={0}>
                  <span className="visually-hidden">{KIND_LABELS[entry.kind]}: </span>
                  {entry.title}
                </Text>
              }
            >
              {entry.text && (
                <Text size="sm" className="agreement-timeline-text">
                  {entry.text}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={4}>
                {formatDateNl(entry.on)}
                {entry.actor && ` · door ${entry.actor}`}
                <span className="visually-hidden">
                  {` (vastgelegd ${formatDateTimeNl(entry.at)})`}
                </span>
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}
