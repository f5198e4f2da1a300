import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageBtree } from '../harness/damage';
import { createApi } from '../../electron/api/createApi';
import { DbError } from '../../db/errors';
import { migrations, type Migration } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { APPLICATION_ID, Database } from '../../db/sqlite';
import { cli, tempDir } from './cliHarness';

/**
 * What a review of the file handling found (issue 9): each case failed before its fix. A file
 * that is empty, foreign, newer, damaged or left as a bare -wal is refused with a Dutch
 * explanation and stays byte for byte as it was; migrations cannot cascade a table rebuild into
 * other rows; the file's own trouble (locked, read-only, full) is named in Dutch.
 */
let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);
/** Every file in the folder with its bytes, to compare before and after. */
const snapshot = () =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [f, fs.readFileSync(at(f)).toString('base64')]),
  );

async function refusal(file: string, options = {}): Promise<DbError> {
  try {
    (await openDatabase(file, options)).db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(DbError);
    return error as DbError;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

describe('files that are not (yet) a Regiodossier database stay as they are', () => {
  it('a zero-length file: check and export write nothing; init says it made a new database', async () => {
    const file = at('leeg.db');
    fs.writeFileSync(file, '');
    for (const command of [['check'], ['export', at('uit.json')]]) {
      const r = await cli(['--db', file, ...command]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is leeg: er staat nog geen Regiodossier-database in');
      expect(snapshot()).toEqual({ 'leeg.db': '' });
    }
    const init = await cli(['--db', file, 'init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Nieuwe database aangemaakt in het lege bestand');
    expect(init.stdout).not.toContain('al bij de tijd');
  });

  it('a newer file without our application id is refused before it is stamped', async () => {
    const file = at('nieuwer.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = snapshot();
    expect((await refusal(file)).code).toBe('newer_version');
    expect(snapshot()).toEqual(before);
  });

  it('a foreign database in WAL mode keeps its -wal: nothing is merged into the file', async () => {
    const source = at('bron.db');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE notitie (tekst TEXT); INSERT INTO notitie VALUES (1), (2), (3);');
    // Copied while the other program still has it open: the committed rows live in the -wal.
    fs.copyFileSync(source, at('vreemd.db'));
    fs.copyFileSync(`${source}-wal`, at('vreemd.db-wal'));
    writer.close();
    fs.rmSync(source);
    const before = snapshot();
    expect(fs.statSync(at('vreemd.db-wal')).size).toBeGreaterThan(0);
    const error = await refusal(at('vreemd.db'));
    expect(error.code).toBe('foreign_database');
    expect(error.message).toContain('Er is niets aan veranderd');
    expect(snapshot()).toEqual(before);
  });

  it('a -wal left without its database is not deleted: init refuses and explains', async () => {
    const file = at('weg.db');
    fs.writeFileSync(`${file}-wal`, 'opgeslagen werk dat nog niet in de database stond');
    const before = snapshot();
    const r = await cli(['--db', file, 'init']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('weg.db-wal staat er nog');
    expect(snapshot()).toEqual(before);
    expect((await refusal(file)).code).toBe('orphan_wal');
  });
});

describe('a damaged file is found on opening and never written to', () => {
  /** Our database with the demo in it, and one index page's header byte flipped. */
  async function damaged() {
    const file = at('beschadigd.db');
    expect((await cli(['--db', file, 'demo'])).code).toBe(0);
    damageBtree(file);
    return file;
  }

  it('open, init and export refuse it with a way forward; check reports it; nothing changes', async () => {
    const file = await damaged();
    const before = snapshot();
    const error = await refusal(file);
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('Zet een back-up terug');
    for (const command of [['init'], ['export', at('uit.json')]]) {
      const r = await cli(['--db', file, ...command]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is beschadigd');
      expect(snapshot()).toEqual(before);
    }
    const check = await cli(['--db', file, 'check']);
    expect(check.code).toBe(1);
    expect(snapshot()).toEqual(before);
  });
});

describe('migrations and the connection', () => {
  it('a table rebuilt in a migration does not cascade into the rows that refer to it', async () => {
    const file = at('dossier.db');
    const made = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    made.db.exec(`
      INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Regio', 'x', 'x');
      INSERT INTO party (id, name, type, search_text, created_at, updated_at)
        VALUES ('p1', 'Gemeente Zeist', 'gemeente', 'gemeente zeist', 'x', 'x');
      INSERT INTO region_membership (id, region_id, party_id, role, created_at, updated_at)
        VALUES ('m1', 'r1', 'p1', 'deelnemer', 'x', 'x');`);
    made.db.close();
    // A later version rebuilds the region table the way SQLite prescribes (new, copy, drop,
    // rename); region_membership refers to it with ON DELETE CASCADE.
    const rebuild: Migration = {
      version: 2,
      name: 'region-opnieuw',
      up: (db) =>
        db.exec(`
          CREATE TABLE region_new (id TEXT PRIMARY KEY, name TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
            trash_group TEXT) STRICT;
          INSERT INTO region_new SELECT id, name, created_at, updated_at, deleted_at, trash_group
            FROM region;
          DROP TABLE region;
          ALTER TABLE region_new RENAME TO region;`),
    };
    const opened = await openDatabase(file, { migrations: [migrations[0]!, rebuild] });
    expect(opened.db.prepare('SELECT count(*) AS n FROM region_membership').get()).toEqual({
      n: 1,
    });
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.db.close();
  });

  it('a migration that leaves a broken reference is rolled back whole', async () => {
    const file = at('dossier.db');
    (await openDatabase(file, { migrations: migrations.slice(0, 1) })).db.close();
    const orphan: Migration = {
      version: 2,
      name: 'wees',
      up: (db) =>
        db.exec(`INSERT INTO region_membership (id, region_id, party_id, role, created_at, updated_at)
          VALUES ('m1', 'nergens', 'niemand', 'deelnemer', 'x', 'x')`),
    };
    const error = await refusal(file, { migrations: [migrations[0]!, orphan] });
    expect(error.code).toBe('migration_failed');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare('SELECT count(*) AS n FROM region_membership').get()).toEqual({ n: 0 });
    raw.close();
  });

  it('does not trust the schema, and stamps only files it made', async () => {
    const opened = await openDatabase(at('nieuw.db'));
    expect(opened.db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(opened.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(opened.created).toBe(true);
    opened.db.close();
    const again = await openDatabase(at('nieuw.db'));
    expect(again.created).toBe(false);
    again.db.close();
  });
});

describe('the file’s own trouble is named in Dutch, with the next step', () => {
  it('read-only, locked and full instead of "Er ging iets mis"', async () => {
    const file = at('dossier.db');
    const api = await createApi(file, { logError: () => undefined });
    const create = () => api.invoke('regions.create', { name: 'Regio Noord' });
    try {
      api.ctx.repos.db.pragma('query_only = ON');
      expect(create()).toMatchObject({
        ok: false,
        error: { code: 'database', message: expect.stringContaining('is alleen-lezen') },
      });
      api.ctx.repos.db.pragma('query_only = OFF');

      const other = new Database(file);
      other.exec('BEGIN IMMEDIATE');
      api.ctx.repos.db.pragma('busy_timeout = 0');
      expect(create()).toMatchObject({
        ok: false,
        error: { code: 'database', message: expect.stringContaining('is bezet') },
      });
      other.exec('ROLLBACK');
      other.close();

      const pages = api.ctx.repos.db.pragma('page_count', { simple: true }) as number;
      api.ctx.repos.db.pragma(`max_page_count = ${pages}`);
      const big = 'x'.repeat(200);
      let full: ReturnType<typeof create> | null = null;
      for (let i = 0; i < 200 && !full; i += 1) {
        const r = api.invoke('regions.create', { name: `${big.slice(0, 100)} ${i}` });
        if (!r.ok) full = r;
      }
      expect(full).toMatchObject({
        ok: false,
        error: { code: 'database', message: expect.stringContaining('is vol') },
      });
    } finally {
      api.close();
    }
  });
});
