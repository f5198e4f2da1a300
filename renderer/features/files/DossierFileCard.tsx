import { Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useApi } from '../../data/apiContext';
import { WarningAlert } from '../../components/WarningAlert';
import { useDossierFiles } from './useDossierFiles';

/** The file.info task as a query: the dossier file in use and the recent ones. */
export function useFileInfo() {
  const api = useApi();
  return useTanstackQuery({ queryKey: ['file.info'], queryFn: () => api.task('file.info', {}) });
}

/**
 * Instellingen → Dossierbestand (issue 9): which file is open, a warning when it lies on a
 * network share, Nieuw dossier / Openen / Kopie opslaan als, and the files opened recently.
 */
export function DossierFileCard() {
  const info = useFileInfo();
  const files = useDossierFiles();
  const current = info.data;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Dossierbestand
      </Title>
      <Stack gap="md">
        {current?.warning && <WarningAlert title="Netwerkmap">{current.warning}</WarningAlert>}
        <Text size="sm">
          Nu geopend: <Code style={{ wordBreak: 'break-all' }}>{current?.path ?? '…'}</Code>. Elk
          dossier is één bestand; geef een collega een kopie, die opent hem met Openen…
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => void files.newDossier()} loading={files.busy}>
            Nieuw dossier…
          </Button>
          <Button variant="default" onClick={() => void files.open()} loading={files.busy}>
            Openen…
          </Button>
          <Button variant="default" onClick={() => void files.saveCopy()} loading={files.busy}>
            Kopie opslaan als…
          </Button>
        </Group>
        {current && current.recent.length > 1 && (
          <Table withTableBorder>
            <caption className="visually-hidden">Recent geopende dossiers</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Recent geopend</Table.Th>
                <Table.Th>Map</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actie</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.recent.map((file, index) => (
                <Table.Tr key={file.path}>
                  <Table.Td>{file.name}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    {file.path.slice(0, file.path.length - file.name.length - 1)}
                  </Table.Td>
                  <Table.Td>
                    {file.path === current.path ? (
                      <Badge variant="light">Geopend</Badge>
                    ) : !file.exists ? (
                      <Badge color="gray.8" variant="light">
                        Niet gevonden
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() => void files.open(index)}
                        aria-label={`${file.name} openen`}
                      >
                        Openen
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
