import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDateNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import { useQuery } from '../../data/data';
import { MakePackageModal } from './MakePackageModal';
import { useResponseImport } from './responseImport';

/**
 * "Beoordelingspakketten" on the Overzicht and the dashboard: the region's packages — to whom,
 * sent, reply-by, answered or not — with the overdue ones marked in colour and in words, a
 * package for everything that waits for a reaction, and Reactie inlezen….
 */
export function OpenPackagesCard({ regionId }: { regionId: string }) {
  const list = useQuery('reviewPackages.list', { regionId });
  const [making, make] = useDisclosure(false);
  const read = useResponseImport((s) => s.choose);
  const data = list.data;
  const shown = data
    ? data.packages
        .filter((p) => p.responses === 0)
        .concat(data.packages.filter((p) => p.responses > 0).slice(0, 3))
    : [];
  return (
    <Card withBorder component="section" aria-labelledby="pakketten-kop" mb="lg">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4" id="pakketten-kop">
          Beoordelingspakketten
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={read}>
            Reactie inlezen…
          </Button>
          <Button size="xs" variant="default" onClick={make.open}>
            Pakket voor wachtende afspraken…
          </Button>
        </Group>
      </Group>
      {list.error && !data && (
        <Text size="sm" c="dimmed" mt="xs">
          De pakketten konden niet worden geladen.
        </Text>
      )}
      {data && data.packages.length === 0 && (
        <Text size="sm" mt="xs">
          Nog geen pakketten verstuurd. Kies afspraken in de lijst en dan “Beoordelingspakket
          maken…”, of maak hier een pakket van alle afspraken die wachten op reactie.
        </Text>
      )}
      {data && data.packages.length > 0 && (
        <>
          <Text size="sm" mt="xs" role="status">
            {data.open === 0
              ? 'Alle pakketten zijn beantwoord.'
              : `${countNl(data.open, 'pakket wacht', 'pakketten wachten')} op reactie${
                  data.overdue ? `, waarvan ${data.overdue} te laat` : ''
                }.`}
          </Text>
          <Table mt="xs" striped={false} aria-label="Beoordelingspakketten">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Aan</Table.Th>
                <Table.Th>Verstuurd</Table.Th>
                <Table.Th>Reageren vóór</Table.Th>
                <Table.Th>Afspraken</Table.Th>
                <Table.Th>Reactie</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                <Table.Tr key={p.id} data-overdue={p.overdue || undefined}>
                  <Table.Td>{p.reviewerName}</Table.Td>
                  <Table.Td>{formatDateNl(p.createdAt.slice(0, 10))}</Table.Td>
                  <Table.Td>{p.replyBy ? formatDateNl(p.replyBy) : '—'}</Table.Td>
                  <Table.Td>{p.agreements}</Table.Td>
                  <Table.Td>
                    {p.responses > 0 ? (
                      <Badge variant="light" color="teal.9">
                        Ontvangen {formatDateNl(p.lastResponseAt!.slice(0, 10))}
                      </Badge>
                    ) : p.overdue ? (
                      <Badge variant="light" color="red.9">
                        Te laat
                      </Badge>
                    ) : (
                      <Badge variant="light" color="indigo.9">
                        Wacht op reactie
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <MakePackageModal
        opened={making}
        onClose={make.close}
        source={{ kind: 'waiting', regionId }}
        what="de afspraken die wachten op reactie"
      />
    </Card>
  );
}
