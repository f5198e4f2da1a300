import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { ExportProgress } from './ExportProgress';
import { useExportTask } from './useExportTask';

/**
 * "Notulen als PDF…" on a meeting: its notulen with besluiten and actiepunten, in the dossier's
 * style. Concept notulen get the marking CONCEPT; vertrouwelijke agendapunten stay out unless
 * chosen. Then the save dialog, the progress, and "Openen" / "Toon in map".
 */
export function MinutesExportButton(props: { meeting: MeetingDetail }) {
  const [opened, setOpened] = useState(false);
  const task = useExportTask();
  const running = task.status?.state === 'running';
  const close = () => {
    if (running) return void task.cancel();
    task.reset();
    setOpened(false);
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Notulen als PDF…
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title="Notulen als PDF"
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': running ? 'Exporteren afbreken' : 'Sluiten' }}
      >
        {opened &&
          (task.status ? (
            <ExportProgress
              status={task.status}
              what="De notulen"
              error={task.error}
              onCancel={() => void task.cancel()}
              onOpen={() => void task.open()}
              onShowInFolder={() => void task.showInFolder()}
              onAgain={task.reset}
              onClose={close}
            />
          ) : (
            <MinutesExportForm
              meeting={props.meeting}
              choosing={task.choosing}
              error={task.error}
              onStart={(includeConfidential) =>
                void task.start({
                  kind: 'notulen',
                  meetingId: props.meeting.id,
                  includeConfidential,
                })
              }
              onCancel={close}
            />
          ))}
      </Modal>
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
