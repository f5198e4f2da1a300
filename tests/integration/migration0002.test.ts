import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { listBackups } from '../../db/backups';
import { migrate, schemaVersion } from '../../db/migrate';
import { LATEST_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

/** A version-1 database with old-shape rows: two parties, three people (one deleted). */
function makeV1(file: string) {
  const db = new Database(file);
  db.pragma(`application_id = ${0x52474453}`);
  migrate(db, { target: 1 });
  const party = db.prepare(
    "INSERT INTO party (id, type, name, search_text, created_at, updated_at) VALUES (?, 'gemeente', ?, ?, ?, ?)",
  );
  party.run('p1', 'Gemeente Zeist', 'gemeente zeist', NOW, NOW);
  party.run('p2', 'Gemeente Houten', 'gemeente houten', NOW, NOW);
  const contact = db.prepare(
    'INSERT INTO contact (id, name, party_id, search_text, created_at, updated_at, deleted_at, trash_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  contact.run('c1', 'Anna', 'p1', 'anna', NOW, NOW, null, null);
  contact.run('c2', 'Bram', 'p1', 'bram', NOW, NOW, NOW, 'c2');
  contact.run('c3', 'Cor', 'p2', 'cor', NOW, NOW, null, null);
  db.close();
}

const indexNames = (db: InstanceType<typeof Database>) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as { name: string }[]
  ).map((r) => r.name);

describe('0002-list-indexes', () => {
  it('adds the list indexes on top of version 1 and keeps the rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m2-'));
    const file = path.join(dir, 'v1.db');
    makeV1(file);
    const db = new Database(file);
    expect(indexNames(db)).not.toContain('contact_party_live');
    migrate(db, { target: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(indexNames(db)).toEqual(
      expect.arrayContaining(['contact_party_live', 'membership_region_live']),
    );
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT count(*) FROM contact WHERE party_id = ? AND deleted_at IS NULL',
      )
      .all('p1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('contact_party_live');
    const counts = db
      .prepare(
        'SELECT party_id, count(*) AS n FROM contact WHERE deleted_at IS NULL GROUP BY party_id ORDER BY party_id',
      )
      .all();
    expect(counts).toEqual([
      { party_id: 'p1', n: 1 },
      { party_id: 'p2', n: 1 },
    ]);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('in the app, the copy before upgrading joins the backup folder’s rotation', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m2-'));
    const file = path.join(dir, 'regiodossier.db');
    const folder = path.join(dir, 'back-ups');
    makeV1(file);
    const api = await createApi(file, { defaultBackupFolder: folder });
    expect(path.dirname(path.dirname(api.backupFile!))).toBe(folder);
    expect(path.basename(api.backupFile!)).toMatch(/^regiodossier-.*-voor-bijwerken\.db$/);
    expect(listBackups(path.dirname(api.backupFile!))).toMatchObject([
      { reason: 'voor-bijwerken', version: 1 },
    ]);
    // The dossier's own folder: the one its later backups go to.
    expect(path.dirname(api.backupFile!)).toBe(backupFolder(api.ctx));
    // Nothing beside the dossier file that the retention rule would never clean up.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opening a version-1 file writes a backup with the old version before upgrading', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m2-'));
    const file = path.join(dir, 'regiodossier.db');
    makeV1(file);
    const opened = await openDatabase(file);
    expect(schemaVersion(opened.db)).toBe(LATEST_VERSION);
    expect(opened.backupFile).toMatch(/regiodossier\.db\.v1-.*\.bak$/);
    const backup = new Database(opened.backupFile!, { readonly: true });
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM contact').get()).toEqual({ n: 3 });
    backup.close();
    opened.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
