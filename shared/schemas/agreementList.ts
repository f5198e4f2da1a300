/**
 * The agreements list: its filters and order, a page of it with its totals, and the CSV export's
 * query (agreement.ts holds the record itself).
 */
import { z } from '../zod';
import {
  agreementStatus,
  financingStream,
  reviewState,
  reviewStateValue,
  storedTextFields,
} from './agreement';
import { id } from './common';

export const AGREEMENT_SORTS = ['title', 'status', 'nextEvaluation', 'updated'] as const;
export const agreementSort = z.enum(AGREEMENT_SORTS);
export type AgreementSort = z.infer<typeof agreementSort>;

/** The list's filters and order: what the list, the id list and the CSV export share. */
export const agreementFilterQuery = z
  .object({
    regionId: id,
    search: z.string().trim().max(200).default(''),
    themeIds: z.array(id).max(100).default([]),
    statuses: z.array(agreementStatus).default([]),
    partyIds: z.array(id).max(100).default([]),
    ownerIds: z.array(id).max(100).default([]),
    financing: z.array(financingStream).default([]),
    evaluationOverdue: z.boolean().default(false),
    evaluationDueWithinDays: z.number().int().min(1).max(366).nullable().default(null),
    withoutDekking: z.boolean().default(false),
    withoutOwner: z.boolean().default(false),
    staleProgress: z.boolean().default(false),
    reviewStates: z.array(reviewStateValue).default([]),
    includeConfidential: z.boolean().default(true),
    sort: agreementSort.default('title'),
  })
  .strict();
export type AgreementFilterQuery = z.input<typeof agreementFilterQuery>;

/** At most this many agreements per page of the list (the screen asks for 100 at a time). */
export const AGREEMENT_PAGE_MAX = 500;

/**
 * One page of the list. With `groupByTheme` the rows are the agreements per live theme (an
 * agreement with two themes under both, one without under "Zonder thema"), groups in the
 * werkstructuur's order; `offset` counts in that sequence.
 */
export const agreementListQuery = agreementFilterQuery
  .extend({
    groupByTheme: z.boolean().default(false),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(AGREEMENT_PAGE_MAX).default(AGREEMENT_PAGE_MAX),
  })
  .strict();
export type AgreementListQuery = z.input<typeof agreementListQuery>;

export const agreementListItem = z.object({
  id,
  title: z.string(),
  ...storedTextFields,
  status: agreementStatus,
  themeIds: z.array(id),
  themes: z.array(z.string()),
  parties: z.array(z.string()),
  ownerId: id.nullable(),
  ownerName: z.string().nullable(),
  financing: z.array(financingStream),
  adoptedOn: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  nextEvaluation: z.string().nullable(),
  dekkingGranted: z.boolean(),
  dekkingBy: z.string(),
  confidential: z.boolean(),
  lastProgressOn: z.string().nullable(),
  reviewState,
  /** "Evaluatie verlopen" today (shared/agreementStatus.ts isEvaluationOverdue), from the server. */
  evaluationOverdue: z.boolean(),
  updatedAt: z.string(),
});
export type AgreementListItem = z.infer<typeof agreementListItem>;

export const agreementList = z.object({
  /** The page: rows `offset` … `offset + items.length - 1` of the (grouped) sequence. */
  items: z.array(agreementListItem),
  offset: z.number().int(),
  /** Agreements that match every filter (each once, also when grouped). */
  total: z.number().int(),
  /** Counts per status of the list with every filter applied except the status filter. */
  statusCounts: z.record(agreementStatus, z.number().int()),
  /** Of the `total`: how many are vertrouwelijk. */
  confidentialCount: z.number().int(),
  /** With `groupByTheme`: the groups in order and their sizes (they add up to the sequence). */
  groups: z
    .array(z.object({ themeId: id.nullable(), name: z.string(), count: z.number().int() }))
    .nullable(),
});
export type AgreementList = z.infer<typeof agreementList>;

/** A page further down the list, without the totals (the first page brought them). */
export const agreementPage = agreementList.pick({ items: true, offset: true });
export type AgreementPage = z.infer<typeof agreementPage>;

/** The CSV export takes the list's filters, but leaves vertrouwelijke afspraken out unless asked. */
export const csvExportQuery = agreementFilterQuery.extend({
  includeConfidential: z.boolean().default(false),
});

export const csvExport = z.object({
  fileName: z.string(),
  content: z.string(),
  rows: z.number().int(),
});
