import { Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Region } from '../../../shared/schemas/region';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { notifyError, notifySaved } from '../../components/feedback';
import { DeleteButton } from '../../components/DeleteButton';
import { HistoryList } from '../../components/HistoryList';
import { PageHeader } from '../../components/PageHeader';
import { NoRegion } from '../../components/NoRegion';
import { RegionEditForm } from './RegionEditForm';
import { RegionFormModal } from './RegionFormModal';
import { regionTitle, withNoun } from '../../../shared/withNoun';
import { TableHeadWithActions } from '../../components/TableHeadWithActions';

/** The current region's details and history, and all regions to switch between. */
export function RegionScreen() {
  const current = useCurrentRegion();
  const [creating, create] = useDisclosure(false);
  const region = current.region;

  return (
    <>
      <PageHeader
        title={region ? regionTitle(region.name) : 'Regio'}
        description="De gegevens van de regio waarin u werkt, en de andere regio’s in dit dossier."
        actions={
          <>
            <Button variant="default" onClick={create.open}>
              Nieuwe regio
            </Button>
            {region && <DeleteRegionButton region={region} />}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {region ? (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  Gegevens
                </Title>
                <RegionEditForm key={region.id} region={region} />
              </Card>
            ) : (
              !current.loading && <NoRegion />
            )}
            <RegionsCard
              regions={current.regions}
              currentId={current.regionId}
              select={current.select}
            />
          </Stack>
        </Grid.Col>
        {region && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder>
              <HistoryList entity="region" id={region.id} />
            </Card>
          </Grid.Col>
        )}
      </Grid>
      <RegionFormModal opened={creating} onClose={create.close} />
    </>
  );
}

function RegionsCard(props: {
  regions: Region[];
  currentId: string | null;
  select: (id: string) => Promise<unknown>;
}) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Alle regio’s
      </Title>
      {props.regions.length === 0 ? (
        <Text c="dimmed">Er zijn nog geen regio’s. Kies Nieuwe regio om er een aan te maken.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <caption className="visually-hidden">Alle regio’s</caption>
          <TableHeadWithActions columns={['Naam', 'Zorgkantoorregio']} />
          <Table.Tbody>
            {props.regions.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td fw={600}>{r.name}</Table.Td>
                <Table.Td>{r.zorgkantoorNumber ?? '–'}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    {r.id === props.currentId ? (
                      <Badge variant="light" color="blue.9">
                        Huidige regio
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        aria-label={`Wissel naar ${r.name}`}
                        onClick={() =>
                          props
                            .select(r.id)
                            .then(
                              () => notifySaved(`U werkt nu in ${withNoun('regio', r.name)}.`),
                              notifyError,
                            )
                        }
                      >
                        Wissel naar deze regio
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function DeleteRegionButton({ region }: { region: Region }) {
  const api = useApi();
  const mutate = useMutation();
  return (
    <DeleteButton
      entity="region"
      id={region.id}
      label={regionTitle(region.name)}
      impact={() => api.invoke('regions.deleteImpact', { id: region.id })}
      remove={() => mutate('regions.delete', { id: region.id })}
    >
      Regio verwijderen
    </DeleteButton>
  );
}
