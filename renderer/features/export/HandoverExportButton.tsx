import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ExportModal } from './ExportModal';
import { useExportTask } from './useExportTask';

/**
 * "PDF maken…" on the overdracht screen: a leaving person's handover (export kind 'overdracht'),
 * in the dossier's style, for the successor. Then the save dialog, the progress, and "Openen" /
 * "Toon in map".
 */
export function HandoverExportButton(props: { contactId: string; name: string }) {
  const [opened, setOpened] = useState(false);
  const task = useExportTask();
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        PDF maken…
      </Button>
      <ExportModal
        opened={opened}
        onClose={() => setOpened(false)}
        title="Overdracht als PDF"
        saved="De overdracht is opgeslagen als"
        task={task}
      >
        {(close) => (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void task.start({ kind: 'overdracht', contactId: props.contactId });
            }}
          >
            <Stack gap="md">
              {task.error && (
                <Alert color="red.9" role="alert">
                  {task.error}
                </Alert>
              )}
              <Text size="sm">
                Wat {props.name} nu draagt, als stand van vandaag: rollen en mandaten, afspraken,
                open actiepunten, de laatste overleggen en gespreksverslagen en de belangrijkste
                contacten. Om mee te geven aan de opvolger.
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Annuleren
                </Button>
                <Button type="submit" loading={task.choosing} data-autofocus>
                  Exporteren…
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </ExportModal>
    </>
  );
}
