import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { todayIso } from '../../../shared/dates';
import type { AgreementStatus } from '../../../shared/domain';
import { countNl, formatNumberNl } from '../../../shared/numbers';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { usePagedHead, usePagedRows, type PageInput } from '../../data/pagedQuery';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { notifyError, notifySaved } from '../../components/feedback';
import { useCreateDialog } from '../../components/listScreen';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { NoRegion } from '../../components/NoRegion';
import { AgreementFiltersBar } from './AgreementFiltersBar';
import { AgreementFormModal } from './AgreementFormModal';
import {
  filtersFromParams,
  hasActiveFilters,
  LIST_PARAMS,
  toListQuery,
  useAgreementFilters,
} from './agreementFilters';
import { agreementRowSource } from './agreementRows';
import { AgreementTable } from './AgreementTable';
import { askConfidential } from './askConfidential';
import { downloadText } from '../../components/download';
import { StatusCounts } from './StatusCounts';
import type { AgreementList as AgreementListData } from '../../../shared/schemas/agreementList';
import { MakePackageModal } from '../reviewPackages/MakePackageModal';
import './agreements.css';

/** The afsprakenregister of the current region: filter, group, select, export. */
export function AgreementList() {
  const { region, regionId } = useCurrentRegion();
  const [params, setParams] = useSearchParams();
  const createDialog = useCreateDialog();
  const filtered = useAgreementFilters(hasActiveFilters);

  // A link such as #/afspraken?status=vastgesteld&evaluatie=verlopen sets the filters once.
  useEffect(() => {
    const fromUrl = filtersFromParams(params);
    if (!fromUrl) return;
    useAgreementFilters.getState().update(fromUrl);
    const rest = new URLSearchParams(params);
    LIST_PARAMS.forEach((name) => rest.delete(name));
    setParams(rest, { replace: true });
  }, [params, setParams]);

  useEffect(() => {
    if (regionId) useAgreementFilters.getState().forRegion(regionId);
  }, [regionId]);

  if (!regionId) return <NoRegion />;
  return (
    <>
      <PageHeader
        title="Afspraken"
        description={`Het afsprakenregister van ${region?.name ?? 'de regio'}`}
        actions={
          <>
            <ExportButton regionId={regionId} />
            <Button onClick={createDialog.open}>Nieuwe afspraak</Button>
          </>
        }
      />
      <AgreementFiltersBar regionId={regionId} />
      <AgreementResults regionId={regionId} filtered={filtered} />
      <AgreementFormModal
        opened={createDialog.opened}
        onClose={createDialog.close}
        regionId={regionId}
      />
    </>
  );
}

const updateStatuses = (statuses: AgreementStatus[]) =>
  useAgreementFilters.getState().update({ statuses });

function AgreementResults({ regionId, filtered }: { regionId: string; filtered: boolean }) {
  const filters = useAgreementFilters();
  const query = useMemo(
    () => ({ ...toListQuery(filters, regionId), groupByTheme: filters.groupByTheme }),
    [filters, regionId],
  );
  const head = usePagedHead('agreements.list', query);
  const api = useApi();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const navigate = useNavigate();
  const mutate = useMutation();
  const createDialog = useCreateDialog();
  // A selection belongs to the list it was made in: new filters start without one.
  const queryKey = JSON.stringify(query);
  useEffect(() => setSelected(new Set()), [queryKey]);

  const data = head.data;
  const chosen = [...selected];
  const [packageOpen, packageDialog] = useDisclosure(false);

  const requestReview = async () => {
    try {
      const { count } = await mutate('agreements.requestReview', {
        agreementIds: chosen,
        on: todayIso(),
      });
      notifySaved(
        count === 1
          ? '1 afspraak ligt ter beoordeling voor.'
          : `${count} afspraken liggen ter beoordeling voor.`,
      );
    } catch (error) {
      notifyError(error);
    }
  };
  const selectAll = async (checked: boolean) => {
    if (!checked) return setSelected(new Set());
    try {
      setSelected(new Set(await api.invoke('agreements.listIds', toListQuery(filters, regionId))));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <StatusCounts
        counts={data?.statusCounts}
        value={filters.statuses}
        onChange={updateStatuses}
      />
      <QueryState query={head} label="Afspraken">
        {(data) =>
          data.total === 0 && !filtered ? (
            <Stack align="flex-start" mt="lg" gap="sm">
              <Title order={2} size="h4">
                Nog geen afspraken
              </Title>
              <Text>Leg de eerste afspraak tussen de partijen in deze regio vast.</Text>
              <Button onClick={createDialog.open}>Nieuwe afspraak</Button>
            </Stack>
          ) : (
            <>
              <Group justify="space-between" my="xs">
                <Text size="sm" c="dimmed" role="status">
                  {countNl(data.total, 'afspraak', 'afspraken')}
                  {chosen.length > 0 && `, ${formatNumberNl(chosen.length)} geselecteerd`}
                </Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="outline"
                    disabled={chosen.length === 0}
                    onClick={() => void requestReview()}
                  >
                    Ter beoordeling voorleggen
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    disabled={chosen.length === 0}
                    onClick={packageDialog.open}
                  >
                    Beoordelingspakket maken…
                  </Button>
                  <Button
                    size="xs"
                    disabled={chosen.length === 0}
                    onClick={() => navigate(`/beoordelen?ids=${chosen.join(',')}`)}
                  >
                    Beoordelen ({formatNumberNl(chosen.length)})
                  </Button>
                </Group>
              </Group>
              {data.total === 0 ? (
                <Stack align="flex-start" gap="xs" my="md">
                  <Text>Geen afspraken met deze filters.</Text>
                  <Button
                    variant="outline"
                    size="xs"
                    onClick={() => useAgreementFilters.getState().reset()}
                  >
                    Filters wissen
                  </Button>
                </Stack>
              ) : (
                <PagedAgreementTable
                  query={query}
                  head={data}
                  selected={selected}
                  allSelected={data.total > 0 && chosen.length === data.total}
                  someSelected={chosen.length > 0}
                  onToggle={(id, checked) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (checked) next.add(id);
                      else next.delete(id);
                      return next;
                    })
                  }
                  onToggleAll={(checked) => void selectAll(checked)}
                  sort={filters.sort}
                  onSort={(sort) => filters.update({ sort })}
                  busy={head.loading}
                  shows={head.loading ? undefined : filters.search}
                />
              )}
            </>
          )
        }
      </QueryState>
      <MakePackageModal
        opened={packageOpen}
        onClose={packageDialog.close}
        source={{ kind: 'agreements', agreementIds: chosen }}
        what="de gekozen afspraken"
      />
    </>
  );
}

/** The table over the paged list: pages arriving as the user scrolls render only the table. */
function PagedAgreementTable({
  query,
  head,
  ...table
}: { query: PageInput<'agreements.list'>; head: AgreementListData } & Omit<
  Parameters<typeof AgreementTable>[0],
  'rows'
>) {
  const { itemAt, showRange } = usePagedRows('agreements.page', query, head);
  const rows = useMemo(
    () => agreementRowSource(head, itemAt, showRange),
    [head, itemAt, showRange],
  );
  return <AgreementTable rows={rows} {...table} />;
}

function ExportButton({ regionId }: { regionId: string }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        const filters = useAgreementFilters.getState();
        try {
          const listed = await api.invoke('agreements.list', {
            ...toListQuery(filters, regionId),
            limit: 1,
          });
          const confidential = listed.confidentialCount;
          const choice = confidential > 0 ? await askConfidential(confidential) : 'without';
          if (choice === null) return;
          const query = {
            ...toListQuery(filters, regionId),
            includeConfidential: choice === 'with',
          };
          const csv = await api.invoke('agreements.exportCsv', query);
          downloadText(csv.fileName, csv.content);
          notifySaved(
            csv.rows === 1 ? '1 afspraak geëxporteerd.' : `${csv.rows} afspraken geëxporteerd.`,
          );
        } catch (error) {
          notifyError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      Exporteren naar CSV
    </Button>
  );
}
