import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { useMutation } from '../../data/data';
import { notifyError } from '../../components/feedback';

/**
 * The actiepuntenlijst: actions of the region's earlier meetings that are still open, so this
 * meeting follows them up. Ticking one marks it afgerond (today); it then leaves the list.
 */
export function CarriedActions(props: { actions: MeetingDetail['openActionsBefore'] }) {
  const mutate = useMutation();
  return (
    <section aria-labelledby="actiepuntenlijst-kop">
      <Title order={2} size="h3" id="actiepuntenlijst-kop" mb="sm">
        Actiepuntenlijst van eerdere overleggen
      </Title>
      {props.actions.length === 0 ? (
        <Text c="dimmed">Er staan geen actiepunten van eerdere overleggen meer open.</Text>
      ) : (
        <Stack gap={6}>
          {props.actions.map((a) => (
            <Checkbox
              key={a.id}
              label={
                <>
                  {a.text}
                  <Text span size="sm" c="dimmed">
                    {' '}
                    · {a.ownerName ?? 'nog niemand'}
                    {a.dueDate && ` · vóór ${formatDateNl(a.dueDate)}`} · uit {a.meetingTitle} (
                    {formatDateNl(a.meetingDate)})
                  </Text>
                </>
              }
              checked={false}
              onChange={() =>
                void mutate('actions.setStatus', { id: a.id, status: 'afgerond' }).catch(
                  notifyError,
                )
              }
            />
          ))}
        </Stack>
      )}
    </section>
  );
}
