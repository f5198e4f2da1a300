/**
 * The actiepunten-overzicht (issue 22, item 4): every actiepunt of a region across its overleggen
 * and gespreksverslagen, filtered by status, overdue, owner, the owner's party, theme and source,
 * sorted by due date; several can be marked done at once.
 */
import { z } from '../zod';
import { ACTION_STATUSES } from '../domain';
import { id, optionalDate, optionalText } from './common';

export const ACTION_SOURCES = ['overleg', 'verslag'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = {
  overleg: 'Overleg',
  verslag: 'Gespreksverslag',
};

export const actionListQuery = z
  .object({
    regionId: id,
    status: z.enum(ACTION_STATUSES).nullable().default('open'),
    /** Only open actions past their due date. */
    overdue: z.boolean().default(false),
    ownerId: id.nullable().default(null),
    /** The owner's organisation. */
    partyId: id.nullable().default(null),
    /** A verslag's themes, or those of the agreements on the agenda item. */
    themeId: id.nullable().default(null),
    source: z.enum(ACTION_SOURCES).nullable().default(null),
    search: optionalText('Zoekterm', 200, 'single'),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ActionListQuery = z.output<typeof actionListQuery>;

export const actionListItem = z.object({
  id,
  text: z.string(),
  ownerId: id.nullable(),
  ownerName: z.string().nullable(),
  ownerParty: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  source: z.enum(ACTION_SOURCES),
  /** The overleg or gespreksverslag where it was agreed (the link goes there). */
  sourceId: id,
  sourceTitle: z.string(),
  sourceDate: z.string(),
  /** The agenda item of an overleg's action, else null. */
  itemTitle: z.string().nullable(),
  /** Agreed in a vertrouwelijk agendapunt or gespreksverslag. */
  confidential: z.boolean(),
});
export type ActionListItem = z.infer<typeof actionListItem>;

export const actionPage = z.object({
  items: z.array(actionListItem),
  offset: z.number().int(),
  total: z.number().int(),
  /** Of the actions the filters find: open and past their due date. */
  overdueCount: z.number().int(),
});
export type ActionPage = z.infer<typeof actionPage>;

/** Afgerond (or open again) for several at once: one transaction, one history line each. */
export const actionStatusMany = z
  .object({
    ids: z
      .array(id)
      .min(1, { error: 'Kies minstens één actiepunt' })
      .max(1000, { error: 'Hoogstens 1000 actiepunten tegelijk' }),
    status: z.enum(ACTION_STATUSES),
    doneOn: optionalDate,
  })
  .strict();

/** The Overzicht's "Mijn actiepunten": the user's open actions (by the profile's name). */
export const myActions = z.object({
  /** The person in the register with the user's name, or null when there is none. */
  contactId: id.nullable(),
  open: z.array(actionListItem),
  openCount: z.number().int(),
  overdueCount: z.number().int(),
  /** Open and overdue in the whole region. */
  regionOverdueCount: z.number().int(),
});
export type MyActions = z.infer<typeof myActions>;
