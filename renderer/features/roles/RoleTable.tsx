import { Button, Group, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Input } from '../../../shared/api/contract';
import { formatDateNl, todayIso } from '../../../shared/dates';
import { ROLE_KIND_LABELS } from '../../../shared/domain';
import type { RoleListItem } from '../../../shared/schemas/roleAssignment';
import { useMutation, useQuery } from '../../data/data';
import { QueryState } from '../../components/QueryState';
import { DeleteButton } from '../../components/DeleteButton';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { EditRoleModal } from './EditRoleModal';
import { EndRoleModal } from './EndRoleModal';
import { RowLink } from '../../components/RowLink';

/** Two lines per row: the role, and its mandate on one line below it. */
const ROW_HEIGHT = 60;

/** Role assignments as a table, with changing, ending (kept as history) and removal. */
export function RoleTable(props: {
  query: Input<'roles.list'>;
  showRegion?: boolean;
  showPerson?: boolean;
  emptyText?: string;
}) {
  const roles = useQuery('roles.list', props.query, { keepPrevious: true });
  const [ending, setEnding] = useState<RoleListItem | null>(null);
  const [editing, setEditing] = useState<RoleListItem | null>(null);
  const mutate = useMutation();
  const { showRegion = false, showPerson = true } = props;
  const columns = useMemo(
    () =>
      roleColumns({
        showRegion,
        showPerson,
        onEdit: setEditing,
        onEnd: setEnding,
        remove: (r) => mutate('roles.delete', { id: r.id }),
      }),
    [showRegion, showPerson, mutate],
  );

  return (
    <QueryState query={roles} label="Rollen">
      {(rows) =>
        rows.length === 0 ? (
          <Text c="dimmed">{props.emptyText ?? 'Geen rollen.'}</Text>
        ) : (
          <>
            <VirtualTable
              rows={rows}
              columns={columns}
              rowKey={(r) => r.id}
              caption="Rollen"
              rowHeight={ROW_HEIGHT}
              className="role-table"
            />
            <EndRoleModal role={ending} onClose={() => setEnding(null)} />
            <EditRoleModal role={editing} onClose={() => setEditing(null)} />
          </>
        )
      }
    </QueryState>
  );
}

function roleColumns(o: {
  showRegion: boolean;
  showPerson: boolean;
  onEdit: (r: RoleListItem) => void;
  onEnd: (r: RoleListItem) => void;
  remove: (r: RoleListItem) => Promise<unknown>;
}): Column<RoleListItem>[] {
  const columns: (Column<RoleListItem> | false)[] = [
    {
      key: 'role',
      header: 'Rol',
      width: '20%',
      wrap: true,
      render: (r) => (
        <>
          <span className="two-lines">
            {ROLE_KIND_LABELS[r.role]}
            {r.themeName && ` – ${r.themeName}`}
          </span>
          {r.mandate && (
            <Text size="xs" c="dimmed" truncate title={r.mandate}>
              Mandaat: {r.mandate}
            </Text>
          )}
        </>
      ),
    },
    o.showPerson && {
      key: 'person',
      header: 'Persoon',
      width: '16%',
      render: (r) => <RowLink to={`/personen/${r.contactId}`}>{r.contactName}</RowLink>,
    },
    {
      key: 'party',
      header: 'Namens',
      width: '16%',
      render: (r) =>
        r.partyId ? <RowLink to={`/partijen/${r.partyId}`}>{r.partyName}</RowLink> : '–',
    },
    o.showRegion && { key: 'region', header: 'Regio', width: '14%', render: (r) => r.regionName },
    {
      key: 'period',
      header: 'Periode',
      width: '15%',
      render: (r) => <Period since={r.since} until={r.until} current={r.current} />,
    },
    {
      key: 'actions',
      header: 'Acties',
      width: '33%',
      render: (r) => (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            aria-label={`Rol van ${r.contactName} wijzigen`}
            onClick={() => o.onEdit(r)}
          >
            Wijzigen
          </Button>
          {r.current && (
            <Button size="xs" variant="outline" onClick={() => o.onEnd(r)}>
              Beëindigen
            </Button>
          )}
          <DeleteButton
            inRow
            entity="roleAssignment"
            id={r.id}
            label={`Rol van ${r.contactName}`}
            ariaLabel={`Rol van ${r.contactName} verwijderen`}
            impact="De rol gaat naar de prullenbak. Wilt u alleen vastleggen dat de rol is afgelopen? Kies dan Beëindigen: dan blijft de rol als geschiedenis bewaard."
            remove={() => o.remove(r)}
          />
        </Group>
      ),
    },
  ];
  return columns.filter((c): c is Column<RoleListItem> => c !== false);
}

function Period(props: { since: string | null; until: string | null; current: boolean }) {
  const from = props.since ? `sinds ${formatDateNl(props.since)}` : '';
  if (props.current) {
    return (
      <Text size="sm">
        {from || 'actief'}
        {props.until && `, tot ${formatDateNl(props.until)}`}
      </Text>
    );
  }
  const upcoming = props.since !== null && props.since > todayIso();
  // Plain text, not a badge: a badge does not wrap, and the date was cut off in narrow tables.
  return (
    <Text size="sm" c="dimmed">
      {upcoming ? `vanaf ${formatDateNl(props.since)}` : `beëindigd ${formatDateNl(props.until)}`}
    </Text>
  );
}
