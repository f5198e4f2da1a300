import { formatNumberNl } from '../../../../shared/numbers';
import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../../data/data';
import { listLink, type ListFilter } from './dashboardLinks';

/** The small "Afspraken" card on the Overzicht screen: key counts and the way to the dashboard. */
export function AgreementSummaryCard({ regionId }: { regionId: string }) {
  const dashboard = useQuery('agreements.summary', { regionId });
  const data = dashboard.data;
  const total = data?.total ?? 0;
  const figures: { label: string; n: number; filter: ListFilter }[] = data
    ? [
        { label: total === 1 ? 'afspraak' : 'afspraken', n: total, filter: {} },
        {
          label: 'evaluatie verlopen',
          n: data.evaluationOverdue,
          filter: { evaluatie: 'verlopen' },
        },
        { label: 'zonder eigenaar', n: data.withoutOwner, filter: { eigenaar: 'geen' } },
        {
          label: 'wacht op reactie',
          n: data.reviewWaiting,
          filter: { beoordeling: 'wacht' },
        },
      ]
    : [];
  return (
    <Card withBorder component="section" aria-labelledby="afspraken-samenvatting" mb="lg">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4" id="afspraken-samenvatting">
          Afspraken
        </Title>
        <Anchor component={Link} to="/afspraken/overzicht" fw={600} c="blue.9">
          Naar het overzicht van afspraken
        </Anchor>
      </Group>
      {dashboard.error && !data && (
        <Text size="sm" c="dimmed" mt="xs">
          De aantallen konden niet worden geladen.
        </Text>
      )}
      {figures.length > 0 && (
        <Group gap="xl" mt="xs">
          {figures.map((f) => (
            <Text key={f.label} size="sm">
              {f.n > 0 ? (
                <Anchor
                  component={Link}
                  to={listLink(f.filter)}
                  fw={700}
                  fz="lg"
                  c="blue.9"
                  aria-label={`${formatNumberNl(f.n)} ${f.label}`}
                >
                  {formatNumberNl(f.n)}
                </Anchor>
              ) : (
                <Text span fw={700} fz="lg">
                  0
                </Text>
              )}{' '}
              {f.label}
            </Text>
          ))}
        </Group>
      )}
    </Card>
  );
}
