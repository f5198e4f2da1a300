import type { Migration } from './types';

/**
 * A besluit that created or changed an afspraak: `agreement_decision_link.decision_id` gets the
 * foreign key 0003 promised once the decision table existed (0006), so purging a besluit from
 * the Prullenbak removes its links as well, and no link can name a besluit that is not there.
 *
 * SQLite cannot add a foreign key to a table, so the table is rebuilt. Rows naming a besluit that
 * does not exist could only come from a file imported before meetings existed; they point at
 * nothing the app can show and cannot satisfy the key, so they are not copied (the backup made
 * before every migration still holds them).
 */
export const m0007DecisionLinks: Migration = {
  version: 7,
  name: 'decision-links',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_decision_link_new (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('created','changed')),
        PRIMARY KEY (agreement_id, decision_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO agreement_decision_link_new (agreement_id, decision_id, kind)
        SELECT agreement_id, decision_id, kind FROM agreement_decision_link
        WHERE decision_id IN (SELECT id FROM decision);
      DROP TABLE agreement_decision_link;
      ALTER TABLE agreement_decision_link_new RENAME TO agreement_decision_link;
      CREATE INDEX agreement_decision_link_decision ON agreement_decision_link (decision_id);
    `);
  },
};
