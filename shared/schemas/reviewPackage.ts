/**
 * The coordinator's side of "beoordelen op de eigen laptop" (issue 23): making a
 * beoordelingspakket, the packages sent, and a response read in. The two files themselves are
 * shared/review/formats.ts.
 */
import { z } from '../zod';
import { id, isoDate, optionalText } from './common';
import { reviewVerdict } from './agreement';
import { REVIEW_FILE_MAX_BYTES, REVIEW_MAX_AGREEMENTS } from '../review/formats';

/** Which agreements go in: a selection, a meeting's agenda, or all that wait for a reaction. */
export const reviewPackageSource = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('agreements'),
        agreementIds: z
          .array(id)
          .min(1, { error: 'Kies minstens één afspraak' })
          .max(REVIEW_MAX_AGREEMENTS, {
            error: `Kies hoogstens ${REVIEW_MAX_AGREEMENTS} afspraken voor één pakket`,
          }),
      })
      .strict(),
    z.object({ kind: z.literal('meeting'), meetingId: id }).strict(),
    z.object({ kind: z.literal('waiting'), regionId: id }).strict(),
  ],
  { error: 'Kies welke afspraken in het pakket komen' },
);
export type ReviewPackageSource = z.output<typeof reviewPackageSource>;

export const reviewPackagePreviewInput = z
  .object({
    source: reviewPackageSource,
    includeConfidential: z.boolean().default(false),
  })
  .strict();

export const reviewPackagePreview = z.object({
  regionId: id,
  regionName: z.string(),
  /** The agreements the source gives, in package order; `included` false: confidential, left out. */
  agreements: z.array(
    z.object({ id, title: z.string(), confidential: z.boolean(), included: z.boolean() }),
  ),
  included: z.number().int(),
  confidentialLeftOut: z.number().int(),
});
export type ReviewPackagePreview = z.output<typeof reviewPackagePreview>;

export const reviewPackageRequest = z
  .object({
    source: reviewPackageSource,
    reviewerId: id,
    message: optionalText('Bericht', 5000),
    replyBy: isoDate.nullable().default(null),
    includeConfidential: z.boolean().default(false),
  })
  .strict();
export type ReviewPackageRequest = z.output<typeof reviewPackageRequest>;

/** One package sent, as the lists show it. */
export const reviewPackageItem = z.object({
  id,
  reviewerId: id.nullable(),
  reviewerName: z.string(),
  createdAt: z.string(),
  replyBy: z.string().nullable(),
  agreements: z.number().int(),
  /** Responses read in (0: not answered yet). */
  responses: z.number().int(),
  lastResponseAt: z.string().nullable(),
  /** Not answered, and the reply-by date has passed. */
  overdue: z.boolean(),
});
export type ReviewPackageItem = z.output<typeof reviewPackageItem>;

export const reviewPackageList = z.object({
  packages: z.array(reviewPackageItem),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type ReviewPackageList = z.output<typeof reviewPackageList>;

export const reviewPackagesOfAgreement = z.object({
  packages: z.array(reviewPackageItem),
  /** The reviews that came from a package: which, and what had changed since it was made. */
  reviews: z.array(
    z.object({
      reviewId: id,
      packageId: id,
      packageCreatedAt: z.string(),
      /** Dutch labels of what changed since the package was made; empty: the version sent. */
      changed: z.array(z.string()),
    }),
  ),
});
export type ReviewPackagesOfAgreement = z.output<typeof reviewPackagesOfAgreement>;

export const reviewResponseImportInput = z
  .object({
    text: z.string().max(REVIEW_FILE_MAX_BYTES, { error: 'Het bestand is groter dan 5 MB' }),
    fileName: z.string().trim().min(1).max(260, { error: 'De bestandsnaam is te lang' }),
  })
  .strict();

export const reviewResponseImported = z.object({
  packageId: id,
  regionId: id,
  reviewerName: z.string(),
  packageCreatedAt: z.string(),
  /** The same file was read in before: nothing was added. */
  alreadyRead: z.boolean(),
  added: z.number().int(),
  alreadyThere: z.number().int(),
  earlierVersion: z.number().int(),
  generalRemark: z.string(),
  verdicts: z.array(
    z.object({
      agreementId: id,
      title: z.string(),
      verdict: reviewVerdict,
      remark: z.string(),
      on: z.string(),
      /** Added now (false: an earlier response of this package had it). */
      added: z.boolean(),
      changed: z.array(z.string()),
    }),
  ),
});
export type ReviewResponseImported = z.output<typeof reviewResponseImported>;

/** The dialog's fields (the source is given by where it was opened). */
export const reviewPackageForm = z
  .object({
    reviewerId: id.nullable().refine((v) => v !== null, { error: 'Kies de beoordelaar' }),
    message: optionalText('Bericht', 5000),
    replyBy: isoDate.nullable(),
    includeConfidential: z.boolean(),
    html: z.boolean(),
  })
  .strict();
export type ReviewPackageFormValues = z.input<typeof reviewPackageForm>;
