import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError } from '../../db/errors';
import { migrations, LATEST_VERSION, type Migration } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { APPLICATION_ID, Database } from '../../db/sqlite';
import { tempDir } from '../fixtures/api';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function openError(file: string, options = {}): Promise<DbError> {
  try {
    const opened = await openDatabase(file, options);
    opened.db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(DbError);
    return error as DbError;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

const siblings = (file: string) =>
  fs.readdirSync(path.dirname(file)).filter((f) => f !== path.basename(file));

describe('openDatabase: pragmas', () => {
  it('applies WAL, FULL sync, foreign keys, secure delete and busy timeout on a file', async () => {
    const file = path.join(dir, 'dossier.db');
    const { db, file: resolved, backupFile } = await openDatabase(file);
    expect(resolved).toBe(path.resolve(file));
    expect(backupFile).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('applies the same safety pragmas in memory', async () => {
    const { db } = await openDatabase(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('reopens its own file without a backup when nothing is pending', async () => {
    const file = path.join(dir, 'dossier.db');
    (await openDatabase(file)).db.close();
    const again = await openDatabase(file);
    expect(again.backupFile).toBeNull();
    again.db.close();
    expect(siblings(file).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('openDatabase: refusals leave the file untouched', () => {
  it('refuses a newer schema version with newer_version, byte for byte unchanged', async () => {
    const file = path.join(dir, 'newer.db');
    const { db } = await openDatabase(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const bytes = fs.readFileSync(file);

    const error = await openError(file);
    expect(error.code).toBe('newer_version');
    expect(error.message).toMatch(/nieuwere versie van Regiodossier/);
    expect(error.message).toMatch(/Er is niets aan het bestand veranderd/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(siblings(file)).toEqual([]);
  });

  it('refuses another program’s SQLite file (foreign_database) without changing it', async () => {
    const file = path.join(dir, 'boekhouding.sqlite');
    const other = new Database(file);
    other.exec(
      'CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoice (amount) VALUES (12.5)',
    );
    other.close();
    const bytes = fs.readFileSync(file);

    const error = await openError(file);
    expect(error.code).toBe('foreign_database');
    expect(error.message).toMatch(/ander programma/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(siblings(file)).toEqual([]);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(check.prepare('SELECT amount FROM invoice').get()).toEqual({ amount: 12.5 });
    check.close();
  });

  it('refuses an empty SQLite file that carries another application id', async () => {
    const file = path.join(dir, 'other-app.db');
    const other = new Database(file);
    other.pragma('application_id = 1234');
    other.close();
    const bytes = fs.readFileSync(file);
    expect((await openError(file)).code).toBe('foreign_database');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a text file (not_a_database) without changing it', async () => {
    const file = path.join(dir, 'notities.db');
    const text = 'Dit is geen database maar een tekstbestand.\n'.repeat(200);
    fs.writeFileSync(file, text);
    const error = await openError(file);
    expect(error.code).toBe('not_a_database');
    expect(error.message).toMatch(/geen databasebestand/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(siblings(file)).toEqual([]);
  });

  it('refuses a directory, a missing folder and (with mustExist) a missing file', async () => {
    expect((await openError(dir)).code).toBe('cannot_open');
    expect((await openError(path.join(dir, 'nope', 'x.db'))).code).toBe('cannot_open');
    const missing = path.join(dir, 'missing.db');
    expect((await openError(missing, { mustExist: true })).message).toMatch(/bestaat niet/);
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe('openDatabase: backup before migrating an existing older file', () => {
  const step2: Migration = {
    version: 2,
    name: 'notes-on-region',
    up(db) {
      db.exec("ALTER TABLE region ADD COLUMN motto TEXT NOT NULL DEFAULT ''");
    },
  };

  it('writes a copy with the old user_version next to the file, then migrates', async () => {
    const file = path.join(dir, 'dossier.db');
    const v1 = await openDatabase(file, { migrations: [migrations[0]!] });
    expect(v1.backupFile).toBeNull();
    v1.db
      .prepare(
        "INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', 'x', 'x')",
      )
      .run();
    v1.db.close();

    const v2 = await openDatabase(file, { migrations: [migrations[0]!, step2] });
    expect(v2.backupFile).not.toBeNull();
    const backup = v2.backupFile!;
    expect(path.dirname(backup)).toBe(path.dirname(path.resolve(file)));
    expect(path.basename(backup)).toMatch(/^dossier\.db\.v1-.*\.bak$/);
    expect(fs.existsSync(backup)).toBe(true);
    expect(v2.db.pragma('user_version', { simple: true })).toBe(2);
    expect(v2.db.prepare("SELECT motto FROM region WHERE id = 'r1'").get()).toEqual({ motto: '' });
    v2.db.close();

    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(old.prepare('SELECT name FROM region').all()).toEqual([{ name: 'Twente' }]);
    expect(
      old
        .prepare("SELECT count(*) AS n FROM pragma_table_info('region') WHERE name = 'motto'")
        .get(),
    ).toEqual({ n: 0 });
    old.close();
  });

  it('keeps the old file usable when migrating fails (backup written, version unchanged)', async () => {
    const file = path.join(dir, 'dossier.db');
    (await openDatabase(file, { migrations: [migrations[0]!] })).db.close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => db.exec('ALTER TABLE nope ADD x TEXT'),
    };
    const error = await openError(file, { migrations: [migrations[0]!, broken] });
    expect(error.code).toBe('migration_failed');
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();
  });

  it('does not back up a brand-new file', async () => {
    const file = path.join(dir, 'nieuw.db');
    const opened = await openDatabase(file);
    expect(opened.backupFile).toBeNull();
    opened.db.close();
    expect(siblings(file).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});
