import { Card, Code, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Settings } from '../../../shared/schemas/system';
import { z } from '../../../shared/zod';
import { useMutation, useQuery } from '../../app/data';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { useZodForm } from '../../components/useZodForm';

/** Lenient on the client; settings.update itself says when the name is missing. */
const schema = z.object({
  userName: z.string().trim().max(120, { error: 'Uw naam mag hoogstens 120 tekens lang zijn' }),
  organisation: z.string().trim().max(160, { error: 'Organisatie is te lang' }),
});

export function SettingsScreen() {
  const settings = useQuery('settings.get', {});
  const info = useQuery('app.info', {});
  return (
    <>
      <PageHeader
        title="Instellingen"
        description="Uw gegevens, en waar dit dossier is opgeslagen."
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
  const stored = { userName: settings.userName, organisation: settings.organisation };
  const form = useZodForm(schema, stored);
  const mutate = useMutation();
  const { state } = useAutosave(form.values, stored, async () => {
    const input = form.validate();
    if (!input) return false;
    // Only what changed: an empty name that was never filled in does not block the organisation.
    const patch = {
      ...(input.userName !== stored.userName ? { userName: input.userName } : {}),
      ...(input.organisation !== stored.organisation ? { organisation: input.organisation } : {}),
    };
    try {
      await mutate('settings.update', patch);
      return true;
    } catch (error) {
      form.showError(error);
      return false;
    }
  });
  return (
    <Stack gap="md">
      <Text size="sm">
        Uw naam wordt vastgelegd bij elke wijziging, zodat de geschiedenis laat zien wie wat heeft
        gedaan.
      </Text>
      <TextInput
        label="Uw naam"
        value={form.values.userName}
        onChange={(e) => form.set('userName', e.currentTarget.value)}
        error={form.errors.userName}
        autoComplete="name"
      />
      <TextInput
        label="Organisatie"
        description="Bijvoorbeeld de gemeente of zorgverzekeraar waar u werkt"
        value={form.values.organisation}
        onChange={(e) => form.set('organisation', e.currentTarget.value)}
        error={form.errors.organisation}
        autoComplete="organization"
      />
      <SaveStatus state={state} />
    </Stack>
  );
}
