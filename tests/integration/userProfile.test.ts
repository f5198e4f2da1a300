/**
 * Issue 19, major 4: "Uw naam" is the computer's (the user profile), not the dossier's. Two
 * computers open the same dossier file, each with its own profile file; a copy of the file
 * carries no name to the other; the CLI names its user with --user, REGIODOSSIER_USER or the OS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileProfile } from '../../electron/files/userProfile';
import { runCli } from '../../electron/cli/runCli';
import { makeApi, type TestApi } from '../fixtures/api';

let dir: string;
const opened: TestApi[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-profile-'));
});
afterEach(() => {
  while (opened.length) opened.pop()!.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One computer: its own profile file (as app.getPath('userData')/gebruiker.json). */
async function computer(name: string, file: string) {
  const logged: unknown[] = [];
  const profile = fileProfile(path.join(dir, name, 'gebruiker.json'), (e) => logged.push(e));
  const api = await makeApi(file, { profile });
  opened.push(api);
  return api;
}

type Region = { id: string; name: string; zorgkantoorNumber: number | null; description: string };
const rename = (api: TestApi, r: Region, name: string) =>
  api.call('regions.update', {
    id: r.id,
    name,
    zorgkantoorNumber: r.zorgkantoorNumber,
    description: r.description,
  });

const actors = (api: TestApi, regionId: string) =>
  api
    .call('history.list', { entity: 'region', id: regionId })
    .map((e) => e.actor)
    .reverse();

describe('the user profile belongs to the computer, not to the dossier', () => {
  it('two computers write one dossier file; the history names each, neither inherits the other', async () => {
    const file = path.join(dir, 'regio.db');
    const anna = await computer('laptop-anna', file);
    anna.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
    const region = anna.call('regions.create', { name: 'Regio Eem' });
    anna.close();
    opened.pop();

    // Bert's computer has never been used: the dossier gives it no name.
    const bert = await computer('laptop-bert', file);
    expect(bert.call('settings.get', {})).toMatchObject({ userName: '', organisation: '' });
    bert.call('settings.update', { userName: 'Bert Bakker' });
    rename(bert, region, 'Regio Eemland');
    bert.close();
    opened.pop();

    // Anna again, on her own computer: still her name, and both are in the history.
    const again = await computer('laptop-anna', file);
    expect(again.call('settings.get', {})).toMatchObject({
      userName: 'Anna de Vries',
      organisation: 'Gemeente Zeist',
    });
    rename(again, region, 'Regio Eem en Vallei');
    expect(actors(again, region.id)).toEqual([
      'Anna de Vries (Gemeente Zeist)',
      'Bert Bakker',
      'Anna de Vries (Gemeente Zeist)',
    ]);
    // The dossier holds no name of a user as a setting.
    const keys = again.ctx.repos.db.prepare('SELECT key FROM setting ORDER BY key').all();
    expect(keys).toEqual([{ key: 'currentRegionId' }, { key: 'dossierId' }]);
  });

  it('a copy handed to a colleague carries no name: their changes are theirs', async () => {
    const anna = await computer('laptop-anna', path.join(dir, 'regio.db'));
    anna.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
    const region = anna.call('regions.create', { name: 'Regio Eem' });
    const copy = path.join(dir, 'kopie voor Carla.db');
    await anna.saveCopy(copy);

    const carla = await computer('laptop-carla', copy);
    expect(carla.call('settings.get', {}).userName).toBe('');
    rename(carla, region, 'Regio Eemland');
    carla.call('settings.update', { userName: 'Carla Claassen', organisation: 'Zorgkantoor' });
    rename(carla, region, 'Regio Eemland-Noord');
    expect(actors(carla, region.id)).toEqual([
      'Anna de Vries (Gemeente Zeist)',
      'Onbekende gebruiker',
      'Carla Claassen (Zorgkantoor)',
    ]);
    // Anna's computer is untouched by what happened to the copy.
    expect(anna.call('settings.get', {}).userName).toBe('Anna de Vries');
  });

  it('stores the profile in its own file, whole; an invalid file or name changes nothing', async () => {
    const store = path.join(dir, 'laptop', 'gebruiker.json');
    const api = await computer('laptop', ':memory:');
    api.call('settings.update', { userName: '  Anna de Vries ', organisation: 'Gemeente Zeist' });
    expect(JSON.parse(fs.readFileSync(store, 'utf8'))).toEqual({
      userName: 'Anna de Vries',
      organisation: 'Gemeente Zeist',
    });
    expect(fs.readdirSync(path.dirname(store))).toEqual(['gebruiker.json']);

    // Refused: an empty name, a control character, a region that does not exist.
    expect(api.fail('settings.update', { userName: '' })).toMatchObject({ code: 'invalid_input' });
    expect(api.fail('settings.update', { userName: 'Anna\u202E' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      api.fail('settings.update', { userName: 'Piet', currentRegionId: crypto.randomUUID() }),
    ).toMatchObject({ code: 'not_found' });
    expect(JSON.parse(fs.readFileSync(store, 'utf8')).userName).toBe('Anna de Vries');

    // A damaged profile file reads as empty (the app asks again) and is logged, never half used.
    fs.writeFileSync(store, '{"userName": 12}');
    const logged: unknown[] = [];
    expect(fileProfile(store, (e) => logged.push(e)).get()).toEqual({
      userName: '',
      organisation: '',
    });
    expect(logged).toHaveLength(1);
  });
});

describe('the CLI names its user', () => {
  let runs = 0;
  async function importAs(args: string[], env: Record<string, string>, username = 'anna') {
    const db = path.join(dir, `cli-${++runs}.db`);
    const doc = path.join(dir, 'leeg.json');
    fs.writeFileSync(
      doc,
      JSON.stringify({
        format: 'regiodossier',
        version: 1,
        exportedAt: '2026-11-22T10:00:00.000Z',
        regionId: null,
        ...Object.fromEntries(
          ['regions', 'regionMemberships', 'contacts', 'roleAssignments', 'themes', 'auditLog']
            .concat('parties')
            .map((k) => [k, []]),
        ),
      }),
    );
    let stderr = '';
    const code = await runCli([...args, '--db', db, 'import', doc], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd: dir,
      homedir: dir,
      platform: 'linux',
      username,
      clock: () => new Date('2026-11-22T10:00:00.000Z'),
    });
    const api = code === 0 ? await makeApi(db) : null;
    if (api) opened.push(api);
    const imports = api?.ctx.repos.db
      .prepare("SELECT actor FROM audit_log WHERE entity = 'import'")
      .all() as { actor: string }[] | undefined;
    if (code !== 0 && !stderr.startsWith('--user')) throw new Error(stderr);
    return { code, stderr, actors: imports?.map((r) => r.actor) };
  }

  it('--user, else REGIODOSSIER_USER, else the OS user name; a wrong name is wrong usage', async () => {
    const env = { REGIODOSSIER_USER: 'Bert Bakker' };
    expect((await importAs(['--user', 'Anna de Vries'], env)).actors).toEqual(['Anna de Vries']);
    expect((await importAs([], env)).actors).toEqual(['Bert Bakker']);
    expect((await importAs([], {}, 'cvdberg')).actors).toEqual(['cvdberg']);
    expect((await importAs([], {}, '')).actors).toEqual(['Onbekende gebruiker']);
    const wrong = await importAs(['--user', 'Anna\u001b[2J'], {});
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^--user: /);
  });
});
