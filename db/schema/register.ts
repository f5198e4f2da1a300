/**
 * The register's tables, once (DESIGN §3): column names, types and nullability. Row types, the
 * row → domain mappers and the audited field lists follow from these definitions; the numbered
 * migrations create the tables, and a test proves both describe the same schema.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  AUDIT_ACTIONS,
  AUDIT_EVENT_KINDS,
  ENTITIES,
  MEMBERSHIP_ROLES,
  PARTY_TYPES,
  ROLE_KINDS,
} from '../../shared/domain';
import { id, recordColumns } from './columns';

export const region = sqliteTable('region', {
  id: id(),
  name: text('name').notNull(),
  zorgkantoorNumber: integer('zorgkantoor_number'),
  description: text('description').notNull(),
  ...recordColumns(),
});

export const party = sqliteTable('party', {
  id: id(),
  type: text('type', { enum: PARTY_TYPES }).notNull(),
  name: text('name').notNull(),
  notes: text('notes').notNull(),
  searchText: text('search_text').notNull(),
  sortKey: text('sort_key').notNull(),
  ...recordColumns(),
});

export const regionMembership = sqliteTable('region_membership', {
  id: id(),
  regionId: text('region_id').notNull(),
  partyId: text('party_id').notNull(),
  role: text('role', { enum: MEMBERSHIP_ROLES }).notNull(),
  since: text('since'),
  until: text('until'),
  ...recordColumns(),
});

export const contact = sqliteTable('contact', {
  id: id(),
  name: text('name').notNull(),
  function: text('function').notNull(),
  partyId: text('party_id'),
  email: text('email').notNull(),
  phone: text('phone').notNull(),
  notes: text('notes').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  searchText: text('search_text').notNull(),
  sortKey: text('sort_key').notNull(),
  ...recordColumns(),
});

export const theme = sqliteTable('theme', {
  id: id(),
  name: text('name').notNull(),
  archivedAt: text('archived_at'),
  sortOrder: integer('sort_order').notNull(),
  ...recordColumns(),
});

export const roleAssignment = sqliteTable('role_assignment', {
  id: id(),
  regionId: text('region_id').notNull(),
  contactId: text('contact_id').notNull(),
  partyId: text('party_id'),
  role: text('role', { enum: ROLE_KINDS }).notNull(),
  themeId: text('theme_id'),
  mandate: text('mandate').notNull(),
  since: text('since'),
  until: text('until'),
  ...recordColumns(),
});

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  /** A record's entity, or an event that is not about one record (an import, the settings). */
  entity: text('entity', { enum: [...ENTITIES, ...AUDIT_EVENT_KINDS] }).notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  /** Field → { from, to }, stored as JSON text. */
  changes: text('changes', { mode: 'json' })
    .$type<Record<string, { from: unknown; to: unknown }>>()
    .notNull(),
});

export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
