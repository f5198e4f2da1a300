import type { Migration } from './types';

/**
 * Every foreign key has an index SQLite can use to find the rows that refer to a parent. A
 * partial index (WHERE deleted_at IS NULL) is no use to it: deleting a parent (a purge from the
 * Prullenbak, ON DELETE CASCADE or SET NULL) read the whole child table once per deleted row,
 * and a purge's check for rows outside the group did the same. On the groot profile that is
 * 200,000 actiepunten per agenda item or verslag purged. The partial indexes on a foreign key
 * become full ones with the same columns (the lists, which ask for live rows, use them as
 * before; the few deleted rows are passed over), and the three foreign keys without any index
 * get one. The unique partial index of the memberships stays: it is a rule, not a lookup.
 */
const FULL = [
  ['membership_region_live', 'membership_region', 'region_membership (region_id, role)'],
  ['role_region', 'role_region', 'role_assignment (region_id, role)'],
  ['progress_agreement', 'progress_agreement', 'progress_update (agreement_id, on_date)'],
  ['agenda_item_meeting', 'agenda_item_meeting', 'agenda_item (meeting_id, position)'],
  ['decision_item', 'decision_item', 'decision (agenda_item_id, position)'],
  ['action_item_item', 'action_item_item', 'action_item (agenda_item_id, status, position)'],
  [
    'action_item_conversation',
    'action_item_conversation',
    'action_item (conversation_id, status, position)',
  ],
] as const;

export const m0011ForeignKeyIndexes: Migration = {
  version: 11,
  name: 'foreign-key-indexes',
  up(db) {
    for (const [old, name, on] of FULL) {
      db.exec(`DROP INDEX ${old}; CREATE INDEX ${name} ON ${on};`);
    }
    db.exec(`
      CREATE INDEX progress_status_change ON progress_update (status_change_id);
      CREATE INDEX meeting_minute_taker ON meeting (minute_taker_id);
      CREATE INDEX meeting_chair ON meeting (chair_id);
    `);
  },
};
