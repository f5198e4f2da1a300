import { Anchor, Button, Card, Grid, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Contact } from '../../../shared/schemas/contact';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { DeleteButton } from '../../components/DeleteButton';
import { HistoryList } from '../../components/HistoryList';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AssignRoleModal } from '../roles/AssignRoleModal';
import { RoleTable } from '../roles/RoleTable';
import { ContactEditForm } from './ContactEditForm';
import { PersonalDataButton } from './PersonalDataButton';

export function ContactDetail() {
  const { id = '' } = useParams();
  const contact = useQuery('contacts.get', { id });
  return (
    <QueryState query={contact} label="Persoon">
      {(c) => (
        <>
          <PageHeader
            title={c.name}
            description={<ContactSubtitle contact={c} />}
            actions={
              <>
                <Button component={Link} to={`/personen/${c.id}/overdracht`} variant="default">
                  Overdracht…
                </Button>
                <PersonalDataButton id={c.id} name={c.name} />
                <DeleteContactButton id={c.id} name={c.name} />
              </>
            }
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  Gegevens
                </Title>
                <ContactEditForm key={c.id} contact={c} />
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder>
                <HistoryList entity="contact" id={c.id} />
              </Card>
            </Grid.Col>
            <Grid.Col span={12}>
              <ContactRoles contact={c} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}

function ContactSubtitle({ contact }: { contact: Contact }) {
  const party = useQuery('parties.get', contact.partyId ? { id: contact.partyId } : null);
  return (
    <>
      {contact.function || 'Geen functie vastgelegd'}
      {contact.partyId && party.data && (
        <>
          {' bij '}
          <Anchor component={Link} to={`/partijen/${contact.partyId}`} underline="always">
            {party.data.name}
          </Anchor>
        </>
      )}
      {!contact.active && ' (niet actief)'}
    </>
  );
}

function ContactRoles({ contact }: { contact: Contact }) {
  const { region, regionId } = useCurrentRegion();
  const [assigning, setAssigning] = useState(false);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Rollen
        </Title>
        {regionId && contact.active && (
          <Button size="xs" variant="outline" onClick={() => setAssigning(true)}>
            Rol toewijzen
          </Button>
        )}
      </Group>
      {regionId && !contact.active && (
        <Text size="sm" c="dimmed" mb="sm">
          Zet deze persoon op Actief om een nieuwe rol toe te wijzen.
        </Text>
      )}
      <RoleTable
        query={{ contactId: contact.id, period: 'all' }}
        showPerson={false}
        showRegion
        emptyText={`${contact.name} heeft nog geen rollen${region ? `; wijs een rol toe in ${region.name}` : ''}.`}
      />
      {regionId && (
        <AssignRoleModal
          opened={assigning}
          onClose={() => setAssigning(false)}
          regionId={regionId}
          preset={{ contactId: contact.id, partyId: contact.partyId }}
        />
      )}
    </Card>
  );
}

function DeleteContactButton({ id, name }: { id: string; name: string }) {
  const api = useApi();
  const mutate = useMutation();
  const navigate = useNavigate();
  return (
    <DeleteButton
      entity="contact"
      id={id}
      label={name}
      impact={() => api.invoke('contacts.deleteImpact', { id })}
      remove={() => mutate('contacts.delete', { id })}
      onDeleted={() => navigate('/personen')}
    />
  );
}
