import {
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUSES,
  FINANCING_STREAMS,
  REVIEW_VERDICTS,
} from '../domain';
import { z } from '../zod';
import { agreementDecision } from './decisionLink';
import {
  allRequired,
  cleanText,
  id,
  isoDate,
  optionalDate,
  optionalText,
  recordMeta,
  requiredText,
} from './common';
import { partyType } from './party';
import { textFieldSet } from './textFields';

export const agreementStatus = z.enum(AGREEMENT_STATUSES, { error: 'Kies een status' });
export const agreementPartyRole = z.enum(AGREEMENT_PARTY_ROLES, {
  error: 'Kies de rol van de partij',
});
export const financingStream = z.enum(FINANCING_STREAMS, { error: 'Kies Wmo, Zvw of Wlz' });
export const reviewVerdict = z.enum(REVIEW_VERDICTS, { error: 'Kies akkoord of opmerking' });

/** Rich text as HTML; the main process sanitises it on save, the renderer again on display. */
export const richText = cleanText(
  z.string().max(200_000, { error: 'De tekst is te lang (hoogstens 200.000 tekens)' }),
  'De tekst',
  'multi',
  // Tabs in code blocks stay as they are.
  { normalise: false },
).default('');

const unique =
  <T>(label: string) =>
  (values: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T>();
    values.forEach((v, i) => {
      if (seen.has(v))
        ctx.addIssue({ code: 'custom', path: [i], message: `${label} staat er dubbel in` });
      seen.add(v);
    });
  };

/** Bestuurlijke dekking: granted by whom or which meeting, and when — or "nog niet". */
export const dekking = z
  .object({
    granted: z.boolean().default(false),
    by: cleanText(
      z.string().trim().max(300, { error: 'Hoogstens 300 tekens' }),
      'Door wie',
      'single',
    ).default(''),
    on: optionalDate,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.granted && !v.by) {
      ctx.addIssue({ code: 'custom', path: ['by'], message: 'Vul in door wie of in welk overleg' });
    }
  })
  .default({ granted: false, by: '', on: null });

/**
 * The agreement's plain text fields besides the title, each defined once here: the form's
 * rules, the detail's facts, the list item, the CSV and the exchange format all follow from
 * this object. A new one needs its column (migration and db/schema), its label
 * (shared/fieldLabels.ts) and its input in the form (docs/architecture.md, "Add a field").
 */
const agreementText = textFieldSet({
  /** The case number in the municipality's document system (free text). */
  caseNumber: optionalText('Zaaknummer', 60, 'single'),
});
export const agreementTextFields = agreementText.fields;
export type AgreementTextField = (typeof agreementText.keys)[number];
export const AGREEMENT_TEXT_FIELDS = agreementText.keys;
/** The text fields as stored and answered (plain strings). */
export const storedTextFields = agreementText.stored;
/** Every text field empty (a new agreement's form). */
export const EMPTY_TEXT_FIELDS = agreementText.empty;
/** Just the text fields of a record (an agreement, a list item, form values). */
export const textFieldsOf = agreementText.of;

const agreementShape = {
  title: requiredText('Titel', 200),
  ...agreementTextFields,
  descriptionHtml: richText,
  themeIds: z
    .array(id)
    .min(1, { error: 'Kies minstens één thema' })
    .max(30)
    .superRefine(unique('Dit thema')),
  parties: z
    .array(z.object({ partyId: id, role: agreementPartyRole }).strict())
    .max(300)
    .superRefine((list, ctx) =>
      unique<string>('Deze partij')(
        list.map((p) => p.partyId),
        ctx,
      ),
    )
    .default([]),
  ownerId: id.nullable().default(null),
  financing: z.array(financingStream).superRefine(unique('Deze financieringsstroom')).default([]),
  adoptedOn: optionalDate,
  startDate: optionalDate,
  endDate: optionalDate,
  nextEvaluation: optionalDate,
  dekking,
  confidential: z.boolean().default(false),
};

function datesInOrder(
  v: { startDate: string | null; endDate: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'De einddatum ligt vóór de startdatum',
    });
  }
}

export const agreementCreate = z
  .object({
    regionId: id,
    ...agreementShape,
    /** The besluit that created this agreement (made from the meeting's besluitenlijst). */
    fromDecisionId: id.nullable().default(null),
  })
  .strict()
  .superRefine(datesInOrder);
/**
 * An edit's base is only compared with what is stored, never written: any values (a stored
 * agreement need not pass today's rules for a new one, e.g. an imported one without a theme).
 */
const agreementBase = z
  .object(
    Object.fromEntries(Object.keys(agreementShape).map((k) => [k, z.unknown()])) as {
      [K in keyof typeof agreementShape]: z.ZodUnknown;
    },
  )
  .strict();
/**
 * Every field is required on update, so an omitted field can never wipe stored data. `base`: the
 * stored values the edit started from (its draft may be days old); a save on an older base is
 * refused (shared/api/staleBase.ts), so it never silently replaces what was saved meanwhile.
 */
export const agreementUpdate = z
  .object({
    id,
    ...allRequired(agreementShape),
    base: agreementBase.optional(),
  })
  .strict()
  .superRefine(datesInOrder);
export type AgreementFields = z.input<typeof agreementCreate>;

export const agreementTransition = z
  .object({
    id,
    to: agreementStatus,
    on: isoDate,
    note: optionalText('Toelichting', 2000),
    /** Required when the agreement becomes vervallen. */
    reason: optionalText('Reden', 2000),
  })
  .strict();

/** Takes back the latest status change; `status` is the status the user saw it reach. */
export const agreementUndoTransition = z.object({ id, status: agreementStatus }).strict();

export const progressCreate = z
  .object({
    agreementId: id,
    on: isoDate,
    text: requiredText('Voortgang', 5000, 'multi'),
    /** Optional status change recorded together with the update. */
    status: agreementStatus.nullable().default(null),
    reason: optionalText('Reden', 2000),
  })
  .strict();

export const reviewCreate = z
  .object({
    agreementIds: z
      .array(id)
      .min(1, { error: 'Kies minstens één afspraak' })
      .max(500, { error: 'Kies hoogstens 500 afspraken tegelijk' }),
    reviewerName: requiredText('Naam', 120),
    on: isoDate,
    verdict: reviewVerdict,
    remark: optionalText('Opmerking', 5000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.verdict === 'opmerking' && !v.remark) {
      ctx.addIssue({ code: 'custom', path: ['remark'], message: 'Schrijf uw opmerking' });
    }
  });

export const reviewRequest = z
  .object({
    agreementIds: z
      .array(id)
      .min(1, { error: 'Kies minstens één afspraak' })
      .max(500, { error: 'Kies hoogstens 500 afspraken tegelijk' }),
    on: isoDate,
  })
  .strict();

export const agreement = z.object({
  ...recordMeta,
  regionId: id,
  title: z.string(),
  ...storedTextFields,
  descriptionHtml: z.string(),
  descriptionText: z.string(),
  status: agreementStatus,
  ownerId: id.nullable(),
  adoptedOn: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  nextEvaluation: z.string().nullable(),
  dekking: z.object({ granted: z.boolean(), by: z.string(), on: z.string().nullable() }),
  confidential: z.boolean(),
  reviewRequestedOn: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreement>;

export const REVIEW_STATES = ['wacht', 'akkoord', 'opmerkingen'] as const;
/** Where an agreement's review stands: waiting, or the latest verdict (db/agreementSql.ts). */
export const reviewStateValue = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof reviewStateValue>;
export const reviewState = reviewStateValue.nullable();

export const statusChange = z.object({
  id,
  from: agreementStatus.nullable(),
  to: agreementStatus,
  on: z.string(),
  at: z.string(),
  actor: z.string(),
  note: z.string(),
  reason: z.string(),
});

export const progressUpdate = z.object({
  id,
  agreementId: id,
  on: z.string(),
  text: z.string(),
  statusChangeId: id.nullable(),
  actor: z.string(),
  createdAt: z.string(),
});

/**
 * A review read in from the response to a beoordelingspakket (electron/api/reviewPackages.ts):
 * which package, when it was made, and what had changed since (Dutch field labels; empty: the
 * version reviewed was the current one, else "beoordeeld op een eerdere versie").
 */
export const reviewFromPackage = z.object({
  packageId: id,
  packageCreatedAt: z.string(),
  changed: z.array(z.string()),
});
export type ReviewFromPackage = z.infer<typeof reviewFromPackage>;

export const review = z.object({
  id,
  agreementId: id,
  reviewerName: z.string(),
  on: z.string(),
  verdict: reviewVerdict,
  remark: z.string(),
  createdAt: z.string(),
  /** Null: recorded in this dossier (agreements.review), not read in from a package. */
  fromPackage: reviewFromPackage.nullable(),
});
export type Review = z.infer<typeof review>;

/** What a line of an agreement's timeline is: a status change, progress, a review, or history. */
export const ACTIVITY_KINDS = ['status', 'progress', 'review', 'history'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const timelineEntry = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  /** Sort key: the moment it was recorded (ISO timestamp). */
  at: z.string(),
  /** The date it is about (YYYY-MM-DD), shown to the user. */
  on: z.string(),
  title: z.string(),
  text: z.string(),
  actor: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const agreementDetail = agreement.extend({
  regionName: z.string(),
  themes: z.array(z.object({ id, name: z.string() })),
  parties: z.array(
    z.object({ partyId: id, name: z.string(), type: partyType, role: agreementPartyRole }),
  ),
  owner: z.object({ id, name: z.string(), function: z.string() }).nullable(),
  financing: z.array(financingStream),
  allowedTransitions: z.array(agreementStatus),
  statusHistory: z.array(statusChange),
  progress: z.array(progressUpdate),
  reviews: z.array(review),
  reviewState,
  /** "Evaluatie verlopen" today (shared/agreementStatus.ts isEvaluationOverdue). */
  evaluationOverdue: z.boolean(),
  /** Meeting decisions that created or changed this agreement (filled by the meetings module). */
  decisionLinks: z.array(agreementDecision),
  timeline: z.array(timelineEntry),
});
export type AgreementDetail = z.infer<typeof agreementDetail>;
