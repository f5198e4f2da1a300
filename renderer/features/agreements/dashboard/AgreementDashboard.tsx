import { Alert, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateNl } from '../../../../shared/dates';
import { AGREEMENT_STATUSES } from '../../../../shared/domain';
import type { Dashboard } from '../../../../shared/schemas/agreementDashboard';
import { useQuery } from '../../../data/data';
import { useCurrentRegion } from '../../../data/useCurrentRegion';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { NoRegion } from '../../../components/NoRegion';
import { DashboardCard } from './DashboardCard';
import { StatusMatrix } from './StatusMatrix';

/** Regio-overzicht van afspraken: theme × status, evaluations, warnings and reviews. */
export function AgreementDashboard() {
  const { region, regionId } = useCurrentRegion();
  const dashboard = useQuery('agreements.dashboard', regionId ? { regionId } : null);
  if (!regionId) return <NoRegion />;

  return (
    <>
      <PageHeader
        title={`Afspraken in ${region?.name ?? 'de regio'}`}
        description={
          dashboard.data
            ? `Stand van ${formatDateNl(dashboard.data.day)}. Elk getal opent de lijst met precies die afspraken.`
            : undefined
        }
        actions={
          <>
            <Button variant="default" component={Link} to="/afspraken">
              Alle afspraken
            </Button>
            <Button component={Link} to="/afspraken?nieuw=1">
              Nieuwe afspraak
            </Button>
          </>
        }
      />
      <QueryState query={dashboard} label="Het overzicht van afspraken">
        {(data) => (totalOf(data) === 0 ? <EmptyDashboard /> : <DashboardBody data={data} />)}
      </QueryState>
    </>
  );
}

const totalOf = (data: Dashboard) =>
  AGREEMENT_STATUSES.reduce((sum, s) => sum + (data.totals[s] ?? 0), 0);

function EmptyDashboard() {
  return (
    <Alert color="blue" title="Nog geen afspraken" role="status">
      <Stack gap="sm" align="flex-start">
        <Text>
          In deze regio zijn nog geen afspraken vastgelegd. Leg de eerste afspraak vast; daarna ziet
          u hier per thema en status hoe de afspraken ervoor staan.
        </Text>
        <Button component={Link} to="/afspraken?nieuw=1">
          Afspraak vastleggen
        </Button>
      </Stack>
    </Alert>
  );
}

function DashboardBody({ data }: { data: Dashboard }) {
  return (
    <Stack gap="xl">
      <section aria-labelledby="matrix-kop">
        <Title order={2} size="h4" id="matrix-kop" mb="xs">
          Per thema en status
        </Title>
        <StatusMatrix data={data} />
      </section>

      <section aria-labelledby="evaluaties-kop">
        <Title order={2} size="h4" id="evaluaties-kop" mb="xs">
          Evaluaties
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DashboardCard
            title="Evaluaties binnen 60 dagen"
            list={data.evaluationsDue}
            filter={{ evaluatie: 'binnen60' }}
            explanation="met een evaluatie in de komende 60 dagen"
            dateLabel="evaluatie"
            emptyText="Geen evaluaties in de komende 60 dagen."
          />
          <DashboardCard
            title="Evaluatie verlopen"
            list={data.evaluationsOverdue}
            filter={{ evaluatie: 'verlopen' }}
            explanation="waarvan de evaluatiedatum voorbij is"
            dateLabel="evaluatie was"
            tone="warning"
            emptyText="Geen verlopen evaluaties."
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="aandacht-kop">
        <Title order={2} size="h4" id="aandacht-kop" mb="xs">
          Vraagt aandacht
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <DashboardCard
            title="Zonder eigenaar"
            list={data.withoutOwner}
            filter={{ eigenaar: 'geen' }}
            explanation="zonder eigenaar"
            tone="warning"
            emptyText="Elke lopende afspraak heeft een eigenaar."
          />
          <DashboardCard
            title="Zonder bestuurlijke dekking"
            list={data.withoutDekking}
            filter={{ dekking: 'nee' }}
            explanation="zonder bestuurlijke dekking"
            tone="warning"
            emptyText="Elke lopende afspraak heeft bestuurlijke dekking."
          />
          <DashboardCard
            title="Vastgesteld, geen voortgang in 6 maanden"
            list={data.staleProgress}
            filter={{ voortgang: 'stil' }}
            explanation="vastgesteld of in uitvoering zonder voortgang in de laatste 6 maanden"
            dateLabel="stil sinds"
            tone="warning"
            emptyText="Van alle vastgestelde afspraken is recent voortgang gemeld."
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="beoordeling-kop">
        <Title order={2} size="h4" id="beoordeling-kop" mb="xs">
          Beoordeling door bestuurders
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <DashboardCard
            title="Wacht op reactie"
            list={data.reviews.wacht}
            filter={{ beoordeling: 'wacht' }}
            explanation="die wachten op een reactie"
            dateLabel="voorgelegd op"
            emptyText="Er wacht niets op een reactie."
          />
          <DashboardCard
            title="Akkoord"
            list={data.reviews.akkoord}
            filter={{ beoordeling: 'akkoord' }}
            explanation="waarmee akkoord is gegeven"
            dateLabel="akkoord op"
            emptyText="Nog geen afspraken met akkoord."
          />
          <DashboardCard
            title="Opmerkingen"
            list={data.reviews.opmerkingen}
            filter={{ beoordeling: 'opmerkingen' }}
            explanation="met opmerkingen van een beoordelaar"
            dateLabel="opmerking op"
            emptyText="Geen openstaande opmerkingen."
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="xs">
          Laat afspraken beoordelen via de lijst: selecteer ze en kies <strong>Beoordelen</strong>.
        </Text>
      </section>
    </Stack>
  );
}
