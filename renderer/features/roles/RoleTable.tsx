import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Input } from '../../../shared/api/contract';
import { formatDateNl, todayIso } from '../../../shared/dates';
import { ROLE_KIND_LABELS } from '../../../shared/domain';
import type { RoleListItem } from '../../../shared/schemas/roleAssignment';
import { useMutation, useQuery } from '../../app/data';
import { QueryState } from '../../components/QueryState';
import { DeleteButton } from '../../components/DeleteButton';
import { EditRoleModal } from './EditRoleModal';
import { EndRoleModal } from './EndRoleModal';

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

  return (
    <QueryState query={roles} label="Rollen">
      {(rows) =>
        rows.length === 0 ? (
          <Text c="dimmed">{props.emptyText ?? 'Geen rollen.'}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing="xs">
                <caption className="visually-hidden">Rollen</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Rol</Table.Th>
                    {props.showPerson !== false && <Table.Th scope="col">Persoon</Table.Th>}
                    <Table.Th scope="col">Namens</Table.Th>
                    {props.showRegion && <Table.Th scope="col">Regio</Table.Th>}
                    <Table.Th scope="col">Periode</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">Acties</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {ROLE_KIND_LABELS[r.role]}
                        {r.themeName && ` – ${r.themeName}`}
                        {r.mandate && (
                          <Text size="sm" c="dimmed" lineClamp={2} title={r.mandate}>
                            Mandaat: {r.mandate}
                          </Text>
                        )}
                      </Table.Td>
                      {props.showPerson !== false && (
                        <Table.Td>
                          <Anchor component={Link} to={`/personen/${r.contactId}`} size="sm">
                            {r.contactName}
                          </Anchor>
                        </Table.Td>
                      )}
                      <Table.Td>
                        {r.partyId ? (
                          <Anchor component={Link} to={`/partijen/${r.partyId}`} size="sm">
                            {r.partyName}
                          </Anchor>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      {props.showRegion && <Table.Td>{r.regionName}</Table.Td>}
                      <Table.Td>
                        <Period since={r.since} until={r.until} current={r.current} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={`Rol van ${r.contactName} wijzigen`}
                            onClick={() => setEditing(r)}
                          >
                            Wijzigen
                          </Button>
                          {r.current && (
                            <Button size="xs" variant="outline" onClick={() => setEnding(r)}>
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
                            remove={() => mutate('roles.delete', { id: r.id })}
                          />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <EndRoleModal role={ending} onClose={() => setEnding(null)} />
            <EditRoleModal role={editing} onClose={() => setEditing(null)} />
          </>
        )
      }
    </QueryState>
  );
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
