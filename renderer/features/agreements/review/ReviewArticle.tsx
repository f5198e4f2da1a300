import { Alert, Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateNl } from '../../../../shared/dates';
import { AGREEMENT_STATUS_LABELS, REVIEW_VERDICT_LABELS } from '../../../../shared/domain';
import type { AgreementDetail, Review } from '../../../../shared/schemas/agreement';
import { useQuery } from '../../../data/data';
import { QueryState } from '../../../components/QueryState';
import { REVIEW_STATE_LABELS, STATUS_COLORS } from '../agreementOptions';
import { RichTextView } from '../../../components/richText/RichTextView';
import { ReviewFacts } from './ReviewFacts';

const PROGRESS_SHOWN = 3;

/** Shade 9 on the pale tint of the light variant keeps AA contrast (orange.9 and green.9 do not). */
const REVIEW_STATE_COLORS = {
  wacht: 'indigo.9',
  akkoord: 'teal.9',
  opmerkingen: 'grape.9',
} as const;

/** "Akkoord — Anna de Vries, 22 november 2026". */
export const reviewMarkText = (r: Review) =>
  `${REVIEW_VERDICT_LABELS[r.verdict]} — ${r.reviewerName}, ${formatDateNl(r.on)}`;

/** One agreement in the review view: loads it, and shows it (or why it cannot). */
export function ReviewArticle(props: { id: string; position: string; hidden: boolean }) {
  const agreement = useQuery('agreements.get', { id: props.id });
  return (
    <article className="review-article" hidden={props.hidden} aria-label={props.position}>
      <QueryState query={agreement} label="De afspraak">
        {(a) => <AgreementReading a={a} />}
      </QueryState>
    </article>
  );
}

function AgreementReading({ a }: { a: AgreementDetail }) {
  const progress = [...a.progress]
    .sort((x, y) => y.on.localeCompare(x.on) || y.createdAt.localeCompare(x.createdAt))
    .slice(0, PROGRESS_SHOWN);
  const reviews = [...a.reviews].sort(
    (x, y) => y.on.localeCompare(x.on) || y.createdAt.localeCompare(x.createdAt),
  );
  return (
    <>
      <h2 tabIndex={-1} data-review-title>
        {a.title}
      </h2>
      <Group gap="xs">
        <Badge size="lg" variant="light" color={STATUS_COLORS[a.status]}>
          {AGREEMENT_STATUS_LABELS[a.status]}
        </Badge>
        {a.reviewState && (
          <Badge size="lg" variant="light" color={REVIEW_STATE_COLORS[a.reviewState]}>
            {REVIEW_STATE_LABELS[a.reviewState]}
          </Badge>
        )}
        {a.confidential && (
          <Badge size="lg" variant="light" color="red.9">
            Vertrouwelijk
          </Badge>
        )}
      </Group>

      <ReviewFacts
        f={{
          themes: a.themes.map((t) => t.name),
          parties: a.parties.map((p) => ({ key: p.partyId, name: p.name, role: p.role })),
          owner: a.owner,
          financing: a.financing,
          dekking: a.dekking,
          dates: a,
        }}
      />

      <h3>Beschrijving</h3>
      <RichTextView html={a.descriptionHtml} />

      <h3>Laatste voortgang</h3>
      {progress.length === 0 ? (
        <Text c="dimmed">Nog geen voortgang gemeld.</Text>
      ) : (
        <ul className="review-progress">
          {progress.map((p) => (
            <li key={p.id}>
              <strong>{formatDateNl(p.on)}</strong> — {p.text}
            </li>
          ))}
        </ul>
      )}

      <h3>Beoordelingen</h3>
      {a.reviewState === 'wacht' && a.reviewRequestedOn && (
        <Alert color="blue" mb="sm">
          Ter beoordeling voorgelegd op {formatDateNl(a.reviewRequestedOn)}; wacht op reactie.
        </Alert>
      )}
      {reviews.length === 0 ? (
        <Text c="dimmed">Nog niet beoordeeld.</Text>
      ) : (
        <ul className="review-marks" aria-label={`Beoordelingen van ${a.title}`}>
          {reviews.map((r) => (
            <li key={r.id} data-verdict={r.verdict}>
              <strong>{reviewMarkText(r)}</strong>
              {r.remark && <div>{r.remark}</div>}
            </li>
          ))}
        </ul>
      )}
      <Text mt="md" className="review-no-print">
        <Anchor component={Link} to={`/afspraken/${a.id}`} c="blue.9">
          Naar de volledige afspraak
        </Anchor>
      </Text>
    </>
  );
}
