import type { Migration } from './types';

/**
 * Every minutes autosave carries the revision it was based on (docs/architecture.md §7): an
 * agenda item counts its minutes saves, and a save whose base is no longer the stored revision
 * (another tab, a second window, a stale cache) is refused instead of replacing newer text.
 * Existing minutes start at revision 0.
 */
export const m0008MinutesRevision: Migration = {
  version: 8,
  name: 'minutes-revision',
  up(db) {
    db.exec(`ALTER TABLE agenda_item ADD COLUMN minutes_revision INTEGER NOT NULL DEFAULT 0`);
  },
};
