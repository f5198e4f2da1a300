import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { listBackups } from '../../db/backups';
import { tempDir } from './cliHarness';

/**
 * Gegevens importeren on a thread of its own (issue 9): the worker opens the same file, reads the
 * text in all or nothing; the app's calls wait meanwhile; a backup comes first; bad files are
 * refused in Dutch with nothing written.
 */
const WORKER = {
  url: new URL('../harness/tsWorker.mjs', import.meta.url),
  argv: [new URL('../../electron/files/importWorker.ts', import.meta.url).href],
};
let dir: string;
let api: Api;
beforeEach(async () => {
  dir = tempDir();
  api = await createApi(path.join(dir, 'dossier.db'), {
    defaultBackupFolder: path.join(dir, 'back-ups'),
    logError: () => undefined,
  });
  api.invoke('dossier.loadDemo', {});
});
afterEach(() => {
  api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function colleagueFile() {
  const other = await createApi(':memory:');
  other.invoke('regions.create', { name: 'Regio Van Een Collega' });
  const exported = other.invoke('dossier.export', { regionId: null });
  other.close();
  return JSON.stringify(exported.ok && exported.value);
}
const regionNames = () => {
  const r = api.invoke('regions.list', {});
  return r.ok ? (r.value as { name: string }[]).map((x) => x.name).sort() : [];
};

describe('importing on a thread of its own', () => {
  it('reads the file in after a backup, while the app’s calls wait', async () => {
    const importing = api.importFile(await colleagueFile(), 'collega.json', WORKER);
    const meanwhile = api.invoke('regions.list', {});
    expect(meanwhile).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Even geduld: er wordt een bestand ingelezen/),
      },
    });
    expect(await importing).toMatchObject({ counts: { regions: 1 } });
    expect(regionNames()).toEqual(['Regio Utrecht-Oost', 'Regio Van Een Collega']);
    expect(listBackups(backupFolder(api.ctx))).toMatchObject([{ reason: 'voor-import' }]);
  }, 30_000);

  it('refuses broken JSON and a wrong file in Dutch, and writes nothing', async () => {
    await expect(api.importFile('{"kapot', 'kapot.json', WORKER)).rejects.toThrow(
      /kapot\.json is geen geldig JSON-bestand/,
    );
    await expect(api.importFile('{"format": "iets anders"}', 'fout.json', WORKER)).rejects.toThrow(
      /niet ingelezen/,
    );
    expect(regionNames()).toEqual(['Regio Utrecht-Oost']);
    expect(api.invoke('regions.list', {}).ok).toBe(true);
  }, 30_000);
});
