import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
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
import { OpenPackagesCard } from '../../reviewPackages/OpenPackagesCard';
import { DASHBOARD_SECTIONS } from './dashboardSections';
import { StatusMatrix } from './StatusMatrix';
import { EmptyState } from '../../../components/EmptyState';

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
        {(data) =>
          totalOf(data) === 0 ? (
            <EmptyDashboard />
          ) : (
            <DashboardBody data={data} regionId={regionId} />
          )
        }
      </QueryState>
    </>
  );
}

const totalOf = (data: Dashboard) =>
  AGREEMENT_STATUSES.reduce((sum, s) => sum + (data.totals[s] ?? 0), 0);

function EmptyDashboard() {
  return (
    <EmptyState
      title="Nog geen afspraken"
      role="status"
      action={
        <Button component={Link} to="/afspraken?nieuw=1">
          Afspraak vastleggen
        </Button>
      }
    >
      In deze regio zijn nog geen afspraken vastgelegd. Leg de eerste afspraak vast; daarna ziet u
      hier per thema en status hoe de afspraken ervoor staan.
    </EmptyState>
  );
}

function DashboardBody({ data, regionId }: { data: Dashboard; regionId: string }) {
  return (
    <Stack gap="xl">
      <section aria-labelledby="matrix-kop">
        <Title order={2} size="h4" id="matrix-kop" mb="xs">
          Per thema en status
        </Title>
        <StatusMatrix data={data} />
      </section>
      {DASHBOARD_SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <Title order={2} size="h4" id={section.id} mb="xs">
            {section.title}
          </Title>
          <SimpleGrid cols={section.cols}>
            {section.cards.map(({ list, ...card }) => (
              <DashboardCard key={card.title} {...card} list={list(data)} />
            ))}
          </SimpleGrid>
          {section.id === 'beoordeling-kop' && (
            <Text size="sm" c="dimmed" mt="xs">
              Laat afspraken beoordelen via de lijst: selecteer ze en kies{' '}
              <strong>Beoordelen</strong>.
            </Text>
          )}
        </section>
      ))}
      <OpenPackagesCard regionId={regionId} />
    </Stack>
  );
}
