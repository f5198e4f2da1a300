import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageBtree, damageSchema, truncateFile } from '../harness/damage';
import { createApi, type Api } from '../../electron/api/createApi';
import { createDossierFiles } from '../../electron/files/dossierFiles';
import { APPLICATION_ID, Database } from '../../db/sqlite';
import { tempDir } from './cliHarness';

/**
 * Dossier files (issue 9): Nieuw dossier, Openen, recent files and Kopie opslaan als; every kind of
 * broken file is refused with a Dutch reason while the dossier in use stays open, nothing is
 * written to it, and a damaged one can be rescued into a new file.
 */
let dir: string;
let api: Api;
let answers: (string | null)[];
const at = (name: string) => path.join(dir, name);
const files = () =>
  createDossierFiles({
    api,
    dialogs: {
      chooseSave: async () => answers.shift() ?? null,
      chooseOpen: async () => answers.shift() ?? null,
    },
    recentStore: at('recent.json'),
    logError: () => undefined,
  });

beforeEach(async () => {
  dir = tempDir();
  answers = [];
  api = await createApi(at('eerste.db'), {
    defaultBackupFolder: at('back-ups'),
    logError: () => undefined,
  });
  value(api.invoke('dossier.loadDemo', {}));
});
afterEach(() => {
  api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function value<T = unknown>(result: { ok: boolean; value?: unknown; error?: { message: string } }) {
  if (!result.ok) throw new Error(result.error!.message);
  return result.value as T;
}
const regionCount = () => value<unknown[]>(api.invoke('regions.list', {})).length;

async function demoFile(name: string) {
  const other = await createApi(at(name), { defaultBackupFolder: at('back-ups') });
  value(other.invoke('dossier.loadDemo', {}));
  value(other.invoke('regions.create', { name: 'Regio Tweede' }));
  other.close();
  return at(name);
}

/** Each broken file, as the issue lists them, with what the refusal must say. */
const BROKEN: [string, (file: string) => Promise<void> | void, RegExp, boolean][] = [
  ['afgebroken', (f) => fs.truncateSync(f, 3000), /beschadigd|geen databasebestand/, true],
  [
    'kop',
    (f) => {
      const b = fs.readFileSync(f);
      b[0] = 0x00; // "SQLite format 3" no more
      fs.writeFileSync(f, b);
    },
    /geen databasebestand/,
    false,
  ],
  ['pagina', (f) => damageBtree(f, 'agreement'), /is beschadigd/, true],
  ['leeg', (f) => fs.writeFileSync(f, ''), /is leeg \(0 bytes\)/, false],
  [
    'tekst',
    (f) => fs.writeFileSync(f, 'Dit is een tekstbestand, geen dossier.\n'.repeat(10)),
    /geen databasebestand/,
    false,
  ],
  [
    'vreemd',
    (f) => {
      fs.rmSync(f);
      const db = new Database(f);
      db.exec('CREATE TABLE klant (naam TEXT)');
      db.close();
    },
    /van een ander programma/,
    false,
  ],
  [
    'nieuwer',
    (f) => {
      const db = new Database(f);
      db.pragma('user_version = 999');
      db.close();
    },
    /nieuwere versie/,
    false,
  ],
];

describe('dossier files', () => {
  it('Nieuw dossier makes an empty dossier and works in it; never over an existing file', async () => {
    answers = [at('nieuw.db')];
    const made = await files().create();
    expect(made).toMatchObject({ state: 'opened', name: 'nieuw.db', created: true });
    expect(value(api.invoke('app.info', {}))).toMatchObject({
      empty: true,
      databasePath: at('nieuw.db'),
    });
    answers = [at('eerste.db')];
    const refused = await files().create();
    expect(refused).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/bestaat al/),
    });
    expect(api.ctx.databasePath).toBe(at('nieuw.db'));
    answers = [null];
    expect(await files().create()).toBeNull();
  });

  it('Openen switches to another dossier and remembers it; a recent one opens by its place', async () => {
    const second = await demoFile('tweede.db');
    answers = [second];
    expect(await files().open({})).toMatchObject({ state: 'opened', name: 'tweede.db' });
    expect(regionCount()).toBe(2);
    const info = files().info();
    expect(info.recent.map((r) => r.name)).toEqual(['tweede.db']);
    answers = [at('eerste.db')];
    await files().open({});
    expect(
      files()
        .info()
        .recent.map((r) => r.name),
    ).toEqual(['eerste.db', 'tweede.db']);
    expect(regionCount()).toBe(1);
    expect(await files().open({ recent: 1 })).toMatchObject({ state: 'opened', name: 'tweede.db' });
    expect(regionCount()).toBe(2);
    await expect(files().open({ recent: 5 })).rejects.toThrow(/niet meer in de lijst/);
    answers = [at('bestaat-niet.db')];
    expect(await files().open({})).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/bestaat niet/),
    });
  });

  it.each(BROKEN)(
    'refuses a broken file (%s) and keeps the dossier in use',
    async (kind, breakIt, says, canRecover) => {
      const file = await demoFile(`${kind}.db`);
      await breakIt(file);
      const bytes = fs.readFileSync(file);
      const walBefore = fs.existsSync(`${file}-wal`);
      answers = [file];
      const result = await files().open({});
      expect(result).toMatchObject({
        state: 'refused',
        canRecover,
        message: expect.stringMatching(says),
      });
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.existsSync(`${file}-wal`)).toBe(walBefore);
      expect(api.ctx.databasePath).toBe(at('eerste.db'));
      expect(regionCount()).toBe(1);
      value(api.invoke('regions.create', { name: 'Regio Na De Weigering' }));
    },
  );

  it('opens a file whose -wal was lost after a crash, as it stood at the last checkpoint', async () => {
    const file = await demoFile('crash.db');
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer
      .prepare("INSERT INTO setting (key, value) VALUES ('organisation', 'Na de checkpoint')")
      .run();
    // The crash: the process is gone and its -wal with that commit is lost; the file remains.
    fs.copyFileSync(file, at('zonder-wal.db'));
    writer.close();
    answers = [at('zonder-wal.db')];
    expect(await files().open({})).toMatchObject({ state: 'opened' });
    expect(regionCount()).toBe(2);
    expect(value<{ organisation: string }>(api.invoke('settings.get', {})).organisation).toBe('');
    expect(String(api.ctx.repos.db.pragma('quick_check', { simple: true }))).toBe('ok');
  });

  it('rescues a damaged file into a new one and opens that', async () => {
    const file = await demoFile('kapot.db');
    BROKEN[2]![1](file);
    const dossierFiles = files();
    answers = [file];
    await dossierFiles.open({});
    answers = [at('gered.db')];
    const rescued = await dossierFiles.recover();
    expect(rescued).toMatchObject({ state: 'recovered', name: 'gered.db', schemaComplete: true });
    expect(rescued!.orphansRemoved).toBeGreaterThan(0);
    // Per part: what was read and what was lost, never "alles" for a part that is missing.
    expect(rescued!.parts.find((p) => p.part === 'afspraken')).toEqual({
      part: 'afspraken',
      copied: 0,
      lost: 15,
      removed: 0,
      state: 'unreadable',
    });
    expect(rescued!.parts.find((p) => p.part === 'statuswijzigingen')).toMatchObject({
      state: 'complete',
      removed: expect.any(Number),
    });
    expect(rescued!.parts.find((p) => p.part === 'regio’s')).toMatchObject({
      copied: 2,
      lost: 0,
      state: 'complete',
    });
    expect(api.ctx.databasePath).toBe(at('gered.db'));
    expect(regionCount()).toBe(2);
    expect(value(api.invoke('app.info', {}))).toMatchObject({ empty: false });
  });

  it('rescues nothing from a file whose schema is lost: says so, makes no file, stays put', async () => {
    const file = await demoFile('kapot.db');
    damageSchema(file);
    const dossierFiles = files();
    answers = [file];
    expect(await dossierFiles.open({})).toMatchObject({ state: 'refused', canRecover: true });
    answers = [at('gered.db')];
    const rescued = await dossierFiles.recover();
    expect(rescued).toMatchObject({ state: 'nothing', name: 'kapot.db', schemaComplete: false });
    expect(rescued!.parts.every((p) => p.state === 'unreadable' && p.copied === 0)).toBe(true);
    expect(fs.existsSync(at('gered.db'))).toBe(false);
    expect(api.ctx.databasePath).toBe(at('eerste.db'));
    expect(regionCount()).toBe(1);
  });

  it('rescues most of a file cut off at 70%, with a report per part', async () => {
    const file = await demoFile('afgebroken.db');
    truncateFile(file, 0.7);
    const dossierFiles = files();
    answers = [file];
    expect(await dossierFiles.open({})).toMatchObject({ state: 'refused', canRecover: true });
    answers = [at('gered.db')];
    const rescued = await dossierFiles.recover();
    expect(rescued).toMatchObject({ state: 'recovered', cutOff: { present: expect.any(Number) } });
    expect(rescued!.parts.reduce((n, p) => n + p.copied, 0)).toBeGreaterThan(100);
    expect(rescued!.parts.some((p) => p.state !== 'complete')).toBe(true);
    expect(api.ctx.databasePath).toBe(at('gered.db'));
    expect(regionCount()).toBe(2);
  });

  it('keeps each dossier’s backups apart, and offers another dossier’s after a loss', async () => {
    const first = await api.backupNow('handmatig');
    answers = [at('nieuw.db')];
    await files().create();
    // The new dossier has no backups of its own; the first dossier's are offered as another's.
    const list = value<{ dossier: string | null; name: string }[]>(api.invoke('backups.list', {}));
    expect(list).toEqual([
      expect.objectContaining({
        name: first.name,
        dossier: expect.stringMatching(/^eerste \([0-9a-f]{8}\)$/),
      }),
    ]);
    expect(await api.backupIfDue()).toMatchObject({ reason: 'dagelijks' });
    expect(value<unknown[]>(api.invoke('backups.list', {}))).toHaveLength(2);
    // Restoring the other dossier's backup: this file becomes that dossier.
    await api.restore(first.name, list[0]!.dossier);
    expect(regionCount()).toBe(1);
    const after = value<{ dossier: string | null }[]>(api.invoke('backups.list', {}));
    expect(after.filter((b) => b.dossier === null).length).toBeGreaterThanOrEqual(1);
  });

  it('Kopie opslaan als writes a verified copy and goes on with the same file', async () => {
    answers = [at('kopie.db')];
    expect(await files().saveCopy()).toEqual({ name: 'kopie.db', path: at('kopie.db') });
    const copy = new Database(at('kopie.db'), { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    // A dossier of its own from now on: another id, so other backups.
    const id = (db: Database.Database) =>
      db.prepare("SELECT value FROM setting WHERE key = 'dossierId'").pluck().get();
    expect(id(copy)).not.toBe(id(api.ctx.repos.db));
    expect(fs.existsSync(`${at('kopie.db')}-wal`)).toBe(false);
    expect(copy.prepare('SELECT count(*) AS n FROM region').get()).toEqual({ n: 1 });
    copy.close();
    expect(api.ctx.databasePath).toBe(at('eerste.db'));
    answers = [at('eerste.db')];
    await expect(files().saveCopy()).rejects.toThrow(/het geopende dossier zelf/);
  });
});
