import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageBtree, damagePages, damageSchema, truncateFile } from '../harness/damage';
import { createApi } from '../../electron/api/createApi';
import { openDatabase } from '../../db/open';
import { recoverInto } from '../../db/recover';
import { Database } from '../../db/sqlite';
import { tempDir } from './cliHarness';

/**
 * Rescuing a damaged dossier into a new file (issue 9): what can be read is copied, what refers
 * to lost rows is left out, the new file is sound, and the damaged file is not touched.
 */
let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function demoFile() {
  const file = path.join(dir, 'beschadigd.db');
  const api = await createApi(file, { logError: () => undefined });
  api.invoke('dossier.loadDemo', {});
  api.close();
  return file;
}
const damage = damageBtree;
const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('recovering a damaged file into a new one', () => {
  it('copies every readable table, drops what refers to a lost one, and leaves a sound file', async () => {
    const file = await demoFile();
    const regions = count(file, 'region');
    const agreements = count(file, 'agreement');
    damage(file, 'agreement');
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/is beschadigd/);

    const target = path.join(dir, 'gered.db');
    const report = await recoverInto(file, target);
    expect(report.tables.find((t) => t.name === 'agreement')).toMatchObject({
      name: 'agreement',
      copied: 0,
      complete: false,
      readable: false,
      // The table's own pages are lost, its index still counts its rows.
      expected: agreements,
    });
    expect(report.created).toBe(true);
    expect(report.tables.find((t) => t.name === 'region')).toMatchObject({
      copied: regions,
      complete: true,
    });
    // Status changes, parties and themes of the lost afspraken went with them.
    expect(report.orphansRemoved).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const rescued = await openDatabase(target);
    expect(rescued.db.pragma('foreign_key_check')).toEqual([]);
    expect(String(rescued.db.pragma('quick_check', { simple: true }))).toBe('ok');
    expect(rescued.db.prepare('SELECT count(*) AS n FROM agreement_status_change').get()).toEqual({
      n: 0,
    });
    rescued.db.close();
    expect(count(target, 'contact')).toBeGreaterThan(30);
  });

  it('keeps an afspraak whose owner is lost, without the owner (ON DELETE SET NULL)', async () => {
    const file = await demoFile();
    const agreements = count(file, 'agreement');
    damage(file, 'contact');
    const target = path.join(dir, 'gered.db');
    const report = await recoverInto(file, target);
    expect(report.tables.find((t) => t.name === 'contact')).toMatchObject({ complete: false });
    expect(count(target, 'agreement')).toBe(agreements);
    const db = new Database(target, { readonly: true });
    expect(
      db.prepare('SELECT count(*) AS n FROM agreement WHERE owner_id IS NOT NULL').get(),
    ).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM role_assignment').get()).toEqual({ n: 0 });
    db.close();
  });

  it('gets everything back when only an index is damaged', async () => {
    const file = await demoFile();
    const raw = new Database(file, { readonly: true });
    const index = raw
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL LIMIT 1")
      .pluck()
      .get() as string;
    raw.close();
    damage(file, index);
    const report = await recoverInto(file, path.join(dir, 'gered.db'));
    expect(report.tables.every((t) => t.complete)).toBe(true);
    expect(report.orphansRemoved).toBe(0);
    expect(count(path.join(dir, 'gered.db'), 'agreement')).toBe(count(file, 'agreement'));
  });

  it('refuses a target that exists, and a file that is not ours, without a new file', async () => {
    const file = await demoFile();
    await expect(recoverInto(file, file)).rejects.toThrow(/bestaat al/);
    const other = path.join(dir, 'ander.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    await expect(recoverInto(other, path.join(dir, 'gered.db'))).rejects.toThrow(/niets te redden/);
    expect(fs.existsSync(path.join(dir, 'gered.db'))).toBe(false);
  });

  it('says honestly that nothing could be read when the schema is lost, and makes no file', async () => {
    const file = await demoFile();
    damageSchema(file);
    const before = fs.readFileSync(file);
    const target = path.join(dir, 'gered.db');
    const report = await recoverInto(file, target);
    expect(report.created).toBe(false);
    expect(report.schemaReadable).toBe(false);
    expect(report.tables.length).toBeGreaterThan(10);
    for (const table of report.tables) {
      expect(table).toMatchObject({ copied: 0, complete: false, readable: false });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['beschadigd.db']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it.each([0.5, 0.7, 0.9])(
    'rescues what is there from a file cut off at %s of its bytes',
    async (fraction) => {
      const file = await demoFile();
      const pages = fs.statSync(file).size / 4096;
      truncateFile(file, fraction);
      const before = fs.readFileSync(file);
      const target = path.join(dir, 'gered.db');
      const report = await recoverInto(file, target);
      expect(report.created).toBe(true);
      expect(report.pages).toEqual({
        present: Math.floor(before.length / 4096),
        expected: pages,
      });
      const rescued = report.tables.reduce((n, t) => n + t.copied, 0);
      expect(rescued).toBeGreaterThan(0);
      // Per table: what was read, and whether it was whole.
      expect(report.tables.find((t) => t.name === 'region')).toMatchObject({
        copied: 1,
        complete: true,
      });
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(dir).sort()).toEqual(['beschadigd.db', 'gered.db']);
      const opened = await openDatabase(target);
      expect(String(opened.db.pragma('quick_check', { simple: true }))).toBe('ok');
      expect(opened.db.pragma('foreign_key_check')).toEqual([]);
      opened.db.close();
    },
  );

  it('reads the rows between two lost pages of a table, found through its index', async () => {
    const file = await demoFile();
    const raw = new Database(file, { readonly: true });
    const leaves = raw
      .prepare(
        "SELECT pageno, ncell FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY path",
      )
      .all() as { pageno: number; ncell: number }[];
    raw.close();
    expect(leaves.length).toBeGreaterThanOrEqual(5);
    const lost = [leaves[1]!, leaves[3]!];
    const total = count(file, 'audit_log');
    damagePages(
      file,
      lost.map((l) => l.pageno),
    );
    const report = await recoverInto(file, path.join(dir, 'gered.db'));
    expect(report.tables.find((t) => t.name === 'audit_log')).toMatchObject({
      complete: false,
      readable: true,
      expected: total,
      copied: total - lost[0]!.ncell - lost[1]!.ncell,
    });
  });
});
