import { Badge, Group, Text } from '@mantine/core';
import { formatDateNl } from '../../../shared/dates';
import type { AgreementSnapshot } from '../../../shared/review/formats';
import { RichTextView } from '../../components/richText/RichTextView';
import { ReviewFacts } from '../agreements/review/ReviewFacts';

/**
 * One agreement of a beoordelingspakket as the reviewer reads it: the snapshot the coordinator
 * sent, read-only, in the large type of the review view (agreements/review/review.css). Its
 * description is sanitised again here (RichTextView); all other text is text.
 */
export function SnapshotReading({ a, titleId }: { a: AgreementSnapshot; titleId: string }) {
  return (
    <>
      <h2 id={titleId} tabIndex={-1} data-review-title>
        {a.title}
      </h2>
      <Group gap="xs">
        <Badge size="lg" variant="light" color="blue.9">
          {a.statusLabel}
        </Badge>
        {a.confidential && (
          <Badge size="lg" variant="light" color="red.9">
            Vertrouwelijk
          </Badge>
        )}
      </Group>

      <ReviewFacts f={{ ...a, parties: a.parties.map((p, i) => ({ key: String(i), ...p })) }} />

      <h3>Beschrijving</h3>
      <RichTextView html={a.descriptionHtml} />

      <h3>Laatste voortgang</h3>
      {a.progress.length === 0 ? (
        <Text c="dimmed">Nog geen voortgang gemeld.</Text>
      ) : (
        <ul className="review-progress">
          {a.progress.map((p, i) => (
            <li key={i}>
              <strong>{formatDateNl(p.on)}</strong> —{' '}
              <span className="review-remark">{p.text}</span>
            </li>
          ))}
        </ul>
      )}

      <h3>Besluiten</h3>
      {a.decisions.length === 0 ? (
        <Text c="dimmed">Geen besluiten over deze afspraak.</Text>
      ) : (
        <ul className="review-progress">
          {a.decisions.map((d, i) => (
            <li key={i}>
              <span className="review-remark">{d.text}</span>
              <Text c="dimmed" inherit>
                {d.meetingTitle}, {formatDateNl(d.meetingDate)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
