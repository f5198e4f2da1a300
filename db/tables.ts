import type { Entity } from '../shared/domain';
import {
  agreement,
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
} satisfies Record<Entity, unknown>;

/** Entity code name → table (labels for Dutch lists: db/labels.ts). */
export const TABLES: Record<Entity, { table: string }> = {
  region: { table: 'region' },
  party: { table: 'party' },
  membership: { table: 'region_membership' },
  contact: { table: 'contact' },
  roleAssignment: { table: 'role_assignment' },
  theme: { table: 'theme' },
  agreement: { table: 'agreement' },
  progressUpdate: { table: 'progress_update' },
};
