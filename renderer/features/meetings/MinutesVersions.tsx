import { Anchor, Button, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import { ATTENDANCE_LABELS } from '../../../shared/domain';
import type { MinutesVersion } from '../../../shared/schemas/meeting';
import { useQuery } from '../../data/data';
import { RichTextView } from '../../components/richText/RichTextView';

/** The vastgestelde versions of the minutes; each opens as it was approved. */
export function MinutesVersions(props: { meetingId: string }) {
  const versions = useQuery('minutes.versions', { id: props.meetingId });
  const [shown, setShown] = useState<MinutesVersion | null>(null);
  if (!versions.data || versions.data.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Title order={3} size="h5">
        Vastgestelde versies
      </Title>
      <List size="sm">
        {versions.data.map((v) => (
          <List.Item key={v.version}>
            Versie {v.version}, vastgesteld op {formatDateNl(v.approvedOn)} in {v.approvedIn}
            {v.correctionReason && ` · gecorrigeerd: ${v.correctionReason}`}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => setShown(v)}>
              Versie {v.version} bekijken
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? `Notulen, versie ${shown.version}` : ''}
        size="xl"
      >
        {shown && (
          <Stack>
            <Text size="sm" c="dimmed">
              Vastgesteld op {formatDateNl(shown.approvedOn)} in {shown.approvedIn} (vastgelegd door{' '}
              {shown.actor}).
            </Text>
            {shown.snapshot.attendees.length > 0 && (
              <Text size="sm">
                Aanwezigheid:{' '}
                {shown.snapshot.attendees
                  .map(
                    (a) => `${a.name} (${ATTENDANCE_LABELS[a.attendance].toLocaleLowerCase('nl')})`,
                  )
                  .join(', ')}
              </Text>
            )}
            {shown.snapshot.agenda.map((item, i) => (
              <section key={i} aria-label={item.title}>
                <Title order={3} size="h4">
                  {i + 1}. {item.title}
                </Title>
                <RichTextView html={item.minutesHtml} empty="Geen notulen bij dit punt." />
                {item.decisions.length > 0 && (
                  <Text size="sm">Besluiten: {item.decisions.join('; ')}</Text>
                )}
                {item.actions.length > 0 && (
                  <Text size="sm">
                    Actiepunten:{' '}
                    {item.actions
                      .map(
                        (a) =>
                          `${a.text} (${a.ownerName ?? 'nog niemand'}${a.dueDate ? `, vóór ${formatDateNl(a.dueDate)}` : ''})`,
                      )
                      .join('; ')}
                  </Text>
                )}
              </section>
            ))}
            <Button
              variant="default"
              onClick={() => setShown(null)}
              style={{ alignSelf: 'flex-end' }}
            >
              Sluiten
            </Button>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
