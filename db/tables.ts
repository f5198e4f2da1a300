import { getTableName } from 'drizzle-orm';
import type { Entity } from '../shared/domain';
import {
  actionItem,
  agendaItem,
  agreement,
  decision,
  meeting,
  contact,
  party,
  progressUpdate,
  region,
  regionMembership,
  roleAssignment,
  theme,
} from './schema';

/** Entity code name → its table definition (every one has id, updated_at, deleted_at, trash_group). */
export const ENTITY_TABLES = {
  region,
  party,
  membership: regionMembership,
  contact,
  roleAssignment,
  theme,
  agreement,
  progressUpdate,
  meeting,
  agendaItem,
  decision,
  actionItem,
} satisfies Record<Entity, unknown>;

/** Entity code name → its table's name in SQL (check and id lookups), from the definitions. */
export const TABLES = Object.fromEntries(
  Object.entries(ENTITY_TABLES).map(([entity, table]) => [entity, { table: getTableName(table) }]),
) as Record<Entity, { table: string }>;
