import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { formatDateNl } from '../../../shared/dates';
import {
  MEETING_KIND_LABELS,
  MINUTES_STATUS_LABELS,
  type MeetingKind,
} from '../../../shared/domain';
import { countNl } from '../../../shared/numbers';
import type { MeetingListItem } from '../../../shared/schemas/meeting';
import { usePagedHead, usePagedRows } from '../../data/pagedQuery';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { createFilterStore, useCreateDialog } from '../../components/listScreen';
import { ListSearch } from '../../components/ListSearch';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RowLink } from '../../components/RowLink';
import { VirtualTable, type Column, type RowSource } from '../../components/VirtualTable';
import { MeetingFormModal } from './MeetingFormModal';
import { KIND_OPTIONS, MINUTES_STATUS_OPTIONS, timeRange } from './meetingOptions';
import { EmptyState } from '../../components/EmptyState';

interface MeetingFilters {
  kind: MeetingKind | null;
  year: number | null;
  minutesStatus: 'concept' | 'vastgesteld' | null;
  search: string;
}
const useMeetingFilters = createFilterStore<MeetingFilters>({
  kind: null,
  year: null,
  minutesStatus: null,
  search: '',
});

const COLUMNS: Column<MeetingListItem>[] = [
  {
    key: 'date',
    header: 'Datum',
    width: '17%',
    render: (m) => formatDateNl(m.date),
  },
  { key: 'time', header: 'Tijd', width: '11%', render: timeRange },
  {
    key: 'title',
    header: 'Overleg',
    width: '22%',
    render: (m) => <RowLink to={`/overleggen/${m.id}`}>{m.title}</RowLink>,
  },
  { key: 'kind', header: 'Soort', width: '20%', render: (m) => MEETING_KIND_LABELS[m.kind] },
  { key: 'agenda', header: 'Punten', width: '7%', render: (m) => m.agendaItems },
  { key: 'actions', header: 'Open acties', width: '11%', render: (m) => m.openActions },
  {
    key: 'minutes',
    header: 'Notulen',
    width: '12%',
    render: (m) => (
      <Badge variant="light" color={m.minutesStatus === 'vastgesteld' ? '#1e6b2f' : 'gray.8'}>
        {MINUTES_STATUS_LABELS[m.minutesStatus]}
      </Badge>
    ),
  },
];

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

/** Overleggen: the region's meetings, newest first, with filters on kind, year and minutes. */
export function MeetingList() {
  const { region, regionId } = useCurrentRegion();
  const filters = useMeetingFilters();
  const createDialog = useCreateDialog();
  const query = regionId
    ? {
        regionId,
        kind: filters.kind,
        year: filters.year,
        minutesStatus: filters.minutesStatus,
        search: filters.search,
      }
    : null;
  const head = usePagedHead('meetings.list', query);
  const filtered =
    filters.kind !== null ||
    filters.year !== null ||
    filters.minutesStatus !== null ||
    filters.search !== '';

  return (
    <>
      <PageHeader
        title="Overleggen"
        description={`Regio-overleggen, voortgangsgesprekken en werkgroepen van ${region?.name ?? 'de regio'}`}
        actions={
          <Button onClick={createDialog.open} disabled={!regionId}>
            Nieuw overleg
          </Button>
        }
      />
      <Group mb="md" align="flex-end" gap="sm">
        <ListSearch
          stored={filters.search}
          commit={(search) => filters.update({ search })}
          placeholder="Titel of locatie"
          width={220}
        />
        <Select
          label="Soort"
          placeholder="Alle soorten"
          data={KIND_OPTIONS}
          value={filters.kind}
          onChange={(v) => filters.update({ kind: v as MeetingKind | null })}
          clearable
          w={230}
        />
        <Select
          label="Jaar"
          placeholder="Alle jaren"
          data={YEARS}
          value={filters.year === null ? null : String(filters.year)}
          onChange={(v) => filters.update({ year: v === null ? null : Number(v) })}
          clearable
          w={130}
        />
        <Select
          label="Notulen"
          placeholder="Alle"
          data={MINUTES_STATUS_OPTIONS}
          value={filters.minutesStatus}
          onChange={(v) => filters.update({ minutesStatus: v as MeetingFilters['minutesStatus'] })}
          clearable
          w={200}
        />
        {filtered && (
          <Button variant="default" onClick={filters.reset}>
            Filters wissen
          </Button>
        )}
      </Group>
      <QueryState query={head} label="Overleggen">
        {(page) =>
          page.total === 0 && !filtered ? (
            <EmptyState
              title="Nog geen overleggen"
              action={<Button onClick={createDialog.open}>Overleg plannen</Button>}
            >
              Plan het eerstvolgende regio-overleg of voortgangsgesprek: agenda, aanwezigen,
              notulen, besluiten en actiepunten komen dan op één plek.
            </EmptyState>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs" role="status">
                {countNl(page.total, 'overleg', 'overleggen')}
              </Text>
              {page.total === 0 ? (
                <EmptyState
                  title="Geen overleggen met deze filters"
                  color="gray"
                  action={
                    <Button variant="default" onClick={filters.reset}>
                      Filters wissen
                    </Button>
                  }
                >
                  Kies een ander jaar of een andere soort, of wis de filters.
                </EmptyState>
              ) : (
                query && <MeetingTable query={query} head={page} />
              )}
            </>
          )
        }
      </QueryState>
      {regionId && (
        <MeetingFormModal
          opened={createDialog.opened}
          onClose={createDialog.close}
          regionId={regionId}
        />
      )}
    </>
  );
}

function MeetingTable(props: {
  query: Parameters<typeof usePagedRows<'meetings.list'>>[1];
  head: { items: MeetingListItem[]; total: number; offset: number };
}) {
  const { itemAt, showRange } = usePagedRows('meetings.list', props.query, props.head);
  const rows = useMemo<RowSource<MeetingListItem>>(
    () => ({ count: props.head.total, rowAt: itemAt, onRange: showRange }),
    [props.head.total, itemAt, showRange],
  );
  return <VirtualTable rows={rows} columns={COLUMNS} rowKey={(m) => m.id} caption="Overleggen" />;
}
