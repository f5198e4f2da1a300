/** Overleggen en notulen: the tables of migration 0006, once (see register.ts). */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ACTION_STATUSES, ATTENDANCES, MEETING_KINDS, MINUTES_STATUSES } from '../../shared/domain';
import { id, recordColumns } from './columns';

export const meeting = sqliteTable('meeting', {
  id: id(),
  regionId: text('region_id').notNull(),
  kind: text('kind', { enum: MEETING_KINDS }).notNull(),
  title: text('title').notNull(),
  date: text('date').notNull(),
  startTime: text('start_time').notNull(),
  endTime: text('end_time').notNull(),
  location: text('location').notNull(),
  online: integer('online', { mode: 'boolean' }).notNull(),
  chairId: text('chair_id'),
  minuteTakerId: text('minute_taker_id'),
  minutesStatus: text('minutes_status', { enum: MINUTES_STATUSES }).notNull(),
  minutesVersion: integer('minutes_version').notNull(),
  approvedOn: text('approved_on'),
  approvedIn: text('approved_in').notNull(),
  searchText: text('search_text').notNull(),
  ...recordColumns(),
});

export const meetingAttendee = sqliteTable('meeting_attendee', {
  id: id(),
  meetingId: text('meeting_id').notNull(),
  position: integer('position').notNull(),
  contactId: text('contact_id'),
  guestName: text('guest_name').notNull(),
  guestEmail: text('guest_email').notNull(),
  guestOrganisation: text('guest_organisation').notNull(),
  attendance: text('attendance', { enum: ATTENDANCES }).notNull(),
});

export const agendaItem = sqliteTable('agenda_item', {
  id: id(),
  meetingId: text('meeting_id').notNull(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  presenter: text('presenter').notNull(),
  confidential: integer('confidential', { mode: 'boolean' }).notNull(),
  minutesHtml: text('minutes_html').notNull(),
  minutesText: text('minutes_text').notNull(),
  /** Counts the minutes saves; a save names the revision it was based on (migration 0008). */
  minutesRevision: integer('minutes_revision').notNull().default(0),
  ...recordColumns(),
});

export const agendaItemAgreement = sqliteTable(
  'agenda_item_agreement',
  {
    agendaItemId: text('agenda_item_id').notNull(),
    agreementId: text('agreement_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.agreementId] })],
);

export const decision = sqliteTable('decision', {
  id: id(),
  agendaItemId: text('agenda_item_id').notNull(),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  ...recordColumns(),
});

export const actionItem = sqliteTable('action_item', {
  id: id(),
  /** The source: an agenda item or a gespreksverslag, exactly one (migration 0010). */
  agendaItemId: text('agenda_item_id'),
  conversationId: text('conversation_id'),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  ownerId: text('owner_id'),
  dueDate: text('due_date'),
  status: text('status', { enum: ACTION_STATUSES }).notNull(),
  doneOn: text('done_on'),
  ...recordColumns(),
});

export const minutesVersion = sqliteTable('minutes_version', {
  id: id(),
  meetingId: text('meeting_id').notNull(),
  version: integer('version').notNull(),
  approvedOn: text('approved_on').notNull(),
  approvedIn: text('approved_in').notNull(),
  correctionReason: text('correction_reason').notNull(),
  snapshot: text('snapshot').notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
});
