import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { RescueReport } from './RescueReport';
import { useFileOutcome, type FileOutcome } from './fileOutcome';
import { useDossierFiles } from './useDossierFiles';

/**
 * Why a dossier file was not opened (and the dossier in use stays open), with the ways forward:
 * a backup (restored into the dossier in use, after its own safety copy), another file, or for a
 * damaged file rescuing what can be read into a new file; and afterwards what the rescue could
 * and could not read, per part. When nothing could be read no file was made, and the backups are
 * offered first.
 */
export function FileOutcomeModal(props: { onRestore: () => void }) {
  const { outcome, clear } = useFileOutcome();
  const files = useDossierFiles();
  return (
    <Modal
      opened={outcome !== null}
      onClose={clear}
      title={
        outcome?.kind !== 'rescue'
          ? 'Dossier niet geopend'
          : outcome.state === 'recovered'
            ? 'Dossier hersteld'
            : 'Niets te redden'
      }
      size="lg"
      closeButtonProps={{ 'aria-label': 'Sluiten' }}
    >
      {outcome?.kind === 'refused' && (
        <Stack>
          <Alert color="red.9" title={`${outcome.name} is niet geopend`} role="alert">
            {outcome.message}
          </Alert>
          <Text size="sm">Het dossier waarin u werkte, blijft open.</Text>
          {outcome.canRecover && (
            <Text size="sm">
              Is er geen recente back-up, laat Regiodossier dan redden wat nog leesbaar is: dat komt
              in een nieuw bestand, het beschadigde bestand blijft zoals het is.
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                clear();
                props.onRestore();
              }}
            >
              Back-up terugzetten…
            </Button>
            <Button variant="default" onClick={() => void files.open()} loading={files.busy}>
              Ander dossier openen…
            </Button>
            {outcome.canRecover && (
              <Button onClick={() => void files.recover()} loading={files.busy}>
                Herstellen naar een nieuw bestand…
              </Button>
            )}
            <Button variant="default" onClick={clear} autoFocus={!outcome.canRecover}>
              Sluiten
            </Button>
          </Group>
        </Stack>
      )}
      {outcome?.kind === 'rescue' && (
        <Stack>
          <RescueSummary outcome={outcome} />
          <RescueReport
            parts={outcome.parts}
            schemaComplete={outcome.schemaComplete}
            cutOff={outcome.cutOff}
          />
          <Group justify="flex-end">
            {!everything(outcome) && (
              <Button
                variant={outcome.state === 'nothing' ? 'filled' : 'default'}
                autoFocus={outcome.state === 'nothing'}
                onClick={() => {
                  clear();
                  props.onRestore();
                }}
              >
                Back-up terugzetten…
              </Button>
            )}
            {outcome.state === 'nothing' && (
              <Button variant="default" onClick={() => void files.open()} loading={files.busy}>
                Ander dossier openen…
              </Button>
            )}
            <Button
              variant={outcome.state === 'nothing' ? 'default' : 'filled'}
              onClick={clear}
              autoFocus={outcome.state !== 'nothing'}
            >
              Sluiten
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

type Rescue = Extract<FileOutcome, { kind: 'rescue' }>;
const everything = (o: Rescue) =>
  o.state === 'recovered' &&
  o.schemaComplete &&
  !o.cutOff &&
  o.orphansRemoved === 0 &&
  o.parts.every((p) => p.state === 'complete');

/** The rescue's outcome in one sentence, never "alles" when something is missing. */
function RescueSummary({ outcome }: { outcome: Rescue }) {
  if (outcome.state === 'nothing') {
    return (
      <Alert color="red.9" title={`Uit ${outcome.name} kon niets worden gered`} role="alert">
        {outcome.schemaComplete
          ? 'Geen enkele regel van het dossier was nog leesbaar.'
          : 'Het overzicht van de tabellen in het bestand (het schema) is niet leesbaar, en zonder dat is geen enkele tabel te vinden.'}{' '}
        Er is geen nieuw bestand gemaakt; het beschadigde bestand is niet veranderd. Zet een back-up
        terug met Back-up terugzetten…, en het dossier waarin u werkte, blijft open.
      </Alert>
    );
  }
  const rows = outcome.parts.reduce((n, p) => n + p.copied, 0).toLocaleString('nl-NL');
  return (
    <Alert
      color={everything(outcome) ? 'teal.9' : 'red.9'}
      title={`${outcome.name} is geopend`}
      role="status"
    >
      {everything(outcome)
        ? `Alles kon worden gelezen: ${rows} regels.`
        : `Niet alles kon worden gelezen: ${rows} regels zijn gered. Hieronder staat per onderdeel wat ontbreekt. Vergelijk met uw laatste back-up of PDF-export, of zet een back-up terug.`}
    </Alert>
  );
}
