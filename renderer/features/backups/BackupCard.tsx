import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTimeNl } from '../../../shared/dates';
import { BACKUP_REASON_LABELS, backupFolderUpdate } from '../../../shared/schemas/backup';
import { useMutation, useQuery } from '../../data/data';
import { notifySaved } from '../../components/feedback';
import { QueryState } from '../../components/QueryState';
import { useSchemaForm } from '../../components/useSchemaForm';
import { backupHolds } from './backupText';
import { RestoreModal } from './RestoreModal';
import { useBackupNow } from './useBackupNow';
import { useDisclosure } from '@mantine/hooks';
import { SubmitForm } from '../../components/SubmitForm';

/**
 * Back-ups in Instellingen (issue 9): when the last good one was made, a warning when it is old
 * or the folder cannot be reached, "Nu een back-up maken", the folder (with the advice to choose
 * one outside this laptop's profile) and the most recent backups.
 */
export function BackupCard() {
  const status = useQuery('backups.status', {});
  const list = useQuery('backups.list', {});
  const backupNow = useBackupNow();
  const [restoreOpen, restore] = useDisclosure(false);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Back-ups
      </Title>
      <QueryState query={status} label="Back-ups">
        {(s) => (
          <Stack gap="md">
            {s.warning ? (
              <Alert color="red.9" title="Let op" role="status">
                {s.warning}
              </Alert>
            ) : (
              <Alert color="teal.9" title="Back-up in orde" role="status">
                Laatste back-up: {s.last && formatDateTimeNl(s.last.at)}.
              </Alert>
            )}
            <Group>
              <Button onClick={() => void backupNow.run()} loading={backupNow.busy}>
                Nu een back-up maken
              </Button>
              <Button variant="default" onClick={restore.open}>
                Back-up terugzetten…
              </Button>
            </Group>
            <FolderForm folder={s.folder} dossierFolder={s.dossierFolder} isDefault={s.isDefault} />
          </Stack>
        )}
      </QueryState>
      <QueryState query={list} label="Lijst van back-ups">
        {(all) => {
          const backups = all.filter((b) => b.dossier === null);
          return (
            backups.length > 0 && (
              <Table mt="md" withTableBorder>
                <caption className="visually-hidden">Recente back-ups</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Gemaakt</Table.Th>
                    <Table.Th>Aanleiding</Table.Th>
                    <Table.Th>Inhoud</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {backups.slice(0, 8).map((b) => (
                    <Table.Tr key={b.name}>
                      <Table.Td>{formatDateTimeNl(b.at)}</Table.Td>
                      <Table.Td>{BACKUP_REASON_LABELS[b.reason]}</Table.Td>
                      <Table.Td>{backupHolds(b)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          );
        }}
      </QueryState>
      <RestoreModal opened={restoreOpen} onClose={restore.close} />
    </Card>
  );
}

function FolderForm(props: { folder: string; dossierFolder: string; isDefault: boolean }) {
  const [initial] = useState(() => ({ folder: props.isDefault ? '' : props.folder }));
  const form = useSchemaForm(backupFolderUpdate, initial);
  const mutate = useMutation();
  const client = useQueryClient();
  const save = () =>
    form.submitWith(async (input) => {
      await mutate('backups.setFolder', input);
      await client.invalidateQueries({ queryKey: ['backups.list'] });
      notifySaved(
        input.folder
          ? `Back-ups gaan voortaan naar ${input.folder}.`
          : 'Back-ups gaan weer naar de standaardmap.',
      );
    });
  return (
    <SubmitForm onSubmit={save}>
      <Stack gap="xs">
        <TextInput
          label="Back-upmap"
          placeholder={props.isDefault ? props.folder : 'Standaardmap'}
          description="Kies bij voorkeur een map buiten deze laptop: een netwerkmap of een gesynchroniseerde map (bijvoorbeeld OneDrive of Teams). Gaat de laptop kapot, dan staan de back-ups daar nog. Leeg: de standaardmap."
          {...form.input('folder')}
        />
        <Text size="sm" c="dimmed">
          De back-ups van dit dossier staan in{' '}
          <Code style={{ wordBreak: 'break-all' }}>{props.dossierFolder}</Code>. Regiodossier maakt
          elke dag bij het starten een back-up, en bewaart er 7 van de laatste dagen, 4 van de
          laatste weken en 6 van de laatste maanden (deze maand meegeteld): de oudste is ongeveer
          vijf maanden oud.
        </Text>
        <Group>
          <Button type="submit" variant="default">
            Map opslaan
          </Button>
        </Group>
      </Stack>
    </SubmitForm>
  );
}
