/** Gespreksverslagen: the tables of migration 0010, once (see register.ts). */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PARTY_TYPES,
  SURVEY_EFFECTS,
  SURVEY_FACTORS,
  URGENCIES,
} from '../../shared/domain';
import { id, recordColumns } from './columns';

export const conversation = sqliteTable('conversation', {
  id: id(),
  regionId: text('region_id').notNull(),
  kind: text('kind', { enum: CONVERSATION_KINDS }).notNull(),
  title: text('title').notNull(),
  date: text('date').notNull(),
  confidential: integer('confidential', { mode: 'boolean' }).notNull(),
  reportHtml: text('report_html').notNull(),
  reportText: text('report_text').notNull(),
  /** Counts the verslag's saves; an autosave names the revision it was based on. */
  reportRevision: integer('report_revision').notNull().default(0),
  status: text('status', { enum: CONVERSATION_STATUSES }).notNull(),
  version: integer('version').notNull().default(1),
  lockedOn: text('locked_on'),
  searchText: text('search_text').notNull(),
  ...recordColumns(),
});

const link = (name: string, other: string) =>
  sqliteTable(
    name,
    {
      conversationId: text('conversation_id').notNull(),
      otherId: text(other).notNull(),
    },
    (t) => [primaryKey({ columns: [t.conversationId, t.otherId] })],
  );

export const conversationParty = link('conversation_party', 'party_id');
export const conversationTheme = link('conversation_theme', 'theme_id');
export const conversationAgreement = link('conversation_agreement', 'agreement_id');

export const conversationParticipant = sqliteTable('conversation_participant', {
  id: id(),
  conversationId: text('conversation_id').notNull(),
  position: integer('position').notNull(),
  contactId: text('contact_id'),
  guestName: text('guest_name').notNull(),
});

export const conversationSurvey = sqliteTable('conversation_survey', {
  conversationId: text('conversation_id').primaryKey(),
  respondentType: text('respondent_type', { enum: PARTY_TYPES }).notNull(),
  scoreStart: integer('score_start'),
  scoreNow: integer('score_now'),
  urgency: text('urgency', { enum: URGENCIES }),
  positiveOther: text('positive_other').notNull(),
  negativeOther: text('negative_other').notNull(),
  explanation: text('explanation').notNull(),
});

export const conversationSurveyFactor = sqliteTable(
  'conversation_survey_factor',
  {
    conversationId: text('conversation_id').notNull(),
    effect: text('effect', { enum: SURVEY_EFFECTS }).notNull(),
    factor: text('factor', { enum: SURVEY_FACTORS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.effect, t.factor] })],
);

export const conversationVersion = sqliteTable('conversation_version', {
  id: id(),
  conversationId: text('conversation_id').notNull(),
  version: integer('version').notNull(),
  lockedOn: text('locked_on').notNull(),
  correctionReason: text('correction_reason').notNull(),
  snapshot: text('snapshot').notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
});
