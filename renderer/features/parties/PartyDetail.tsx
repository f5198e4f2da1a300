import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { PARTY_TYPE_LABELS } from '../../../shared/domain';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { DeleteButton } from '../../components/DeleteButton';
import { HistoryList } from '../../components/HistoryList';
import { LinkedConversations } from '../../components/LinkedConversations';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RoleTable } from '../roles/RoleTable';
import { MembershipSection } from './MembershipSection';
import { PartyEditForm } from './PartyEditForm';

export function PartyDetail() {
  const { id = '' } = useParams();
  const party = useQuery('parties.get', { id });
  return (
    <QueryState query={party} label="Partij">
      {(p) => (
        <>
          <PageHeader
            title={p.name}
            description={
              <Badge variant="light" color="blue.9">
                {PARTY_TYPE_LABELS[p.type]}
              </Badge>
            }
            actions={<DeletePartyButton id={p.id} name={p.name} />}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    Gegevens
                  </Title>
                  <PartyEditForm key={p.id} party={p} />
                </Card>
                <MembershipSection party={p} />
                <PartyPeople partyId={p.id} />
                <LinkedConversations
                  about={{ partyId: p.id }}
                  empty="Nog geen gespreksverslag met deze partij."
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder>
                <HistoryList entity="party" id={p.id} />
              </Card>
            </Grid.Col>
          </Grid>
          {/* Full width: the roles table has too many columns for the narrow column. */}
          <Card withBorder mt="lg" component="section" aria-labelledby="partij-rollen">
            <Title order={2} size="h4" mb="sm" id="partij-rollen">
              Rollen namens deze partij
            </Title>
            <RoleTable query={{ partyId: p.id, period: 'all' }} showRegion />
          </Card>
        </>
      )}
    </QueryState>
  );
}

function PartyPeople({ partyId }: { partyId: string }) {
  const people = useQuery('contacts.list', { partyId });
  return (
    <Card withBorder component="section" aria-labelledby="partij-personen">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="partij-personen">
          Personen
        </Title>
        <Button
          size="xs"
          variant="outline"
          component={Link}
          to={`/personen?nieuw=1&partij=${partyId}`}
        >
          Nieuwe persoon
        </Button>
      </Group>
      <QueryState query={people} label="Personen">
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">Nog geen personen bij deze partij.</Text>
          ) : (
            <Stack gap={6}>
              {rows.map((c) => (
                <Text key={c.id}>
                  <Anchor component={Link} to={`/personen/${c.id}`} fw={600}>
                    {c.name}
                  </Anchor>
                  {c.function && ` – ${c.function}`}
                  {!c.active && ' (niet actief)'}
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}

function DeletePartyButton({ id, name }: { id: string; name: string }) {
  const api = useApi();
  const mutate = useMutation();
  const navigate = useNavigate();
  return (
    <DeleteButton
      entity="party"
      id={id}
      label={name}
      impact={() => api.invoke('parties.deleteImpact', { id })}
      remove={() => mutate('parties.delete', { id })}
      onDeleted={() => navigate('/partijen')}
    />
  );
}
