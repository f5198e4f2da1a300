import { nameSortKey } from '../sortKeys';
import type { Migration } from './types';

/**
 * The afsprakenregister pages in SQL: a stored title sort key on agreements (Dutch order without
 * case or diacritics, as parties have), and one covering index per region in that order. The
 * list's counts and pages and the regio-overzicht read only this index, never the table's rows,
 * whose descriptions (often many kilobytes) lie before these columns in each record.
 */
export const m0005AgreementSortKey: Migration = {
  version: 5,
  name: 'agreement-sort-key',
  up(db) {
    db.exec(`ALTER TABLE agreement ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''`);
    const rows = db.prepare('SELECT id, title FROM agreement').all() as {
      id: string;
      title: string;
    }[];
    const set = db.prepare('UPDATE agreement SET sort_key = ? WHERE id = ?');
    for (const a of rows) set.run(nameSortKey(a.title), a.id);
    db.exec(`
      CREATE INDEX agreement_list ON agreement (region_id, deleted_at, sort_key, id, status, title,
        owner_id, next_evaluation, dekking_granted, confidential, review_requested_on, adopted_on,
        created_at, updated_at);
      CREATE INDEX agreement_updated ON agreement (region_id, updated_at) WHERE deleted_at IS NULL;
    `);
  },
};
