import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useFileOutcome } from './fileOutcome';
import { useDossierFiles } from './useDossierFiles';

/**
 * Why a dossier file was not opened (and the dossier in use stays open), with the ways forward:
 * a backup (restored into the dossier in use, after its own safety copy), another file, or for a
 * damaged file rescuing what can be read into a new file; and afterwards
 * what the rescue could not read.
 */
export function FileOutcomeModal(props: { onRestore: () => void }) {
  const { outcome, clear } = useFileOutcome();
  const files = useDossierFiles();
  return (
    <Modal
      opened={outcome !== null}
      onClose={clear}
      title={outcome?.kind === 'recovered' ? 'Dossier hersteld' : 'Dossier niet geopend'}
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
      {outcome?.kind === 'recovered' && (
        <Stack>
          <Alert
            color={outcome.incomplete.length ? 'red.9' : 'teal.9'}
            title={`${outcome.name} is geopend`}
            role="status"
          >
            {outcome.incomplete.length === 0
              ? 'Alles kon worden gelezen.'
              : 'Niet alles kon worden gelezen. Vergelijk met uw laatste back-up of PDF-export.'}
          </Alert>
          {outcome.incomplete.length > 0 && (
            <List size="sm">
              {outcome.incomplete.map((part) => (
                <List.Item key={part}>{part}: niet volledig leesbaar</List.Item>
              ))}
            </List>
          )}
          {outcome.orphansRemoved > 0 && (
            <Text size="sm">
              {outcome.orphansRemoved} regels die verwezen naar iets wat niet meer te lezen was,
              zijn weggelaten.
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={clear} autoFocus>
              Sluiten
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
