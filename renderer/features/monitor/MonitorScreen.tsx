import { Button, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { countNl } from '../../../shared/numbers';
import type { Monitor, MonitorSeries } from '../../../shared/schemas/monitor';
import { regionTitle } from '../../../shared/withNoun';
import { useQuery } from '../../data/data';
import { useCurrentRegion } from '../../data/useCurrentRegion';
import { EmptyState } from '../../components/EmptyState';
import { NoRegion } from '../../components/NoRegion';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FactorChart, FactorTable } from './FactorChart';
import { GradeChart } from './GradeChart';
import { change, grade } from './monitorFormat';
import { SeriesTable } from './SeriesTable';
import './monitor.css';

/**
 * The samenwerkingsmonitor of the current region (issue 22, item 3): the rapportcijfers of the
 * enquêtes in its gespreksverslagen per year, overall and per kind of party, with the nulmeting
 * marked and each later year's change against it; the factors named; the same per theme. Every
 * chart has its numbers beside it as a table, which is its text alternative.
 */
export function MonitorScreen() {
  const { region, regionId } = useCurrentRegion();
  const monitor = useQuery('monitor.get', regionId ? { regionId } : null);
  if (!regionId) return <NoRegion />;
  return (
    <>
      <PageHeader
        title="Samenwerkingsmonitor"
        description={
          region
            ? `Hoe de partijen in ${regionTitle(region.name)} de samenwerking beoordelen, uit de enquêtes bij de gespreksverslagen.`
            : undefined
        }
      />
      <QueryState query={monitor} label="Samenwerkingsmonitor">
        {(m) => (m.surveys === 0 ? <NoSurveys /> : <MonitorContent monitor={m} />)}
      </QueryState>
    </>
  );
}

function NoSurveys() {
  return (
    <EmptyState
      title="Nog geen enquêtes"
      action={
        <Button component={Link} to="/gespreksverslagen">
          Naar de gespreksverslagen
        </Button>
      }
    >
      Nog geen enquêtes: voeg enquête-invoer toe aan een gespreksverslag. Het eerste jaar met
      enquêtes wordt de nulmeting; elk later jaar laat zien hoeveel het cijfer sindsdien veranderde.
    </EmptyState>
  );
}

function MonitorContent({ monitor: m }: { monitor: Monitor }) {
  const points = m.overall.points;
  const base = points.find((p) => p.baseline);
  const last = points.at(-1);
  const grades = [m.overall, ...m.byPartyType];
  const trend = seriesTrend(m.overall);
  const named = m.factors.some((f) => f.positive + f.negative > 0);
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure label="Enquêtes">{countNl(m.surveys, 'enquête', 'enquêtes')}</Figure>
        <Figure label="Nulmeting">{base ? `${grade(base.average)} in ${base.year}` : '—'}</Figure>
        <Figure label="Laatste jaar">
          {last && last !== base
            ? `${grade(last.average)} in ${last.year} (${change(last.change ?? 0)})`
            : '—'}
        </Figure>
        <Figure label="Cijfer bij aanvang, gemiddeld">
          {m.startAverage === null ? 'Niet ingevuld' : grade(m.startAverage)}
        </Figure>
      </SimpleGrid>

      <Section
        id="monitor-cijfers"
        title="Rapportcijfer per jaar"
        lead="Het gemiddelde rapportcijfer (1 tot 10) per jaar, van alle partijen samen en per soort partij die de enquête invulde. Het eerste jaar van elke reeks is de nulmeting; bij elk later jaar staat de verandering ten opzichte daarvan."
      >
        {points.length === 0 ? (
          <Text c="dimmed">Er zijn nog geen rapportcijfers voor nu ingevuld.</Text>
        ) : (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <GradeChart
                series={grades}
                label={`Lijngrafiek van het gemiddelde rapportcijfer per jaar, alle partijen en per soort partij; ${trend}. De cijfers staan in de tabel ernaast.`}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <SeriesTable
                caption="Gemiddeld rapportcijfer per jaar, alle partijen en per soort partij"
                series={grades}
              />
            </Grid.Col>
          </Grid>
        )}
      </Section>

      <Section
        id="monitor-factoren"
        title="Factoren"
        lead="Hoe vaak elke factor uit de enquête is genoemd als positief of als negatief voor de samenwerking."
      >
        {named ? (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <FactorChart
                factors={m.factors}
                label="Staafdiagram van hoe vaak elke factor als positief en als negatief is genoemd. De aantallen staan in de tabel ernaast."
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <FactorTable factors={m.factors} />
            </Grid.Col>
          </Grid>
        ) : (
          <Text c="dimmed">Er zijn nog geen factoren genoemd.</Text>
        )}
      </Section>

      <Section
        id="monitor-themas"
        title="Per thema"
        lead="Het gemiddelde rapportcijfer per jaar van de verslagen met dat thema; de nulmeting is het eerste jaar van elk thema."
      >
        {m.byTheme.length ? (
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <GradeChart
                series={m.byTheme}
                overall={false}
                label={`Lijngrafiek van het gemiddelde rapportcijfer per jaar per thema; ${m.byTheme
                  .map((s) => `${s.label}: ${seriesTrend(s)}`)
                  .join('; ')}. De cijfers staan in de tabel ernaast.`}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <SeriesTable
                caption="Gemiddeld rapportcijfer per jaar per thema"
                series={m.byTheme}
              />
            </Grid.Col>
          </Grid>
        ) : (
          <Text c="dimmed">Geen enquêtes bij verslagen met een thema.</Text>
        )}
      </Section>
    </Stack>
  );
}

/** "nulmeting 2020: 5,0; 2026: 8,0 (+3,0)", what a series' line shows in words. */
function seriesTrend(series: MonitorSeries): string {
  const base = series.points.find((p) => p.baseline);
  const last = series.points.at(-1);
  if (!base || !last) return 'nog geen rapportcijfers voor nu ingevuld';
  const now =
    last === base ? '' : `; ${last.year}: ${grade(last.average)} (${change(last.change ?? 0)})`;
  return `nulmeting ${base.year}: ${grade(base.average)}${now}`;
}

function Figure(props: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Text size="lg" fw={700}>
        {props.children}
      </Text>
    </Paper>
  );
}

function Section(props: { id: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id} mb={4}>
        {props.title}
      </Title>
      <Text c="dimmed" mb="md" maw={860}>
        {props.lead}
      </Text>
      {props.children}
    </section>
  );
}
