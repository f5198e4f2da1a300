import { LATEST_VERSION } from '../../db/migrations';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliHarness';

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'dossier.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const regionCount = (file: string) => {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare('SELECT count(*) AS n FROM region').get() as { n: number }).n;
  } finally {
    raw.close();
  }
};

describe('cli usage', () => {
  it('prints Dutch help and uses exit code 2 for wrong usage', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Gebruik: npm run -s cli/);
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['--db', db, 'opruimen']);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Onbekende opdracht: opruimen/),
    });
    expect((await cli(['--db', db, 'import'])).stderr).toMatch(/mist het bestand/);
    expect((await cli(['--db', db, 'import'])).code).toBe(2);
    expect((await cli(['--db', db, 'check', '--verbose'])).code).toBe(2);
    expect((await cli(['--db', db, 'demo', '--force'])).stderr).toMatch(/hoort niet bij demo/);
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('cli commands', () => {
  it('init creates the database and reports the schema version', async () => {
    const first = await cli(['--db', db, 'init']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/Nieuwe database aangemaakt/);
    expect(first.stdout).toMatch(new RegExp(`Schemaversie: ${LATEST_VERSION}\\b`));
    expect((await cli(['--db', db, 'init'])).stdout).toMatch(/al bij de tijd/);
  });

  it('demo, export (all and by region name), import and check', async () => {
    expect((await cli(['--db', db, 'demo'])).stdout).toMatch(
      /Voorbeelddossier geladen: Regio Utrecht-Oost/,
    );
    const again = await cli(['--db', db, 'demo']);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/al geladen/) });

    const all = path.join(dir, 'alles.json');
    expect((await cli(['--db', db, 'export', all])).code).toBe(0);
    const one = await cli(
      ['--db', db, 'export', 'regio.json', '--region', 'regio utrecht-oost'],
      {},
      dir,
    );
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/18 partijen/);
    // The meetings go along (issue 7).
    const meetings =
      /3 overleggen, \d+ agendapunten, 2 besluiten, 10 gespreksverslagen, 5 verslagversies, 7 actiepunten, 1 notulenversie/;
    expect(one.stdout).toMatch(meetings);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'regio.json'), 'utf8')) as {
      regionId: string;
    };
    expect(doc.regionId).not.toBeNull();
    const unknown = await cli(
      ['--db', db, 'export', 'x.json', '--region', 'Regio Nergens'],
      {},
      dir,
    );
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Regio Nergens bestaat niet/),
    });
    expect(unknown.stderr).toMatch(/Regio Utrecht-Oost/);

    const copy = path.join(dir, 'kopie.db');
    const imported = await cli(['--db', copy, 'import', all]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/Ingelezen uit .*1 regio, 18 partijen/);
    expect(imported.stdout).toMatch(meetings);
    const check = await cli(['--db', copy, 'check']);
    expect(check).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Geen problemen gevonden\./),
    });
  });

  it('import: unreadable file, invalid JSON and schema errors print paths and write nothing', async () => {
    await cli(['--db', db, 'init']);
    const missing = await cli(['--db', db, 'import', path.join(dir, 'weg.json')]);
    expect(missing).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/niet lezen: het bestaat niet/),
    });

    // Over the documented limit (50 MB): refused before it is read (a sparse file, made at once).
    const huge = path.join(dir, 'groot.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 51 * 1024 * 1024);
    expect(await cli(['--db', db, 'import', huge])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /is 51 MB; Regiodossier leest bestanden tot 50 MB in\. .*export --region/,
      ),
    });

    const broken = path.join(dir, 'kapot.json');
    fs.writeFileSync(broken, '{"format": "regiodossier",');
    expect(await cli(['--db', db, 'import', broken])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/geen geldige JSON/),
    });

    const wrong = path.join(dir, 'fout.json');
    const doc = {
      format: 'regiodossier',
      version: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      regionId: null,
      regions: [],
      regionMemberships: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      auditLog: [],
      parties: [
        {
          id: crypto.randomUUID(),
          createdAt: '2026-11-22T10:00:00.000Z',
          updatedAt: '2026-11-22T10:00:00.000Z',
          deletedAt: null,
          type: 'bakkerij',
          name: 'Bakker Bart',
          notes: '',
        },
      ],
    };
    fs.writeFileSync(wrong, JSON.stringify(doc));
    const invalid = await cli(['--db', db, 'import', wrong]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/- parties\[0\]\.type: Kies een type organisatie/);
    expect(invalid.stderr).not.toMatch(/at .*\.ts/);
    expect(regionCount(db)).toBe(0);
  });

  it('check reports problems with exit code 1', async () => {
    await cli(['--db', db, 'demo']);
    const raw = new Database(db);
    raw
      .prepare(
        "UPDATE party SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM party)",
      )
      .run();
    raw.close();
    const check = await cli(['--db', db, 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/problemen gevonden/);
    expect(check.stdout).toMatch(/prullenbakgroep/);
  });

  it('backup makes a usable copy and only overwrites with --force', async () => {
    await cli(['--db', db, 'demo']);
    const target = path.join(dir, 'reserve.db');
    expect((await cli(['--db', db, 'backup', target])).code).toBe(0);
    expect(regionCount(target)).toBe(1);
    const refused = await cli(['--db', db, 'backup', target]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/--force/) });
    expect((await cli(['--db', db, 'backup', target, '--force'])).code).toBe(0);
    expect((await cli(['--db', target, 'check'])).code).toBe(0);
  });

  it('finds the database through REGIODOSSIER_DB and the app default folder', async () => {
    const viaEnv = await cli(['init'], { REGIODOSSIER_DB: 'env.db' }, dir);
    expect(viaEnv.stdout).toContain(path.join(dir, 'env.db'));
    const viaDefault = await cli(['init'], {}, dir);
    expect(viaDefault.stdout).toContain(
      path.join(dir, '.config', 'Regiodossier', 'regiodossier.db'),
    );
    expect(fs.existsSync(path.join(dir, '.config', 'Regiodossier', 'regiodossier.db'))).toBe(true);
  });
});

describe('cli refuses files that are not ours and changes nothing', () => {
  const bytes = (file: string) => fs.readFileSync(file);

  it('a text file', async () => {
    fs.writeFileSync(db, 'Dit is een boodschappenlijstje, geen database.\n'.repeat(20));
    const before = bytes(db);
    const run = await cli(['--db', db, 'check']);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/geen databasebestand/) });
    expect(bytes(db).equals(before)).toBe(true);
  });

  it('a SQLite database of another program', async () => {
    const raw = new Database(db);
    raw.exec('CREATE TABLE recepten (naam TEXT)');
    raw.close();
    const before = bytes(db);
    const run = await cli(['--db', db, 'demo']);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/ander programma/) });
    expect(bytes(db).equals(before)).toBe(true);
  });

  it('a database from a newer version', async () => {
    await cli(['--db', db, 'init']);
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.close();
    const before = bytes(db);
    const run = await cli(['--db', db, 'export', path.join(dir, 'x.json')]);
    expect(run).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/nieuwere versie van Regiodossier/),
    });
    expect(bytes(db).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});
