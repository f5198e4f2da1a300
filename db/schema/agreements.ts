/** The afsprakenregister's tables, once (see register.ts for what follows from them). */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUSES,
  FINANCING_STREAMS,
  REVIEW_VERDICTS,
} from '../../shared/domain';
import { id, recordColumns } from './columns';

export const agreement = sqliteTable('agreement', {
  id: id(),
  regionId: text('region_id').notNull(),
  title: text('title').notNull(),
  caseNumber: text('case_number').notNull(),
  descriptionHtml: text('description_html').notNull(),
  descriptionText: text('description_text').notNull(),
  status: text('status', { enum: AGREEMENT_STATUSES }).notNull(),
  ownerId: text('owner_id'),
  adoptedOn: text('adopted_on'),
  startDate: text('start_date'),
  endDate: text('end_date'),
  nextEvaluation: text('next_evaluation'),
  dekkingGranted: integer('dekking_granted', { mode: 'boolean' }).notNull(),
  dekkingBy: text('dekking_by').notNull(),
  dekkingOn: text('dekking_on'),
  confidential: integer('confidential', { mode: 'boolean' }).notNull(),
  reviewRequestedOn: text('review_requested_on'),
  searchText: text('search_text').notNull(),
  /** The title's Dutch sort key (db/sortKeys.ts), for paging in SQL. */
  sortKey: text('sort_key').notNull(),
  ...recordColumns(),
});

export const agreementTheme = sqliteTable(
  'agreement_theme',
  { agreementId: text('agreement_id').notNull(), themeId: text('theme_id').notNull() },
  (t) => [primaryKey({ columns: [t.agreementId, t.themeId] })],
);

export const agreementParty = sqliteTable(
  'agreement_party',
  {
    agreementId: text('agreement_id').notNull(),
    partyId: text('party_id').notNull(),
    role: text('role', { enum: AGREEMENT_PARTY_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partyId] })],
);

export const agreementFinancing = sqliteTable(
  'agreement_financing',
  {
    agreementId: text('agreement_id').notNull(),
    stream: text('stream', { enum: FINANCING_STREAMS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.stream] })],
);

export const agreementStatusChange = sqliteTable('agreement_status_change', {
  id: id(),
  agreementId: text('agreement_id').notNull(),
  fromStatus: text('from_status', { enum: AGREEMENT_STATUSES }),
  toStatus: text('to_status', { enum: AGREEMENT_STATUSES }).notNull(),
  onDate: text('on_date').notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  note: text('note').notNull(),
  reason: text('reason').notNull(),
});

export const progressUpdate = sqliteTable('progress_update', {
  id: id(),
  agreementId: text('agreement_id').notNull(),
  onDate: text('on_date').notNull(),
  text: text('text').notNull(),
  statusChangeId: text('status_change_id'),
  actor: text('actor').notNull(),
  ...recordColumns(),
});

export const agreementReview = sqliteTable('agreement_review', {
  id: id(),
  agreementId: text('agreement_id').notNull(),
  reviewerName: text('reviewer_name').notNull(),
  onDate: text('on_date').notNull(),
  verdict: text('verdict', { enum: REVIEW_VERDICTS }).notNull(),
  remark: text('remark').notNull(),
  createdAt: text('created_at').notNull(),
});

export const agreementDecisionLink = sqliteTable(
  'agreement_decision_link',
  {
    agreementId: text('agreement_id').notNull(),
    decisionId: text('decision_id').notNull(),
    kind: text('kind', { enum: ['created', 'changed'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.decisionId] })],
);
