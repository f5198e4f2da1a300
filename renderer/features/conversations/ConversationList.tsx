import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { formatDateNl } from '../../../shared/dates';
import {
  CONVERSATION_KIND_LABELS,
  CONVERSATION_STATUS_LABELS,
  type ConversationKind,
} from '../../../shared/domain';
import { countNl } from '../../../shared/numbers';
import type { ConversationListItem } from '../../../shared/schemas/conversation';
import { usePagedHead, usePagedRows } from '../../data/pagedQuery';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { EmptyState } from '../../components/EmptyState';
import { createFilterStore, useCreateDialog } from '../../components/listScreen';
import { ListSearch } from '../../components/ListSearch';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RowLink } from '../../components/RowLink';
import { VirtualTable, type Column, type RowSource } from '../../components/VirtualTable';
import { ConversationFormModal } from './ConversationFormModal';
import { conversationPath, KIND_OPTIONS, statusColor } from './conversationOptions';

interface ConversationFilters {
  kind: ConversationKind | null;
  search: string;
}
const useConversationFilters = createFilterStore<ConversationFilters>({ kind: null, search: '' });

const COLUMNS: Column<ConversationListItem>[] = [
  {
    key: 'date',
    header: 'Datum',
    width: '15%',
    minWidth: '165px',
    render: (c) => formatDateNl(c.date),
  },
  {
    key: 'title',
    header: 'Titel',
    width: '19%',
    wrap: true,
    render: (c) => <RowLink to={conversationPath(c.id)}>{c.title}</RowLink>,
  },
  {
    key: 'kind',
    header: 'Soort',
    width: '15%',
    wrap: true,
    render: (c) => CONVERSATION_KIND_LABELS[c.kind],
  },
  { key: 'parties', header: 'Partijen', width: '17%', wrap: true, render: (c) => c.parties },
  {
    key: 'status',
    header: 'Status',
    width: '16%',
    // The vertrouwelijk marker under the status, each badge whole.
    render: (c) => (
      <Stack gap={4} align="flex-start">
        <Badge variant="light" color={statusColor(c.status)}>
          {CONVERSATION_STATUS_LABELS[c.status]}
        </Badge>
        {c.confidential && (
          <Badge variant="outline" color="red.9">
            Vertrouwelijk
          </Badge>
        )}
      </Stack>
    ),
  },
  { key: 'survey', header: 'Enquête', width: '9%', render: (c) => (c.hasSurvey ? 'Ja' : 'Nee') },
  { key: 'actions', header: 'Open acties', width: '9%', render: (c) => c.openActions },
];

/** Gespreksverslagen: the region's verslagen, newest first, filtered on soort and text. */
export function ConversationList() {
  const { region, regionId } = useCurrentRegion();
  const filters = useConversationFilters();
  const createDialog = useCreateDialog();
  const query = regionId ? { regionId, kind: filters.kind, search: filters.search } : null;
  const head = usePagedHead('conversations.list', query);
  const filtered = filters.kind !== null || filters.search !== '';

  return (
    <>
      <PageHeader
        title="Gespreksverslagen"
        description={`Verslagen van gesprekken tussen de overleggen door, in ${region?.name ?? 'de regio'}`}
        actions={
          <Button onClick={createDialog.open} disabled={!regionId}>
            Nieuw gespreksverslag
          </Button>
        }
      />
      <Group mb="md" align="flex-end" gap="sm">
        <ListSearch
          stored={filters.search}
          commit={(search) => filters.update({ search })}
          placeholder="Titel, partij of tekst"
          width={240}
        />
        <Select
          label="Soort"
          placeholder="Alle soorten"
          data={KIND_OPTIONS}
          value={filters.kind}
          onChange={(v) => filters.update({ kind: v as ConversationKind | null })}
          clearable
          clearButtonProps={{ 'aria-label': 'Soort wissen' }}
          w={320}
        />
        {filtered && (
          <Button variant="default" onClick={filters.reset}>
            Filters wissen
          </Button>
        )}
      </Group>
      <QueryState query={head} label="Gespreksverslagen">
        {(page) =>
          page.total === 0 && !filtered ? (
            <EmptyState
              title="Nog geen gespreksverslagen"
              action={<Button onClick={createDialog.open}>Nieuw gespreksverslag</Button>}
            >
              Leg een evaluatiegesprek, een overleg met de zorgverzekeraar of een werkbezoek vast:
              wie er spraken, wat er besproken is, de enquête en de actiepunten, op één plek.
            </EmptyState>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs" role="status">
                {countNl(page.total, 'gespreksverslag', 'gespreksverslagen')}
              </Text>
              {page.total === 0 ? (
                <EmptyState
                  title="Geen gespreksverslagen met deze filters"
                  color="gray"
                  action={
                    <Button variant="default" onClick={filters.reset}>
                      Filters wissen
                    </Button>
                  }
                >
                  Kies een andere soort of zoekterm, of wis de filters.
                </EmptyState>
              ) : (
                query && <ConversationTable query={query} head={page} />
              )}
            </>
          )
        }
      </QueryState>
      {regionId && (
        <ConversationFormModal
          opened={createDialog.opened}
          onClose={createDialog.close}
          regionId={regionId}
        />
      )}
    </>
  );
}

function ConversationTable(props: {
  query: Parameters<typeof usePagedRows<'conversations.list'>>[1];
  head: { items: ConversationListItem[]; total: number; offset: number };
}) {
  const { itemAt, showRange } = usePagedRows('conversations.list', props.query, props.head);
  const rows = useMemo<RowSource<ConversationListItem>>(
    () => ({ count: props.head.total, rowAt: itemAt, onRange: showRange }),
    [props.head.total, itemAt, showRange],
  );
  return (
    <VirtualTable
      rows={rows}
      columns={COLUMNS}
      rowKey={(c) => c.id}
      caption="Gespreksverslagen"
      measured
      rowHeight={52}
    />
  );
}
