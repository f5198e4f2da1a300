import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '../../data/data';
import { QueryState } from '../../components/QueryState';
import { WarningAlert } from '../../components/WarningAlert';
import type { BackupSummary } from '../../../shared/schemas/backup';
import { backupHolds, backupKey, backupLabel } from './backupText';
import { useRestore } from './useRestore';

/**
 * Bestand → Back-up terugzetten… (issue 9): choose a backup (date, reason, what it holds, its
 * last change), then confirm in a step of its own (announced, its button focused: the Enter that
 * chose never restores), and the current state is saved as a backup first; afterwards "Klaar"
 * says which backup came back, and "Terug naar de versie van vóór het terugzetten" puts that
 * safety copy back. Escape closes it, except while it works.
 */
export function RestoreModal(props: { opened: boolean; onClose: () => void }) {
  // Fetched while the dialog is closed too (a cheap read), so its list is there when it opens
  // and the focus can start on the newest backup.
  useQuery('backups.list', {});
  const { state, restore, reset } = useRestore();
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const busy = state.step === 'busy';
  const close = () => {
    if (busy) return;
    reset();
    setChosen(null);
    setConfirming(false);
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title="Back-up terugzetten"
      size="lg"
      closeOnClickOutside={false}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': 'Sluiten' }}
    >
      {props.opened &&
        (state.step === 'busy' ? (
          <Group role="status">
            <Loader size="sm" aria-hidden />
            <Text>
              Bezig met terugzetten… Eerst wordt een back-up van de huidige gegevens gemaakt.
            </Text>
          </Group>
        ) : state.step === 'done' ? (
          <Stack>
            <Alert
              color="teal.9"
              title={state.undone ? 'Klaar: teruggedraaid' : 'Klaar: teruggezet'}
              role="status"
            >
              {state.undone
                ? 'De versie van vóór het terugzetten staat weer terug.'
                : `De back-up van ${backupLabel(state.result.restored)} is teruggezet: ${backupHolds(state.result.restored)}.`}{' '}
              De gegevens van daarvoor zijn bewaard als back-up van{' '}
              {backupLabel(state.result.safety)}.
            </Alert>
            <Group justify="flex-end">
              {!state.undone && (
                <Button
                  variant="default"
                  onClick={() =>
                    void restore({ name: state.result.safety.name, dossier: null }, true)
                  }
                >
                  Terug naar de versie van vóór het terugzetten
                </Button>
              )}
              <Button onClick={close} autoFocus>
                Sluiten
              </Button>
            </Group>
          </Stack>
        ) : (
          <Chooser
            chosen={chosen}
            onChoose={(name) => {
              setChosen(name);
              setConfirming(false);
            }}
            confirming={confirming}
            onConfirm={() => setConfirming(true)}
            onBack={() => {
              setConfirming(false);
              // Back in the list: the focus goes to the backup that was chosen.
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLInputElement>('[role="dialog"] input[type="radio"]:checked')
                  ?.focus(),
              );
            }}
            onRestore={(backup) => void restore(backup)}
            onClose={close}
            failed={state.step === 'failed' ? state.message : null}
          />
        ))}
    </Modal>
  );
}

function Chooser(props: {
  chosen: string | null;
  onChoose: (name: string) => void;
  confirming: boolean;
  onConfirm: () => void;
  onBack: () => void;
  onRestore: (backup: BackupSummary) => void;
  onClose: () => void;
  failed: string | null;
}) {
  const list = useQuery('backups.list', {});
  return (
    <QueryState query={list} label="Back-ups">
      {(backups) => {
        if (backups.length === 0) {
          return (
            <Stack>
              <Text>
                Er zijn nog geen back-ups in de back-upmap. Maak er een via Bestand → Back-up maken,
                of kies in Instellingen de map waar uw back-ups staan.
              </Text>
              <Group justify="flex-end">
                <Button onClick={props.onClose}>Sluiten</Button>
              </Group>
            </Stack>
          );
        }
        // The newest is chosen until another is: Enter goes on at once.
        const chosen = backups.find((b) => backupKey(b) === props.chosen) ?? backups[0]!;
        if (props.confirming) {
          return (
            <RestoreConfirm
              backup={chosen}
              onBack={props.onBack}
              onRestore={() => props.onRestore(chosen)}
            />
          );
        }
        return (
          <form
            noValidate
            onSubmit={(e) => {
              // Enter anywhere in the list only asks; restoring is the confirmation's own button.
              e.preventDefault();
              props.onConfirm();
            }}
          >
            <Stack>
              {props.failed && (
                <Alert color="red.9" title="Niet teruggezet" role="alert">
                  {props.failed}
                </Alert>
              )}
              <Radio.Group
                label="Kies de back-up"
                description="De nieuwste staat bovenaan. Wat u nu hebt, wordt eerst zelf als back-up bewaard."
                value={backupKey(chosen)}
                onChange={props.onChoose}
              >
                <Stack gap="xs" mt="xs" mah={320} style={{ overflowY: 'auto' }}>
                  {backups.map((b) => (
                    <Radio
                      key={backupKey(b)}
                      value={backupKey(b)}
                      label={
                        b.dossier
                          ? `Ander dossier, ${b.dossier}: ${backupLabel(b)}`
                          : backupLabel(b)
                      }
                      description={backupHolds(b)}
                      data-autofocus={b === chosen || undefined}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Group justify="flex-end">
                <Button variant="default" onClick={props.onClose}>
                  Annuleren
                </Button>
                <Button type="submit">Terugzetten…</Button>
              </Group>
            </Stack>
          </form>
        );
      }}
    </QueryState>
  );
}

/**
 * The second step, a step of its own: the question is announced (alertdialog) and its button
 * has the focus, so the Enter that chose the backup never restores it; only this button does.
 */
function RestoreConfirm(props: {
  backup: BackupSummary;
  onBack: () => void;
  onRestore: () => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  const ids = useId();
  useEffect(() => confirm.current?.focus(), []);
  return (
    <Stack role="alertdialog" aria-labelledby={`${ids}-titel`} aria-describedby={`${ids}-tekst`}>
      <WarningAlert title="Zeker weten?">
        <span id={`${ids}-titel`} hidden>
          Terugzetten bevestigen
        </span>
        <span id={`${ids}-tekst`}>
          De back-up van {backupLabel(props.backup)} ({backupHolds(props.backup)}) komt in de plaats
          van wat u nu hebt. Wat u nu hebt, wordt eerst als back-up bewaard; daarna kunt u met één
          klik terug.
        </span>
      </WarningAlert>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onBack}>
          Andere kiezen
        </Button>
        <Button ref={confirm} color="red.9" onClick={props.onRestore}>
          Ja, terugzetten
        </Button>
      </Group>
    </Stack>
  );
}
