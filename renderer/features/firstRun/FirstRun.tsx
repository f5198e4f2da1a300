import { Button, Card, Container, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/schemas/system';
import { useQuery } from '../../data/data';
import { QueryState } from '../../components/QueryState';
import { NewRegionForm } from '../regions/RegionFormModal';
import { UserFields, useUserForm } from '../settings/UserForm';
import { useLoadDemo } from './useLoadDemo';

/** An empty app: start a region of your own, or look around in the voorbeelddossier. */
export function FirstRun(props: { onRestore: () => void }) {
  const settings = useQuery('settings.get', {});
  const backups = useQuery('backups.list', {});
  useEffect(() => {
    document.title = 'Welkom – Regiodossier';
  }, []);

  return (
    <Container size="sm" py={64} component="main">
      <Stack gap="lg">
        <Title order={1}>Welkom bij Regiodossier</Title>
        <Text size="lg">
          Houd het dossier van de regionale samenwerking tussen gemeenten, zorgverzekeraars en het
          zorgkantoor bij: wie er deelnemen, wie hun bestuurlijk en ambtelijk aanspreekpunt is, en
          wat er is afgesproken. Alles blijft op deze computer.
        </Text>
        <QueryState query={settings} label="Instellingen">
          {(s) => <Start settings={s} />}
        </QueryState>
        {backups.data && backups.data.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={2} size="h3" mb="xs">
              Een back-up terugzetten
            </Title>
            <Text size="sm" mb="md">
              Er staan back-ups van Regiodossier in de back-upmap. Was uw dossier weg, zet dan de
              nieuwste terug.
            </Text>
            <Group>
              <Button variant="default" onClick={props.onRestore}>
                Back-up terugzetten…
              </Button>
            </Group>
          </Card>
        )}
      </Stack>
    </Container>
  );
}

function Start({ settings }: { settings: Settings }) {
  const [formOpen, form] = useDisclosure(false);
  const [loading, setLoading] = useState(false);
  const loadDemo = useLoadDemo();
  const user = useUserForm(settings);

  return (
    <>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="xs">
          Over u
        </Title>
        <Text size="sm" mb="md">
          Vul gerust eerst uw naam in: dan laat de geschiedenis vanaf het begin zien wie wat heeft
          gedaan. Uw naam hoort bij deze computer, niet bij het dossier. U kunt dit later wijzigen
          bij Instellingen.
        </Text>
        <UserFields form={user} optional />
      </Card>
      <Card withBorder padding="lg">
        {formOpen ? (
          <>
            <Title order={2} size="h3" mb="md">
              Nieuwe regio
            </Title>
            <NewRegionForm onDone={form.close} beforeSubmit={user.flush} />
          </>
        ) : (
          <Stack>
            <Title order={2} size="h3">
              Beginnen
            </Title>
            <Group grow>
              <Button size="md" onClick={form.open}>
                Nieuwe regio
              </Button>
              <Button
                size="md"
                variant="outline"
                loading={loading}
                onClick={async () => {
                  setLoading(true);
                  if (!(await user.flush()) || !(await loadDemo())) setLoading(false);
                }}
              >
                Voorbeelddossier laden
              </Button>
            </Group>
            <Divider />
            <Text size="sm" c="dimmed">
              Het voorbeelddossier is een verzonnen regio om rond te kijken, met tien gemeenten, het
              zorgkantoor, twee zorgverzekeraars, zorgaanbieders en hun aanspreekpunten. Wilt u
              daarna met uw eigen regio verder, dan kunt u de voorbeeldregio via Regio naar de
              Prullenbak verplaatsen.
            </Text>
          </Stack>
        )}
      </Card>
    </>
  );
}
