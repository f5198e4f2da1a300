/**
 * The beoordelingspakketten in the exchange format (docs/exchange-format.md), added to version 1
 * after its first release (issue 23): each package with its agreements nested (the hash and the
 * snapshot as sent, to say later what changed), and the responses read in with, per review they
 * added, the version reviewed and what had changed. The reviews themselves are in
 * `agreementReviews`.
 */
import { z } from '../zod';
import { id, timestamp } from '../schemas/common';
import { agreementSnapshot, contentHash, REVIEW_MAX_AGREEMENTS } from '../review/formats';
import { date, line, name, text } from './fields';

const atMost = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `Hoogstens ${max} ${what}` });

export const exchangeReviewPackage = z
  .object({
    id,
    regionId: id,
    /** The person from the register it was sent to (null: since purged). */
    reviewerId: id.nullable(),
    reviewerName: name(160, 'Naam van de beoordelaar'),
    senderName: name(120, 'Naam van de afzender'),
    senderOrganisation: line(160, 'Organisatie'),
    message: text(5000, 'Het bericht'),
    replyBy: date,
    includeConfidential: z.boolean(),
    createdAt: timestamp,
    actor: line(300, 'Door wie'),
    /** In package order; the snapshot is the file's without its hash (a scrubbed one differs). */
    agreements: atMost(
      z
        .object({
          agreementId: id,
          hash: contentHash,
          snapshot: agreementSnapshot.omit({ hash: true }),
        })
        .strict(),
      REVIEW_MAX_AGREEMENTS,
      'afspraken in één pakket',
    ).min(1, { error: 'Een beoordelingspakket bevat minstens één afspraak' }),
  })
  .strict();

export const exchangeReviewResponse = z
  .object({
    id,
    packageId: id,
    /** SHA-256 of the response as read in: the same file twice adds nothing. */
    contentHash,
    savedAt: timestamp,
    receivedAt: timestamp,
    generalRemark: text(5000, 'De algemene opmerking'),
    fileName: name(260, 'Bestandsnaam'),
    actor: line(300, 'Door wie'),
    /** The reviews (agreementReviews) this response added. */
    verdicts: atMost(
      z
        .object({
          reviewId: id,
          reviewedHash: contentHash,
          /** Dutch labels of what had changed since the package; empty: the version sent. */
          changed: atMost(line(100, 'Veld'), 50, 'gewijzigde velden'),
        })
        .strict(),
      REVIEW_MAX_AGREEMENTS,
      'oordelen in één reactie',
    ),
  })
  .strict();
