import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../app/data';
import { QueryState } from '../../components/QueryState';
import { WarningAlert } from '../../components/WarningAlert';
import type { BackupSummary } from '../../../shared/schemas/backup';
import { backupHolds, backupKey, backupLabel } from './backupText';
import { useRestore } from './useRestore';

/**
 * Bestand → Back-up terugzetten… (issue 9): choose a backup (date, reason, what it holds),
 * confirm, and the current state is saved as a backup first; afterwards "Terug naar de versie
 * van vóór het terugzetten" puts that safety copy back. Escape closes it, except while it works.
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
              title={state.undone ? 'Teruggedraaid' : 'Teruggezet'}
              role="status"
            >
              {state.undone
                ? 'De versie van vóór het terugzetten staat weer terug.'
                : `De back-up van ${backupLabel(state.result.restored)} is teruggezet.`}{' '}
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
            onBack={() => setConfirming(false)}
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
        return (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (props.confirming) props.onRestore(chosen);
              else props.onConfirm();
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
              {props.confirming && (
                <WarningAlert title="Zeker weten?">
                  De gegevens van {backupLabel(chosen)} komen in de plaats van wat u nu hebt (
                  {backupHolds(chosen)}). Wat u nu hebt, wordt eerst als back-up bewaard; daarna
                  kunt u met één klik terug.
                </WarningAlert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={props.confirming ? props.onBack : props.onClose}>
                  {props.confirming ? 'Andere kiezen' : 'Annuleren'}
                </Button>
                <Button type="submit" color={props.confirming ? 'red.9' : undefined}>
                  {props.confirming ? 'Ja, terugzetten' : 'Terugzetten…'}
                </Button>
              </Group>
            </Stack>
          </form>
        );
      }}
    </QueryState>
  );
}
