import { List, Text, Title } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import { useQuery } from '../../data/data';

/**
 * An agreement's beoordelingspakketten, under its Beoordeling: to whom and when it was sent,
 * reply-by, answered or not; and the reviews that came from a package on an earlier version,
 * with what changed since.
 */
export function AgreementPackages({ agreementId }: { agreementId: string }) {
  const data = useQuery('reviewPackages.forAgreement', { id: agreementId }).data;
  if (!data || data.packages.length === 0) return null;
  const earlier = data.reviews.filter((r) => r.changed.length > 0);
  return (
    <section aria-labelledby="pakketten-afspraak-kop">
      <Title order={3} size="h5" mt="md" mb={4} id="pakketten-afspraak-kop">
        Beoordelingspakketten
      </Title>
      <List size="sm" spacing={4}>
        {data.packages.map((p) => (
          <List.Item key={p.id}>
            Voorgelegd aan {p.reviewerName} op {formatDateNl(p.createdAt.slice(0, 10))}
            {p.replyBy ? `, reageren vóór ${formatDateNl(p.replyBy)}` : ''}:{' '}
            {p.responses > 0
              ? `reactie ontvangen op ${formatDateNl(p.lastResponseAt!.slice(0, 10))}`
              : p.overdue
                ? 'te laat, nog geen reactie'
                : 'wacht op reactie'}
            .
          </List.Item>
        ))}
      </List>
      {earlier.map((r) => (
        <Text key={r.reviewId} size="sm" c="orange.9" mt={4}>
          Een oordeel uit het pakket van {formatDateNl(r.packageCreatedAt.slice(0, 10))} is
          beoordeeld op een eerdere versie; sindsdien gewijzigd: {r.changed.join(', ')}.
        </Text>
      ))}
    </section>
  );
}
