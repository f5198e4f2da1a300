import { Button, Card, Container, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { NewRegionForm } from '../regions/RegionFormModal';
import { useLoadDemo } from './useLoadDemo';

/** An empty app: start a region of your own, or look around in the voorbeelddossier. */
export function FirstRun() {
  const [formOpen, form] = useDisclosure(false);
  const [loading, setLoading] = useState(false);
  const loadDemo = useLoadDemo();
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
        <Card withBorder padding="lg">
          {formOpen ? (
            <>
              <Title order={2} size="h3" mb="md">
                Nieuwe regio
              </Title>
              <NewRegionForm onDone={form.close} />
            </>
          ) : (
            <Stack>
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
                    if (!(await loadDemo())) setLoading(false);
                  }}
                >
                  Voorbeelddossier laden
                </Button>
              </Group>
              <Divider />
              <Text size="sm" c="dimmed">
                Het voorbeelddossier bevat een verzonnen regio met tien gemeenten, het zorgkantoor,
                twee zorgverzekeraars, zorgaanbieders en hun aanspreekpunten. U kunt het later
                gewoon verwijderen.
              </Text>
            </Stack>
          )}
        </Card>
      </Stack>
    </Container>
  );
}
