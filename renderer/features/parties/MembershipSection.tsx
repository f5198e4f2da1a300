import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateNl } from '../../../shared/dates';
import { MEMBERSHIP_ROLE_LABELS } from '../../../shared/domain';
import type { PartyDetail } from '../../../shared/schemas/party';
import { useMutation } from '../../data/data';
import { DeleteButton } from '../../components/DeleteButton';
import { MembershipModal, type MembershipTarget } from './MembershipModal';
import { TableHeadWithActions } from '../../components/TableHeadWithActions';

/** The regions this party takes part in, with its role there and since/until. */
export function MembershipSection({ party }: { party: PartyDetail }) {
  const [editing, setEditing] = useState<MembershipTarget | null>(null);
  const mutate = useMutation();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Deelname aan regio’s
        </Title>
        <Button size="xs" variant="outline" onClick={() => setEditing({ partyId: party.id })}>
          Deelname toevoegen
        </Button>
      </Group>
      {party.memberships.length === 0 ? (
        <Text c="dimmed">Deze partij neemt (nog) niet deel aan een regio.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <caption className="visually-hidden">Deelname aan regio’s</caption>
          <TableHeadWithActions columns={['Regio', 'Rol', 'Periode']} />
          <Table.Tbody>
            {party.memberships.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.regionName}</Table.Td>
                <Table.Td>{MEMBERSHIP_ROLE_LABELS[m.role]}</Table.Td>
                <Table.Td>
                  {[
                    m.since && `sinds ${formatDateNl(m.since)}`,
                    m.until && `tot ${formatDateNl(m.until)}`,
                  ]
                    .filter(Boolean)
                    .join(', ') || '–'}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing({ partyId: party.id, membership: m })}
                    >
                      Wijzigen
                    </Button>
                    <DeleteButton
                      inRow
                      entity="membership"
                      id={m.id}
                      label={`Deelname aan ${m.regionName}`}
                      ariaLabel={`Deelname aan ${m.regionName} verwijderen`}
                      impact="De deelname gaat naar de prullenbak. Is de deelname afgelopen? Vul dan liever een einddatum in via Wijzigen."
                      remove={() => mutate('memberships.delete', { id: m.id })}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <MembershipModal target={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
