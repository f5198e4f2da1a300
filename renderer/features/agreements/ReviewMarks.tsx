import { Badge, Stack, Text, Title } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import type { AgreementDetail } from '../../../shared/schemas/agreement';
import { REVIEW_STATE_LABELS } from './agreementOptions';

/** "Akkoord door … op …" and remarks, plus whether a review is awaited. */
export function ReviewMarks({ agreement: a }: { agreement: AgreementDetail }) {
  if (a.reviews.length === 0 && !a.reviewRequestedOn) return null;
  return (
    <section aria-labelledby="beoordeling-kop">
      <Title order={2} size="h4" id="beoordeling-kop" mb="xs">
        Beoordeling
      </Title>
      {a.reviewState && (
        <Badge
          variant="light"
          color={
            a.reviewState === 'akkoord'
              ? '#1e6b2f'
              : a.reviewState === 'wacht'
                ? 'cyan.9'
                : 'violet.9'
          }
          mb="xs"
        >
          {REVIEW_STATE_LABELS[a.reviewState]}
        </Badge>
      )}
      {a.reviewRequestedOn && (
        <Text size="sm" c="dimmed">
          Ter beoordeling voorgelegd op {formatDateNl(a.reviewRequestedOn)}.
        </Text>
      )}
      <Stack gap={6} mt="xs">
        {a.reviews.map((r) => (
          <div key={r.id}>
            <Text size="sm" fw={600}>
              {r.verdict === 'akkoord' ? 'Akkoord' : 'Opmerking'} door {r.reviewerName} op{' '}
              {formatDateNl(r.on)}
            </Text>
            {r.remark && (
              <Text size="sm" className="agreement-timeline-text">
                {r.remark}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </section>
  );
}
