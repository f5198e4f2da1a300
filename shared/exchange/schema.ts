/**
 * The exchange format (docs/exchange-format.md): one JSON document holding everything stored.
 * Later versions extend it additively; collection names are the code names of docs/architecture.md §4.
 */
import { AUDIT_ACTIONS, ENTITIES, FINANCING_STREAMS } from '../domain';
import { z } from '../zod';
import { email, id, isoDate, phone, timestamp } from '../schemas/common';
import { auditChanges } from './auditChanges';
import { checked, date, line, meta, name, text } from './fields';
import { meetingCounts } from './meetingCounts';
import { exchangeConversation, exchangeConversationVersion } from './conversations';
import { exchangeReviewPackage, exchangeReviewResponse } from './reviewPackages';
import {
  exchangeActionItem,
  exchangeAgendaItem,
  exchangeDecision,
  exchangeMeeting,
  exchangeMinutesVersion,
} from './meetings';
import { membershipRole, partyType } from '../schemas/party';
import { roleKind } from '../schemas/roleAssignment';
import {
  agreementPartyRole,
  agreementStatus,
  financingStream,
  reviewVerdict,
  agreementTextFields,
} from '../schemas/agreement';
import { decisionLink } from '../schemas/decisionLink';

export const EXCHANGE_FORMAT = 'regiodossier';
export const EXCHANGE_VERSION = 1;

export const exchangeRegion = z
  .object({
    ...meta,
    name: name(120),
    zorgkantoorNumber: z.number().int().min(1).max(999).nullable(),
    description: text(5000),
  })
  .strict();

export const exchangeParty = z
  .object({ ...meta, type: partyType, name: name(160), notes: text(5000) })
  .strict();

export const exchangeMembership = z
  .object({ ...meta, regionId: id, partyId: id, role: membershipRole, since: date, until: date })
  .strict();

export const exchangeContact = z
  .object({
    ...meta,
    name: name(160),
    function: line(160, 'Functie'),
    partyId: id.nullable(),
    email,
    phone,
    notes: text(5000),
    active: z.boolean(),
  })
  .strict();

export const exchangeRoleAssignment = z
  .object({
    ...meta,
    regionId: id,
    contactId: id,
    partyId: id.nullable(),
    role: roleKind,
    themeId: id.nullable(),
    mandate: text(2000),
    since: date,
    until: date,
  })
  .strict()
  .superRefine((r, ctx) => {
    // As db/check.ts: a trekker (thema) that is not in the Prullenbak leads a theme.
    if (r.role === 'trekker_thema' && r.themeId === null && r.deletedAt === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['themeId'],
        message: 'Een trekker (thema) heeft een thema nodig',
      });
    }
  });

export const exchangeTheme = z
  .object({
    ...meta,
    name: name(80),
    archivedAt: timestamp.nullable(),
    sortOrder: z.number().int(),
  })
  .strict();

/** An agreement with its themes, parties, financing streams and decision links nested. */
export const exchangeAgreement = z
  .object({
    ...meta,
    regionId: id,
    title: name(200, 'Titel'),
    /** The domain's own rules; absent in older files (the zaaknummer came later): ''. */
    ...agreementTextFields,
    /** Sanitised again on import; the plain-text and search columns are derived from it. */
    descriptionHtml: text(200_000),
    status: agreementStatus,
    ownerId: id.nullable(),
    adoptedOn: date,
    startDate: date,
    endDate: date,
    nextEvaluation: date,
    dekking: z.object({ granted: z.boolean(), by: line(300, 'Door wie'), on: date }).strict(),
    confidential: z.boolean(),
    reviewRequestedOn: date,
    // The maxima of the agreement form (shared/schemas/agreement.ts).
    themeIds: z.array(id).max(30, { error: "Hoogstens 30 thema's per afspraak" }),
    parties: z
      .array(z.object({ partyId: id, role: agreementPartyRole }).strict())
      .max(300, { error: 'Hoogstens 300 partijen per afspraak' }),
    financing: z
      .array(financingStream)
      .max(FINANCING_STREAMS.length, { error: 'Elke financieringsstroom hoogstens één keer' }),
    decisionLinks: z.array(decisionLink.strict()),
  })
  .strict();

/** One step in an agreement's lifecycle (no soft delete: it goes with its agreement). */
export const exchangeStatusChange = z
  .object({
    id,
    agreementId: id,
    from: agreementStatus.nullable(),
    to: agreementStatus,
    on: isoDate,
    at: timestamp,
    actor: line(300, 'Door wie'),
    note: text(2000),
    reason: text(2000),
  })
  .strict();

export const exchangeProgressUpdate = z
  .object({
    ...meta,
    agreementId: id,
    on: isoDate,
    text: checked(
      z.string().trim().min(1, { error: 'Voortgang is verplicht' }).max(5000),
      'Voortgang',
      'multi',
    ),
    statusChangeId: id.nullable(),
    actor: line(300, 'Door wie'),
  })
  .strict();

export const exchangeReview = z
  .object({
    id,
    agreementId: id,
    reviewerName: name(120),
    on: isoDate,
    verdict: reviewVerdict,
    remark: text(5000),
    createdAt: timestamp,
  })
  .strict();

export const exchangeAuditEntry = z
  .object({
    entity: z.enum(ENTITIES),
    entityId: id,
    action: z.enum(AUDIT_ACTIONS),
    at: timestamp,
    actor: line(300, 'Door wie'),
    changes: auditChanges,
  })
  .strict();

export const exchangeDocument = z
  .object({
    format: z.literal(EXCHANGE_FORMAT, { error: 'Dit is geen Regiodossier-uitwisselbestand' }),
    version: z.literal(EXCHANGE_VERSION, {
      error: `Alleen versie ${EXCHANGE_VERSION} van het uitwisselformaat wordt ondersteund`,
    }),
    exportedAt: timestamp,
    /** Set when the export was limited to one region. */
    regionId: id.nullable(),
    regions: z.array(exchangeRegion),
    parties: z.array(exchangeParty),
    regionMemberships: z.array(exchangeMembership),
    contacts: z.array(exchangeContact),
    roleAssignments: z.array(exchangeRoleAssignment),
    themes: z.array(exchangeTheme),
    // Added after the first release of version 1: absent in older files.
    agreements: z.array(exchangeAgreement).default([]),
    agreementStatusChanges: z.array(exchangeStatusChange).default([]),
    progressUpdates: z.array(exchangeProgressUpdate).default([]),
    agreementReviews: z.array(exchangeReview).default([]),
    // The overleggen came later still: absent in files from before them.
    meetings: z.array(exchangeMeeting).default([]),
    agendaItems: z.array(exchangeAgendaItem).default([]),
    decisions: z.array(exchangeDecision).default([]),
    // The gespreksverslagen (issue 22): absent in files from before them.
    conversations: z.array(exchangeConversation).default([]),
    conversationVersions: z.array(exchangeConversationVersion).default([]),
    actionItems: z.array(exchangeActionItem).default([]),
    minutesVersions: z.array(exchangeMinutesVersion).default([]),
    // The beoordelingspakketten (issue 23): absent in files from before them.
    reviewPackages: z.array(exchangeReviewPackage).default([]),
    reviewResponses: z.array(exchangeReviewResponse).default([]),
    auditLog: z.array(exchangeAuditEntry),
  })
  .strict()
  .superRefine(meetingCounts);
export type ExchangeDocument = z.infer<typeof exchangeDocument>;

export const importResult = z.object({
  /**
   * Inserted records per collection, plus `themesMatched` (themes linked by name) and
   * `alreadyPresent` (records already in the database with identical content, skipped).
   */
  counts: z.record(z.string(), z.number().int()),
});
export type ImportResult = z.infer<typeof importResult>;
