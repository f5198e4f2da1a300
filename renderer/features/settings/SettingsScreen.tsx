import { Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import type { Settings } from '../../../shared/schemas/system';
import { useQuery } from '../../data/data';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BackupCard } from '../backups/BackupCard';
import { ConversationTemplatesCard } from './ConversationTemplatesCard';
import { DataExchangeCard } from './DataExchangeCard';
import { DossierFileCard } from '../files/DossierFileCard';
import { UserFields, useUserForm } from './UserForm';

export function SettingsScreen() {
  const settings = useQuery('settings.get', {});
  const info = useQuery('app.info', {});
  return (
    <>
      <PageHeader
        title="Instellingen"
        description="Uw gegevens, back-ups, gegevens uitwisselen, sjablonen voor gespreksverslagen, en waar dit dossier is opgeslagen."
      />
      <Stack gap="lg" maw={720}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Over u
          </Title>
          <QueryState query={settings} label="Instellingen">
            {(s) => <UserForm settings={s} />}
          </QueryState>
        </Card>
        <DossierFileCard />
        <BackupCard />
        <DataExchangeCard />
        <ConversationTemplatesCard />
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Over dit bestand
          </Title>
          <QueryState query={info} label="Bestandsgegevens">
            {(i) => (
              <Table variant="vertical" withTableBorder>
                <caption className="visually-hidden">Over dit bestand</caption>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="row" w={240}>
                      Databasebestand
                    </Table.Th>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }}>{i.databasePath}</Code>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">Schemaversie</Table.Th>
                    <Table.Td>{i.schemaVersion}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">Versie van Regiodossier</Table.Th>
                    <Table.Td>{i.version}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}

function UserForm({ settings }: { settings: Settings }) {
  const form = useUserForm(settings);
  return (
    <Stack gap="md">
      <Text size="sm">
        Uw naam wordt vastgelegd bij elke wijziging, zodat de geschiedenis laat zien wie wat heeft
        gedaan. Uw naam en organisatie horen bij deze computer, niet bij het dossier: wie een kopie
        van het bestand krijgt, werkt onder zijn of haar eigen naam.
      </Text>
      <UserFields form={form} />
    </Stack>
  );
}
