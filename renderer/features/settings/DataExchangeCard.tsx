import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { importSizeProblem } from '../../../shared/exchange/limits';
import { ApiError } from '../../api';
import { useApi } from '../../data/apiContext';
import { describeIssues } from '../../components/fieldErrors';
import { downloadJson } from '../../components/download';
import { importSummary } from './importSummary';

type Outcome = { ok: true; text: string } | { ok: false; text: string; problems: string[] };

/** Read in a file in the exchange format, or save the whole dossier as one. */
export function DataExchangeCard() {
  const api = useApi();
  const client = useQueryClient();
  const [busy, setBusy] = useState<'import' | 'export' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [step, setStep] = useState<string | null>(null);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setOutcome(null);
    const tooLarge = importSizeProblem(file.name, file.size);
    if (tooLarge) return setOutcome({ ok: false, text: tooLarge, problems: [] });
    setBusy('import');
    setStep('Bestand lezen…');
    try {
      const text = await file.text();
      setStep('Eerst een back-up, dan controleren en inlezen (alles of niets)…');
      // Read in on a thread of its own: the app keeps answering meanwhile.
      const result = await api.task('dossier.importFile', { text, fileName: file.name });
      await client.invalidateQueries();
      setOutcome({ ok: true, text: `${file.name} is ingelezen. ${importSummary(result.counts)}` });
    } catch (error) {
      setOutcome({
        ok: false,
        text: error instanceof Error ? error.message : String(error),
        problems: error instanceof ApiError ? describeIssues(error.issues) : [],
      });
    } finally {
      setBusy(null);
      setStep(null);
    }
  };

  const exportAll = async () => {
    setOutcome(null);
    setBusy('export');
    try {
      const document = await api.invoke('dossier.export', { regionId: null });
      downloadJson(`regiodossier-${todayIso()}.json`, document);
      setOutcome({ ok: true, text: 'Het dossier is opgeslagen als JSON-bestand.' });
    } catch (error) {
      setOutcome({
        ok: false,
        text: error instanceof Error ? error.message : String(error),
        problems: [],
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Gegevens uitwisselen
      </Title>
      <Stack gap="md">
        <Text size="sm">
          Lees gegevens in uit een JSON-bestand in het uitwisselformaat van Regiodossier
          (bijvoorbeeld van een collega), of sla het hele dossier op als zo’n bestand. Inlezen voegt
          toe; bestaande gegevens worden niet overschreven. Bestanden tot 50 MB; vooraf wordt een
          back-up gemaakt.
        </Text>
        <Group gap="sm">
          <FileButton onChange={(file) => void importFile(file)} accept=".json,application/json">
            {(props) => (
              <Button
                {...props}
                loading={busy === 'import'}
                disabled={busy !== null && busy !== 'import'}
              >
                Gegevens importeren
              </Button>
            )}
          </FileButton>
          <Button
            variant="outline"
            loading={busy === 'export'}
            disabled={busy !== null && busy !== 'export'}
            onClick={() => void exportAll()}
          >
            Gegevens exporteren
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {step && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{step}</Text>
            </Group>
          )}
          {outcome?.ok && (
            <Alert color="green">
              <Text size="sm">{outcome.text}</Text>
            </Alert>
          )}
        </div>
        {outcome && !outcome.ok && (
          <Alert color="red" title="Dat lukte niet" role="alert">
            <Text size="sm">{outcome.text}</Text>
            {outcome.problems.length > 0 && (
              <List size="sm" mt="xs">
                {outcome.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
