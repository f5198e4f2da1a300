import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { ExportModal } from './ExportModal';
import { useExportTask } from './useExportTask';

/**
 * "Notulen als PDF…" on a meeting: its notulen with besluiten and actiepunten, in the dossier's
 * style. Concept notulen get the marking CONCEPT; vertrouwelijke agendapunten stay out unless
 * chosen. Then the save dialog, the progress, and "Openen" / "Toon in map".
 */
export function MinutesExportButton(props: { meeting: MeetingDetail }) {
  const [opened, setOpened] = useState(false);
  const task = useExportTask();
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Notulen als PDF…
      </Button>
      <ExportModal
        opened={opened}
        onClose={() => setOpened(false)}
        title="Notulen als PDF"
        saved="De notulen zijn opgeslagen als"
        task={task}
      >
        {(close) => (
          <MinutesExportForm
            meeting={props.meeting}
            choosing={task.choosing}
            error={task.error}
            onStart={(includeConfidential) =>
              void task.start({ kind: 'notulen', meetingId: props.meeting.id, includeConfidential })
            }
            onCancel={close}
          />
        )}
      </ExportModal>
    </>
  );
}

function MinutesExportForm(props: {
  meeting: MeetingDetail;
  choosing: boolean;
  error: string | null;
  onStart: (includeConfidential: boolean) => void;
  onCancel: () => void;
}) {
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const confidential = props.meeting.agenda.filter((i) => i.confidential).length;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onStart(includeConfidential);
      }}
    >
      <Stack gap="md">
        {props.error && (
          <Alert color="red.9" role="alert">
            {props.error}
          </Alert>
        )}
        <Text size="sm">
          De notulen met de besluiten en actiepunten per agendapunt, in de stijl van het
          regiodossier.
          {props.meeting.minutesStatus !== 'vastgesteld' &&
            ' Ze zijn nog niet vastgesteld: elke pagina krijgt de markering CONCEPT.'}
        </Text>
        {confidential > 0 && (
          <Checkbox
            label={`Vertrouwelijke agendapunten opnemen (${confidential})`}
            description="Standaard blijven ze buiten de PDF."
            checked={includeConfidential}
            onChange={(e) => setIncludeConfidential(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuleren
          </Button>
          <Button type="submit" loading={props.choosing} data-autofocus>
            Exporteren…
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
