/**
 * Gespreksverslagen (issue 22): the short report of a conversation between the regional
 * meetings: date, soort, title, parties, deelnemers, themes, the verslag itself (rich text,
 * autosaved as the minutes are), linked agreements, actiepunten (the meetings' own table), a
 * vertrouwelijk flag and vastleggen with versions. The enquête is in ./survey.ts.
 */
import { z } from '../zod';
import { CONVERSATION_KINDS, CONVERSATION_STATUSES, PARTY_TYPES } from '../domain';
import { allRequired, id, optionalText, recordMeta, requiredDate, requiredText } from './common';
import { richText } from './agreement';
import { actionItem } from './meeting';
import { survey } from './survey';

export const conversationKind = z.enum(CONVERSATION_KINDS, { error: 'Kies het soort gesprek' });

/** Hoogstens zoveel per verslag (the form, the API and the exchange share them). */
export const CONVERSATION_LIMITS = {
  parties: 50,
  participants: 100,
  themes: 30,
  agreements: 50,
  actions: 100,
} as const;

const uniqueIds =
  (label: string) =>
  (values: readonly string[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v))
        ctx.addIssue({ code: 'custom', path: [i], message: `${label} staat er dubbel in` });
      seen.add(v);
    });
  };

const idList = (max: number, what: string, label: string) =>
  z
    .array(id)
    .max(max, { error: `Hoogstens ${max} ${what}` })
    .superRefine(uniqueIds(label))
    .default([]);

/** A deelnemer: a person from the register, or a free name. */
export const participantInput = z
  .object({
    contactId: id.nullable().default(null),
    guestName: optionalText('Naam', 120, 'single'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.contactId === null && p.guestName === '')
      ctx.addIssue({
        code: 'custom',
        path: ['guestName'],
        message: 'Kies een persoon of vul een naam in',
      });
  });
export type ParticipantInput = z.output<typeof participantInput>;

const conversationShape = {
  kind: conversationKind,
  title: requiredText('Titel', 200),
  date: requiredDate('Vul de datum van het gesprek in'),
  confidential: z.boolean().default(false),
  partyIds: idList(CONVERSATION_LIMITS.parties, 'partijen', 'Deze partij').refine(
    (ids) => ids.length > 0,
    { error: 'Kies minstens één partij' },
  ),
  participants: z
    .array(participantInput)
    .max(CONVERSATION_LIMITS.participants, {
      error: `Hoogstens ${CONVERSATION_LIMITS.participants} deelnemers`,
    })
    .default([]),
  themeIds: idList(CONVERSATION_LIMITS.themes, 'thema’s', 'Dit thema'),
  agreementIds: idList(CONVERSATION_LIMITS.agreements, 'afspraken', 'Deze afspraak'),
};

export const conversationCreate = z
  .object({
    regionId: id,
    ...conversationShape,
    /** Left out: the verslag starts from the template of its soort. */
    reportHtml: richText.unwrap().optional(),
  })
  .strict();
export type ConversationCreate = z.output<typeof conversationCreate>;

export const conversationUpdate = z.object({ id, ...allRequired(conversationShape) }).strict();
export type ConversationUpdate = z.output<typeof conversationUpdate>;

/** The verslag's autosave: the revision it was based on, as the minutes (shared/api/staleBase.ts). */
export const reportSave = z
  .object({ conversationId: id, reportHtml: richText, baseRevision: z.number().int().min(0) })
  .strict();
export const reportSaved = z.object({
  savedAt: z.string(),
  reportHtml: z.string(),
  reportRevision: z.number().int(),
});
export const reportStored = z.object({ reportHtml: z.string(), reportRevision: z.number().int() });

export const conversationLock = z
  .object({ id, lockedOn: requiredDate('Vul de datum van vastleggen in') })
  .strict();
export const conversationCorrect = z
  .object({ id, reason: requiredText('Reden van de correctie', 1000, 'multi') })
  .strict();

export const conversation = z.object({
  ...recordMeta,
  regionId: id,
  kind: conversationKind,
  title: z.string(),
  date: z.string(),
  confidential: z.boolean(),
  reportHtml: z.string(),
  reportRevision: z.number().int(),
  status: z.enum(CONVERSATION_STATUSES),
  version: z.number().int(),
  lockedOn: z.string().nullable(),
});
export type Conversation = z.infer<typeof conversation>;

export const participant = z.object({
  id,
  contactId: id.nullable(),
  name: z.string(),
  partyName: z.string().nullable(),
});
export type Participant = z.infer<typeof participant>;

export const conversationDetail = conversation.extend({
  parties: z.array(z.object({ id, name: z.string(), type: z.enum(PARTY_TYPES) })),
  participants: z.array(participant),
  themes: z.array(z.object({ id, name: z.string() })),
  agreements: z.array(z.object({ id, title: z.string() })),
  survey: survey.nullable(),
  actions: z.array(actionItem),
});
export type ConversationDetail = z.infer<typeof conversationDetail>;

/** What was vastgelegd, kept as it was then. */
export const conversationSnapshot = z.object({
  kind: conversationKind,
  title: z.string(),
  date: z.string(),
  confidential: z.boolean(),
  parties: z.array(z.string()),
  participants: z.array(z.string()),
  themes: z.array(z.string()),
  agreements: z.array(z.string()),
  reportHtml: z.string(),
  survey: survey.nullable(),
  actions: z.array(
    z.object({
      text: z.string(),
      ownerName: z.string().nullable(),
      dueDate: z.string().nullable(),
    }),
  ),
});
export type ConversationSnapshot = z.infer<typeof conversationSnapshot>;

export const conversationVersion = z.object({
  version: z.number().int(),
  lockedOn: z.string(),
  correctionReason: z.string(),
  at: z.string(),
  actor: z.string(),
  snapshot: conversationSnapshot,
});
export type ConversationVersion = z.infer<typeof conversationVersion>;

/**
 * The list: newest first; filtered by soort, party, agreement and search text. Without a region
 * (a party's or an agreement's page) a party or an agreement is required: all its verslagen.
 */
export const conversationListQuery = z
  .object({
    regionId: id.nullable(),
    kind: conversationKind.nullable().default(null),
    partyId: id.nullable().default(null),
    agreementId: id.nullable().default(null),
    search: optionalText('Zoekterm', 200, 'single'),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.regionId === null && q.partyId === null && q.agreementId === null)
      ctx.addIssue({
        code: 'custom',
        path: ['regionId'],
        message: 'Kies een regio, een partij of een afspraak',
      });
  });
export type ConversationListQuery = z.output<typeof conversationListQuery>;

export const conversationListItem = conversation
  .pick({ id: true, kind: true, title: true, date: true, status: true, confidential: true })
  .extend({
    parties: z.string(),
    hasSurvey: z.boolean(),
    openActions: z.number().int(),
  });
export type ConversationListItem = z.infer<typeof conversationListItem>;

export const conversationPage = z.object({
  items: z.array(conversationListItem),
  offset: z.number().int(),
  total: z.number().int(),
});
export type ConversationPage = z.infer<typeof conversationPage>;
