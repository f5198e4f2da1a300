import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ExportStatus } from '../../../shared/api/tasks';
import { countNl } from '../../../shared/numbers';

/**
 * A PDF export after the save dialog: while it runs, the step and a bar with "Afbreken"; when it
 * is done, the file with "Openen" and "Toon in map"; after a failure or "Afbreken", what happened
 * and "Opnieuw". Changes are announced to screen readers (role="status"). The bar shows the
 * steps done: empty at step 1.
 */
export function ExportProgress(props: {
  status: ExportStatus;
  /** "Afbreken" was chosen and the export has not stopped yet. */
  cancelling: boolean;
  /** The sentence before the file's name: "De notulen zijn opgeslagen als" (plural). */
  saved: string;
  error: string | null;
  onCancel: () => void;
  onOpen: () => void;
  onShowInFolder: () => void;
  onAgain: () => void;
  onClose: () => void;
}) {
  const { status } = props;
  const running = status.state === 'running';
  const cancelling = running && props.cancelling;
  const seconds = useElapsedSeconds(running);
  // The dialog's content changes under the keyboard: its main button gets the focus each time.
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), [status.state]);
  return (
    <Stack gap="md">
      {running && (
        <>
          <Text role="status">
            {cancelling ? 'Afbreken…' : `Stap ${status.step} van ${status.steps}: ${status.label}…`}
          </Text>
          <Progress
            value={Math.round(((status.step - 1) / status.steps) * 100)}
            animated={!cancelling}
            striped={!cancelling}
            aria-label={`Voortgang van het exporteren: stap ${status.step} van ${status.steps}`}
          />
          <Text size="sm" c="dimmed">
            {cancelling
              ? `${status.fileName} · wordt afgebroken; er wordt geen bestand geschreven.`
              : `${status.fileName} · ${seconds} s bezig. Een groot dossier kan een halve minuut duren.`}
          </Text>
          <Group justify="flex-end">
            {/* Stays focusable while the export stops (a disabled button would drop the focus). */}
            <Button
              variant="default"
              onClick={cancelling ? undefined : props.onCancel}
              data-disabled={cancelling || undefined}
              aria-disabled={cancelling || undefined}
              ref={primary}
            >
              {cancelling ? 'Afbreken…' : 'Afbreken'}
            </Button>
          </Group>
        </>
      )}
      {status.state === 'done' && (
        <>
          <Alert color="teal.9" title="Klaar" role="status">
            {props.saved} <strong>{status.fileName}</strong>
            {status.pages !== null && ` (${countNl(status.pages, 'pagina', 'pagina’s')})`}.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Sluiten
            </Button>
            <Button variant="default" onClick={props.onShowInFolder}>
              Toon in map
            </Button>
            <Button onClick={props.onOpen} ref={primary}>
              Openen
            </Button>
          </Group>
        </>
      )}
      {(status.state === 'failed' || status.state === 'cancelled') && (
        <>
          <Alert
            color={status.state === 'failed' ? 'red.9' : 'blue'}
            title={status.state === 'failed' ? 'Exporteren mislukt' : 'Afgebroken'}
            role="status"
          >
            {status.message ?? 'Het exporteren is afgebroken; er is geen bestand geschreven.'}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Sluiten
            </Button>
            <Button onClick={props.onAgain} ref={primary}>
              Opnieuw
            </Button>
          </Group>
        </>
      )}
      {props.error && (
        <Alert color="red.9" role="alert">
          {props.error}
        </Alert>
      )}
    </Stack>
  );
}

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setSeconds(0);
    const timer = window.setInterval(
      () => setSeconds(Math.floor((Date.now() - started) / 1000)),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [running]);
  return seconds;
}
