import { countNl } from '../../../shared/numbers';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Text,
} from '@mantine/core';
import {
  MEMBERSHIP_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  type MembershipRole,
  type PartyType,
} from '../../../shared/domain';
import { formatDateNl } from '../../../shared/dates';
import type { PartyListItem } from '../../../shared/schemas/party';
import { useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { MEMBERSHIP_ROLE_OPTIONS, PARTY_TYPE_OPTIONS } from './partyOptions';
import { PartyFormModal } from './PartyFormModal';
import { usePartyFilters } from './partyFilters';
import { useCreateDialog } from '../../components/listScreen';
import { ListSearch } from '../../components/ListSearch';
import { RowLink } from '../../components/RowLink';

const SORT_OPTIONS = [
  { value: 'name', label: 'Naam' },
  { value: 'type', label: 'Type' },
  { value: 'role', label: 'Rol in de regio' },
  { value: 'updated', label: 'Laatst gewijzigd' },
];

export function PartyList() {
  const { region, regionId } = useCurrentRegion();
  const filters = usePartyFilters();
  const createDialog = useCreateDialog();
  const inRegion = filters.scope === 'region' && regionId !== null;

  const parties = useQuery(
    'parties.list',
    {
      regionId: inRegion ? regionId : null,
      search: filters.search,
      types: filters.types,
      roles: inRegion ? filters.roles : [],
      sort: !inRegion && filters.sort === 'role' ? 'name' : filters.sort,
      includeEnded: filters.includeEnded,
    },
    { keepPrevious: true },
  );

  const columns: Column<PartyListItem>[] = [
    {
      key: 'name',
      header: 'Naam',
      width: '36%',
      render: (p) => <RowLink to={`/partijen/${p.id}`}>{p.name}</RowLink>,
    },
    { key: 'type', header: 'Type', width: '18%', render: (p) => PARTY_TYPE_LABELS[p.type] },
    ...(inRegion
      ? [
          {
            key: 'role',
            header: 'Rol in de regio',
            width: '22%',
            render: (p: PartyListItem) => (
              <>
                {p.role ? MEMBERSHIP_ROLE_LABELS[p.role] : ''}
                {p.until && (
                  <Badge ml="xs" color="gray.7" variant="outline" size="sm">
                    tot {formatDateNl(p.until)}
                  </Badge>
                )}
              </>
            ),
          },
        ]
      : []),
    { key: 'people', header: 'Personen', width: '12%', render: (p) => p.contactCount },
  ];

  return (
    <>
      <PageHeader
        title="Partijen"
        description={
          inRegion
            ? `Organisaties die deelnemen aan ${region?.name ?? 'de regio'}`
            : 'Alle organisaties in het dossier'
        }
        actions={<Button onClick={createDialog.open}>Nieuwe partij</Button>}
      />
      <Group mb="md" align="flex-end" gap="sm">
        <ListSearch
          stored={filters.search}
          commit={(search) => filters.update({ search })}
          placeholder="Naam van de partij"
          width={220}
          delay={150}
        />
        <MultiSelect
          label="Type"
          placeholder={filters.types.length ? undefined : 'Alle typen'}
          data={PARTY_TYPE_OPTIONS}
          value={filters.types}
          onChange={(v) => filters.update({ types: v as PartyType[] })}
          clearable
          w={220}
        />
        {inRegion && (
          <MultiSelect
            label="Rol"
            placeholder={filters.roles.length ? undefined : 'Alle rollen'}
            data={MEMBERSHIP_ROLE_OPTIONS}
            value={filters.roles}
            onChange={(v) => filters.update({ roles: v as MembershipRole[] })}
            clearable
            w={220}
          />
        )}
        <Select
          label="Sorteren op"
          data={inRegion ? SORT_OPTIONS : SORT_OPTIONS.filter((o) => o.value !== 'role')}
          value={!inRegion && filters.sort === 'role' ? 'name' : filters.sort}
          onChange={(v) => v && filters.update({ sort: v as typeof filters.sort })}
          allowDeselect={false}
          w={170}
        />
        <SegmentedControl
          aria-label="Welke partijen"
          data={[
            { value: 'region', label: 'Deze regio' },
            { value: 'all', label: 'Alle partijen' },
          ]}
          value={filters.scope}
          onChange={(v) => filters.update({ scope: v as 'region' | 'all' })}
        />
        {inRegion && (
          <Checkbox
            label="Ook beëindigde deelnames"
            checked={filters.includeEnded}
            onChange={(e) => filters.update({ includeEnded: e.currentTarget.checked })}
            mb={8}
          />
        )}
      </Group>
      <QueryState query={parties} label="Partijen">
        {(rows) => (
          <>
            <Text size="sm" c="dimmed" mb="xs" role="status">
              {countNl(rows.length, 'partij', 'partijen')}
            </Text>
            <VirtualTable rows={rows} columns={columns} rowKey={(p) => p.id} caption="Partijen" />
          </>
        )}
      </QueryState>
      <PartyFormModal
        opened={createDialog.opened}
        onClose={createDialog.close}
        regionId={regionId}
      />
    </>
  );
}
