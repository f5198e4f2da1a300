import type { Entity } from '../shared/domain';

/** Entity code name → table, and the SQL expression that labels a row in Dutch lists. */
export const TABLES: Record<Entity, { table: string; label: string }> = {
  region: { table: 'region', label: "'Regio ' || t.name" },
  party: { table: 'party', label: 't.name' },
  membership: {
    table: 'region_membership',
    label:
      "'Deelname van ' || (SELECT name FROM party WHERE id = t.party_id) || ' aan ' || " +
      '(SELECT name FROM region WHERE id = t.region_id)',
  },
  contact: { table: 'contact', label: 't.name' },
  roleAssignment: {
    table: 'role_assignment',
    label:
      "(SELECT name FROM contact WHERE id = t.contact_id) || ' als ' || " +
      "replace(replace(replace(t.role, '_', ' '), 'coordinerend', 'coördinerend'), 'regiocoordinator', 'regiocoördinator')",
  },
  theme: { table: 'theme', label: "'Thema ' || t.name" },
  agreement: { table: 'agreement', label: 't.title' },
  progressUpdate: {
    table: 'progress_update',
    label: "'Voortgang bij ' || (SELECT title FROM agreement WHERE id = t.agreement_id)",
  },
};
