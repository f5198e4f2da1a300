import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { cli, tempDir } from './cliHarness';

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'dossier.db');
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = (file: string) => fs.readFileSync(file);
const listing = () => fs.readdirSync(dir).sort();
const versionOf = (file: string) => {
  const raw = new Database(file, { fileMustExist: true });
  try {
    return raw.pragma('user_version', { simple: true }) as number;
  } finally {
    raw.close();
  }
};

/** A database as an older app version left it: schema 1, with a region in it. */
async function olderDatabase() {
  const { db: old } = await openDatabase(db, { migrations: migrations.slice(0, 1) });
  old
    .prepare(
      "INSERT INTO region (id, name, created_at, updated_at) VALUES (?, 'Friesland', 'x', 'x')",
    )
    .run(crypto.randomUUID());
  old.close();
  expect(versionOf(db)).toBe(1);
}

describe('check, export and backup read the file as it is', () => {
  it('check leaves a current database byte for byte unchanged', async () => {
    await cli(['--db', db, 'demo']);
    const before = bytes(db);
    const files = listing();
    const run = await cli(['--db', db, 'check']);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/Geen problemen/) });
    expect(bytes(db).equals(before)).toBe(true);
    expect(listing()).toEqual(files);
  });

  it('check on an older schema: SQLite’s checks only, with a note; no migration, no .bak', async () => {
    expect(LATEST_VERSION).toBeGreaterThan(1);
    await olderDatabase();
    const before = bytes(db);
    const files = listing();
    const run = await cli(['--db', db, 'check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/schemaversie 1/);
    expect(run.stdout).toMatch(/regels van de app\s+vragen het nieuwste schema/);
    expect(run.stdout).toMatch(/Geen problemen gevonden/);
    expect(bytes(db).equals(before)).toBe(true);
    expect(listing()).toEqual(files);
    expect(versionOf(db)).toBe(1);
  });

  it('export on an older schema refuses and says to run init first', async () => {
    await olderDatabase();
    const before = bytes(db);
    const files = listing();
    const out = path.join(dir, 'export.json');
    const run = await cli(['--db', db, 'export', out]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/ouder schema.*init/s) });
    expect(bytes(db).equals(before)).toBe(true);
    expect(listing()).toEqual(files);
  });

  it('backup copies an older schema as it is', async () => {
    await olderDatabase();
    const before = bytes(db);
    const target = path.join(dir, 'reserve.db');
    const run = await cli(['--db', db, 'backup', target]);
    expect(run.code).toBe(0);
    expect(versionOf(target)).toBe(1);
    expect(bytes(db).equals(before)).toBe(true);
    expect(listing()).toEqual(['dossier.db', 'reserve.db']);
  });

  it('a newer schema is still refused', async () => {
    await cli(['--db', db, 'init']);
    const raw = new Database(db);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = bytes(db);
    for (const args of [['check'], ['backup', path.join(dir, 'reserve.db')]]) {
      const run = await cli(['--db', db, ...args]);
      expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/nieuwere versie/) });
    }
    expect(bytes(db).equals(before)).toBe(true);
    expect(listing()).toEqual(['dossier.db']);
  });
});

describe('backup --force', () => {
  it('keeps the old backup when writing the new one fails', async () => {
    await cli(['--db', db, 'demo']);
    const target = path.join(dir, 'reserve.db');
    expect((await cli(['--db', db, 'backup', target])).code).toBe(0);
    const old = bytes(target);
    vi.spyOn(Database.prototype, 'backup').mockRejectedValueOnce(new Error('schijf vol'));
    const run = await cli(['--db', db, 'backup', target, '--force']);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/niet veranderd/) });
    expect(bytes(target).equals(old)).toBe(true);
    expect(listing()).toEqual(['dossier.db', 'reserve.db']);
    // and a successful --force replaces it
    expect((await cli(['--db', db, 'backup', target, '--force'])).code).toBe(0);
    expect(listing()).toEqual(['dossier.db', 'reserve.db']);
  });
});
