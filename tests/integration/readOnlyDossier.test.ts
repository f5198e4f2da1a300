import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/api/createApi';
import { createDossierFiles } from '../../electron/files/dossierFiles';
import { fileWritable, openDatabase } from '../../db/open';
import { migrations } from '../../db/migrations';
import { runCli } from '../../electron/cli/runCli';
import { tempDir } from './cliHarness';

/**
 * A dossier file this process may not write (chmod 444, a read-only folder): the app opens it
 * read-only and says so, every write is refused in Dutch with nothing written, and `init`
 * refuses it without leaving a -wal or -shm beside it. Tests run as root, where chmod 444 does
 * not stop a write, so the decision is injected (`canWrite`); fileWritable itself is tested as
 * far as root allows.
 */
let dir: string;
let file: string;
beforeEach(async () => {
  dir = tempDir();
  file = path.join(dir, 'dossier.db');
  const api = await createApi(file, { defaultBackupFolder: path.join(dir, 'bk') });
  api.invoke('dossier.loadDemo', {});
  api.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const listing = () => fs.readdirSync(dir).sort();
const notWritable = () => false;

describe('a dossier file that may not be written', () => {
  it('opens read-only in the app: reads work, writes are refused in Dutch, nothing changes', async () => {
    const before = fs.readFileSync(file);
    const files = listing();
    const api = await createApi(file, {
      defaultBackupFolder: path.join(dir, 'bk'),
      canWrite: notWritable,
      logError: () => undefined,
    });
    expect(api.readOnly).toBe(true);
    const regions = api.invoke('regions.list', {});
    expect(regions).toMatchObject({ ok: true, value: [{ name: 'Regio Utrecht-Oost' }] });
    const write = api.invoke('regions.create', { name: 'Regio Nieuw' });
    expect(write).toMatchObject({
      ok: false,
      error: {
        code: 'database',
        message: expect.stringMatching(
          /is alleen-lezen: wijzigingen worden niet opgeslagen.*Kopie opslaan als/,
        ),
      },
    });
    // Every screen's banner reads this.
    const dossierFiles = createDossierFiles({
      api,
      dialogs: { chooseSave: async () => null, chooseOpen: async () => null },
      recentStore: path.join(dir, 'recent.json'),
      logError: () => undefined,
    });
    expect(dossierFiles.info()).toMatchObject({ readOnly: true });
    api.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listing()).toEqual(files);
  });

  it('is refused by init (and every command that writes) with no -wal or -shm left beside it', async () => {
    const before = fs.readFileSync(file);
    const files = listing();
    let stderr = '';
    const code = await runCli(['--db', file, 'init'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((stderr += s), true) },
      env: {},
      cwd: dir,
      homedir: dir,
      platform: 'linux',
      canWrite: notWritable,
    } as never);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is alleen-lezen: Regiodossier mag er niet in schrijven/);
    expect(listing()).toEqual(files);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('is refused when it would need a migration, which it cannot have', async () => {
    const old = path.join(dir, 'oud.db');
    const { db } = await openDatabase(old, { migrations: migrations.slice(0, 1) });
    db.close();
    const files = listing();
    await expect(
      openDatabase(old, { canWrite: notWritable, whenNotWritable: 'open' }),
    ).rejects.toThrow(
      /oudere versie van Regiodossier en moet worden bijgewerkt, maar het is alleen-lezen/,
    );
    expect(listing()).toEqual(files);
  });

  it('fileWritable: a writable file and folder yes, a missing folder no; chmod 444 no (not as root)', () => {
    expect(fileWritable(file)).toBe(true);
    expect(fileWritable(path.join(dir, 'weg', 'dossier.db'))).toBe(false);
    fs.chmodSync(file, 0o444);
    // root may write any file: there access(W_OK) says yes, which is why the app injects it.
    expect(fileWritable(file)).toBe(process.getuid?.() === 0);
    fs.chmodSync(file, 0o644);
  });
});
