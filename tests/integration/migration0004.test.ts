import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

/** A version-3 database with old-shape rows: names with accents and a tussenvoegsel. */
function makeV3(file: string) {
  const db = new Database(file);
  db.pragma(`application_id = ${0x52474453}`);
  migrate(db, { target: 3 });
  const party = db.prepare(
    "INSERT INTO party (id, type, name, search_text, created_at, updated_at) VALUES (?, 'gemeente', ?, ?, ?, ?)",
  );
  party.run('p1', 'Zorggroep Zuid', 'zorggroep zuid', NOW, NOW);
  party.run('p2', 'Äpfelhof Zorg', 'apfelhof zorg', NOW, NOW);
  const contact = db.prepare(
    'INSERT INTO contact (id, name, party_id, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  contact.run('c1', "Anna van 't Hof", 'p1', "anna van 't hof", NOW, NOW);
  contact.run('c2', 'Émile Aarts', 'p1', 'emile aarts', NOW, NOW);
  db.prepare(
    `INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO agreement (id, region_id, title, description_html, description_text, status,
       dekking_by, search_text, created_at, updated_at)
     VALUES ('a1', 'r1', 'Wijk''s aanpak', '', '', 'concept', '', 'wijk''s aanpak', ?, ?)`,
  ).run(NOW, NOW);
  db.close();
}

describe('0004-sort-keys-case-number', () => {
  it('fills sort keys and search text for old rows, adds the zaaknummer, indexes the sort keys', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m4-'));
    const file = path.join(dir, 'v3.db');
    try {
      makeV3(file);
      const db = new Database(file);
      migrate(db, { target: 4 });
      expect(schemaVersion(db)).toBe(4);
      expect(db.prepare('SELECT id, sort_key FROM party ORDER BY sort_key').all()).toEqual([
        { id: 'p2', sort_key: 'apfelhof zorg' },
        { id: 'p1', sort_key: 'zorggroep zuid' },
      ]);
      expect(
        db.prepare('SELECT id, sort_key, search_text FROM contact ORDER BY sort_key').all(),
      ).toEqual([
        { id: 'c2', sort_key: 'aarts emile', search_text: 'emile aarts' },
        { id: 'c1', sort_key: 'hof anna van t', search_text: 'anna van t hof' },
      ]);
      expect(db.prepare('SELECT case_number, search_text FROM agreement').get()).toEqual({
        case_number: '',
        search_text: 'wijks aanpak',
      });
      const plan = db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_key',
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('contact_sort');
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
