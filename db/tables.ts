import type { Entity } from '../shared/domain';

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
