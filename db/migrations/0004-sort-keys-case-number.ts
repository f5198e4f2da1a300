import { nameSortKey, personSortKey } from '../sortKeys';
import { searchText } from '../sqlite';
import type { Migration } from './types';

/**
 * Dutch order in SQL: a stored sort key on parties and people (db/sortKeys.ts), indexed for the
 * lists; search text recomputed with apostrophes dropped ("van t hof" finds "van 't Hof"). And the
 * agreement's zaaknummer: its case number in the municipality's document system.
 */
export const m0004SortKeysCaseNumber: Migration = {
  version: 4,
  name: 'sort-keys-case-number',
  up(db) {
    db.exec(`
      ALTER TABLE party ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE contact ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE agreement ADD COLUMN case_number TEXT NOT NULL DEFAULT '';
      DROP INDEX party_name;
      DROP INDEX contact_name;
    `);
    const parties = db.prepare('SELECT id, name FROM party').all() as {
      id: string;
      name: string;
    }[];
    const setParty = db.prepare('UPDATE party SET sort_key = ?, search_text = ? WHERE id = ?');
    for (const p of parties) setParty.run(nameSortKey(p.name), searchText(p.name), p.id);

    const contacts = db.prepare('SELECT id, name, function, email FROM contact').all() as {
      id: string;
      name: string;
      function: string;
      email: string;
    }[];
    const setContact = db.prepare('UPDATE contact SET sort_key = ?, search_text = ? WHERE id = ?');
    for (const c of contacts) {
      setContact.run(personSortKey(c.name), searchText(c.name, c.function, c.email), c.id);
    }

    const agreements = db.prepare('SELECT id, title, description_text FROM agreement').all() as {
      id: string;
      title: string;
      description_text: string;
    }[];
    const setAgreement = db.prepare('UPDATE agreement SET search_text = ? WHERE id = ?');
    for (const a of agreements) setAgreement.run(searchText(a.title, a.description_text), a.id);

    db.exec(`
      CREATE INDEX party_sort ON party (sort_key) WHERE deleted_at IS NULL;
      CREATE INDEX contact_sort ON contact (sort_key) WHERE deleted_at IS NULL;
    `);
  },
};
