import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageBtree } from '../harness/damage';
import { createApi, type Api } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { Database } from '../../db/sqlite';
import { createBackup } from '../../db/backups';
import { tempDir } from './cliHarness';

/**
 * Restore (issue 9): a backup takes the place of the live file only after a safety copy of the
 * current state; that copy puts everything back; a damaged backup, or a file another program
 * still writes to, is refused with nothing changed; calls made while the file is swapped get a
 * clear answer, never an error from a closed database.
 */
let dir: string;
let api: Api;
const file = () => path.join(dir, 'dossier.db');
const folder = () => path.join(dir, 'back-ups');

beforeEach(async () => {
  dir = tempDir();
  api = await createApi(file(), { defaultBackupFolder: folder(), logError: () => undefined });
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
const regionNames = () =>
  value<{ name: string }[]>(api.invoke('regions.list', {}))
    .map((r) => r.name)
    .sort();

describe('restoring a backup', () => {
  it('saves the current state first, puts the backup back, and can go back again', async () => {
    const backup = await api.backupNow('handmatig');
    value(api.invoke('regions.create', { name: 'Regio Na de back-up' }));
    expect(regionNames()).toEqual(['Regio Na de back-up', 'Regio Utrecht-Oost']);

    const { restored, safety } = await api.restore(backup.name);
    expect(restored.name).toBe(backup.name);
    expect(safety.reason).toBe('voor-terugzetten');
    expect(safety.counts.regions).toBe(2);
    expect(regionNames()).toEqual(['Regio Utrecht-Oost']);
    // Writing works on the restored file, and no temporary file is left beside it.
    value(api.invoke('regions.create', { name: 'Regio Daarna' }));
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);

    // "Terug naar de versie van vóór het terugzetten".
    const back = await api.restore(safety.name);
    expect(back.safety.counts.regions).toBe(2); // the state with "Regio Daarna", kept too
    expect(regionNames()).toEqual(['Regio Na de back-up', 'Regio Utrecht-Oost']);
  });

  it('keeps the backup folder in use, not the one the restored data had', async () => {
    const backup = await api.backupNow('handmatig'); // made while no folder was chosen
    const chosen = path.join(dir, 'gekozen');
    fs.mkdirSync(chosen);
    const made = path.join(backupFolder(api.ctx), backup.name);
    value(api.invoke('backups.setFolder', { folder: chosen }));
    fs.mkdirSync(backupFolder(api.ctx), { recursive: true });
    fs.copyFileSync(made, path.join(backupFolder(api.ctx), backup.name));
    const { safety } = await api.restore(backup.name);
    expect(fs.existsSync(path.join(backupFolder(api.ctx), safety.name))).toBe(true);
    expect(path.dirname(backupFolder(api.ctx))).toBe(chosen);
    expect(value<{ folder: string }>(api.invoke('backups.status', {})).folder).toBe(chosen);
  });

  it('restores a backup that the safety copy’s retention rule removes', async () => {
    api.close();
    const now = new Date('2026-11-29T12:00:00.000Z');
    api = await createApi(file(), {
      defaultBackupFolder: folder(),
      clock: () => now,
      logError: () => undefined,
    });
    // Two backups on one day three days ago: the earlier one goes at the next pruning.
    const early = await createBackup(
      api.ctx.repos.db,
      backupFolder(api.ctx),
      'handmatig',
      new Date('2026-11-26T10:00:00.000Z'),
    );
    value(api.invoke('regions.create', { name: 'Regio Later Die Dag' }));
    await createBackup(
      api.ctx.repos.db,
      backupFolder(api.ctx),
      'handmatig',
      new Date('2026-11-26T11:00:00.000Z'),
    );
    const { restored } = await api.restore(path.basename(early.file));
    expect(restored.at).toBe('2026-11-26T10:00:00.000Z');
    expect(regionNames()).toEqual(['Regio Utrecht-Oost']);
    expect(fs.existsSync(early.file)).toBe(false); // pruned, but it was copied first
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses a second file operation while a restore runs', async () => {
    const backup = await api.backupNow('handmatig');
    const restoring = api.restore(backup.name);
    await expect(api.switchTo(path.join(dir, 'ander.db'), { create: true })).rejects.toThrow(
      /Even geduld: er wordt al een dossier/,
    );
    await expect(api.saveCopy(path.join(dir, 'kopie.db'))).rejects.toThrow(/Even geduld/);
    await restoring;
    expect(api.ctx.databasePath).toBe(file());
    expect(fs.existsSync(path.join(dir, 'ander.db'))).toBe(false);
  });

  it('refuses a damaged backup before anything is done', async () => {
    const backup = await api.backupNow('handmatig');
    const copy = path.join(backupFolder(api.ctx), backup.name);
    damageBtree(copy);
    value(api.invoke('regions.create', { name: 'Regio Blijft' }));

    await expect(api.restore(backup.name)).rejects.toThrow(/is beschadigd.*niets veranderd/);
    expect(regionNames()).toContain('Regio Blijft');
    // No safety copy was needed (the -wal and -shm are this test's read of the page size).
    expect(fs.readdirSync(backupFolder(api.ctx)).filter((f) => f.endsWith('.db'))).toEqual([
      backup.name,
    ]);
    await expect(api.restore('regiodossier-2026-01-01T00-00-00-000Z-handmatig.db')).rejects.toThrow(
      /staat niet \(meer\) in/,
    );
  });

  it('never offers another program’s file under a backup’s name, nor calls it damaged', async () => {
    const own = await api.backupNow('handmatig');
    const foreign = path.join(
      backupFolder(api.ctx),
      'regiodossier-2026-01-01T08-00-00-000Z-handmatig.db',
    );
    const other = new Database(foreign);
    other.exec('CREATE TABLE notities (tekst TEXT)');
    other.close();
    const list = value<{ name: string }[]>(api.invoke('backups.list', {}));
    expect(list.map((b) => b.name)).toEqual([own.name]);
    await expect(api.restore(path.basename(foreign))).rejects.toThrow(
      /staat niet \(meer\) in de back-upmap/,
    );
    await expect(api.restore(path.basename(foreign))).rejects.not.toThrow(/beschadigd/);
    expect(fs.existsSync(foreign)).toBe(true);
  });

  it('refuses while another program still has the file open with unsaved pages', async () => {
    const backup = await api.backupNow('handmatig');
    const other = new Database(file());
    other.pragma('wal_autocheckpoint = 0');
    other.prepare("UPDATE setting SET value = value WHERE key = 'dossierId'").run();
    other.prepare("INSERT OR REPLACE INTO setting (key, value) VALUES ('ander', 'Anders')").run();
    try {
      await expect(api.restore(backup.name)).rejects.toThrow(/nog geopend in een ander programma/);
      // The app goes on with the same file, and the other program's work is there.
      const read = api.ctx.repos.db.prepare("SELECT value FROM setting WHERE key = 'ander'");
      expect(read.get()).toEqual({ value: 'Anders' });
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('answers calls made while the file is swapped with "even geduld", never a failure', async () => {
    const backup = await api.backupNow('handmatig');
    const answers = new Set<string>();
    let done = false;
    const restoring = api.restore(backup.name).finally(() => (done = true));
    while (!done) {
      const r = api.invoke('regions.list', {});
      answers.add(r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await restoring;
    for (const answer of answers) expect(answer).toMatch(/^ok$|^conflict: Even geduld/);
    expect(api.invoke('regions.list', {}).ok).toBe(true);
  });
});
