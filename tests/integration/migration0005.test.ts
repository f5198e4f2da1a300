import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

describe('0005-agreement-sort-key', () => {
  it('fills the title sort key of old agreements and pages them through the covering index', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m5-'));
    const file = path.join(dir, 'v4.db');
    try {
      const old = new Database(file);
      old.pragma(`application_id = ${0x52474453}`);
      migrate(old, { target: 4 });
      old
        .prepare(
          `INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', ?, ?)`,
        )
        .run(NOW, NOW);
      const insert = old.prepare(
        `INSERT INTO agreement (id, region_id, title, description_html, description_text, status,
           dekking_by, search_text, created_at, updated_at)
         VALUES (?, 'r1', ?, '', '', 'concept', '', '', ?, ?)`,
      );
      insert.run('a1', 'Zorg in de wijk', NOW, NOW);
      insert.run('a2', 'Één loket', NOW, NOW);
      insert.run('a3', "'s-Hertogenbosch aanpak", NOW, NOW);
      old.close();

      const db = new Database(file);
      migrate(db, { target: 5 });
      expect(schemaVersion(db)).toBe(5);
      const sql = `SELECT id, sort_key FROM agreement WHERE region_id = 'r1' AND deleted_at IS NULL
        ORDER BY sort_key, id`;
      expect(db.prepare(sql).all()).toEqual([
        { id: 'a2', sort_key: 'een loket' },
        { id: 'a3', sort_key: 's hertogenbosch aanpak' },
        { id: 'a1', sort_key: 'zorg in de wijk' },
      ]);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((p) => p.detail)
        .join(' ');
      expect(plan).toContain('agreement_list');
      expect(plan).not.toContain('TEMP B-TREE');
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
