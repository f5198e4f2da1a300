import { countNl } from '../../../shared/numbers';
import { Anchor, Button, Checkbox, Group, SegmentedControl, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ContactListItem } from '../../../shared/schemas/contact';
import { useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { ContactFormModal } from './ContactFormModal';
import { useContactFilters } from './contactFilters';
import { useCreateDialog } from '../../components/listScreen';
import { ListSearch } from '../../components/ListSearch';
import { RowLink } from '../../components/RowLink';
import { EmptyState } from '../../components/EmptyState';

const COLUMNS: Column<ContactListItem>[] = [
  {
    key: 'name',
    header: 'Naam',
    width: '22%',
    render: (c) => (
      <>
        <RowLink to={`/personen/${c.id}`}>{c.name}</RowLink>
        {!c.active && (
          <Text span size="sm" c="dimmed">
            {' '}
            (niet actief)
          </Text>
        )}
      </>
    ),
  },
  { key: 'function', header: 'Functie', width: '16%', render: (c) => c.function || '–' },
  {
    key: 'party',
    header: 'Organisatie',
    width: '20%',
    render: (c) =>
      c.partyId ? (
        <Anchor component={Link} to={`/partijen/${c.partyId}`} size="sm">
          {c.partyName}
        </Anchor>
      ) : (
        '–'
      ),
  },
  {
    key: 'email',
    header: 'E-mail',
    width: '18%',
    render: (c) =>
      c.email ? (
        <Anchor href={`mailto:${c.email}`} size="sm">
          {c.email}
        </Anchor>
      ) : (
        '–'
      ),
  },
  { key: 'phone', header: 'Telefoon', width: '13%', render: (c) => c.phone || '–' },
  { key: 'roles', header: 'Huidige rollen', width: '11%', render: (c) => c.currentRoleCount },
];

export function ContactList() {
  const { region, regionId } = useCurrentRegion();
  const filters = useContactFilters();
  const createDialog = useCreateDialog();
  const inRegion = filters.scope === 'region' && regionId !== null;

  const contacts = useQuery(
    'contacts.list',
    {
      regionId: inRegion ? regionId : null,
      search: filters.search,
      includeInactive: !filters.activeOnly,
    },
    { keepPrevious: true },
  );
  const filtered = filters.search !== '' || filters.activeOnly;

  return (
    <>
      <PageHeader
        title="Personen"
        description={
          inRegion
            ? `Mensen van de partijen in ${region?.name ?? 'de regio'}, en wie er een rol heeft`
            : 'Alle personen in het dossier'
        }
        actions={<Button onClick={createDialog.open}>Nieuwe persoon</Button>}
      />
      <Group mb="md" align="flex-end" gap="sm">
        <ListSearch
          stored={filters.search}
          commit={(search) => filters.update({ search })}
          placeholder="Naam, functie of e-mail"
          width={240}
          delay={150}
        />
        <SegmentedControl
          aria-label="Welke personen"
          data={[
            { value: 'region', label: 'Deze regio' },
            { value: 'all', label: 'Iedereen' },
          ]}
          value={filters.scope}
          onChange={(v) => filters.update({ scope: v as 'region' | 'all' })}
        />
        <Checkbox
          label="Alleen actieve"
          checked={filters.activeOnly}
          onChange={(e) => filters.update({ activeOnly: e.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <QueryState query={contacts} label="Personen">
        {(rows) =>
          rows.length === 0 && !filtered ? (
            <EmptyState
              title="Nog geen personen"
              action={<Button onClick={createDialog.open}>Persoon toevoegen</Button>}
            >
              {inRegion
                ? 'Er zijn nog geen personen bij de partijen van deze regio. Voeg de aanspreekpunten van de partijen toe.'
                : 'Er staan nog geen personen in het dossier.'}
            </EmptyState>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs" role="status">
                {countNl(rows.length, 'persoon', 'personen')}
              </Text>
              <VirtualTable rows={rows} columns={COLUMNS} rowKey={(c) => c.id} caption="Personen" />
            </>
          )
        }
      </QueryState>
      <ContactFormModal
        opened={createDialog.opened}
        onClose={createDialog.close}
        partyId={createDialog.params.get('partij')}
      />
    </>
  );
}
