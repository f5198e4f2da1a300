import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { listBackups, readBackup } from '../../db/backups';
import { Database } from '../../db/sqlite';
import { tempDir } from './cliHarness';

/**
 * Before a change that cannot be undone in the app (issue 9): purging from the Prullenbak and
 * importing a file first make a verified backup, one per ten minutes of such changes; when the
 * backup fails the change is refused and nothing changes; invalid input makes no backup.
 */
let dir: string;
let api: Api;
let now: Date;
const folder = () => path.join(dir, 'back-ups');

beforeEach(async () => {
  dir = tempDir();
  now = new Date('2026-11-29T10:00:00.000Z');
  api = await createApi(path.join(dir, 'dossier.db'), {
    defaultBackupFolder: folder(),
    clock: () => now,
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
const trashOne = (name: string) => {
  const region = value<{ id: string }>(api.invoke('regions.create', { name }));
  value(api.invoke('regions.delete', { id: region.id }));
  return { entity: 'region', id: region.id };
};

describe('a backup before a change that cannot be undone', () => {
  it('is made before a purge and holds what was purged; the next ten minutes share it', () => {
    const first = trashOne('Regio Weg');
    const second = trashOne('Regio Ook Weg');
    const third = trashOne('Regio Later Weg');
    value(api.invoke('trash.purge', first));
    const [backup] = listBackups(backupFolder(api.ctx));
    expect(backup).toMatchObject({ reason: 'voor-verwijderen', counts: { regions: 1 } });
    expect(readBackup(backup!.file).ok).toBe('ok');
    // The purged region is in the backup (in the Prullenbak there), and gone from the dossier.
    const trashed = new Database(backup!.file, { readonly: true });
    expect(trashed.prepare('SELECT name FROM region WHERE id = ?').get(first.id)).toEqual({
      name: 'Regio Weg',
    });
    trashed.close();

    // Emptying the Prullenbak item by item: the same backup covers the next purge.
    now = new Date(now.getTime() + 5 * 60_000);
    value(api.invoke('trash.purge', second));
    expect(listBackups(backupFolder(api.ctx))).toHaveLength(1);
    // Anything else changed since: a new backup, also within the ten minutes.
    value(api.invoke('regions.create', { name: 'Regio Tussendoor' }));
    value(api.invoke('trash.purge', third));
    expect(listBackups(backupFolder(api.ctx))).toHaveLength(2);
    // After ten minutes: a new one too.
    const fourth = trashOne('Regio Nog Een');
    value(api.invoke('trash.purge', fourth));
    now = new Date(now.getTime() + 11 * 60_000);
    value(api.invoke('trash.purge', trashOne('Regio Laatste')));
    expect(listBackups(backupFolder(api.ctx)).map((b) => b.reason)).toEqual([
      'voor-verwijderen',
      'voor-verwijderen',
      'voor-verwijderen',
      'voor-verwijderen',
    ]);
  });

  it('is made before an import', async () => {
    const other = await createApi(':memory:', { logError: () => undefined });
    value(other.invoke('regions.create', { name: 'Regio Van Een Collega' }));
    const document = value(other.invoke('dossier.export', { regionId: null }));
    other.close();
    value(api.invoke('dossier.import', { document }));
    expect(listBackups(backupFolder(api.ctx))).toMatchObject([
      { reason: 'voor-import', counts: { regions: 1 } },
    ]);
  });

  it('refuses the purge when the backup cannot be made, and nothing changes', () => {
    const item = trashOne('Regio Blijft');
    fs.writeFileSync(path.join(dir, 'geen-map'), 'x');
    value(api.invoke('backups.setFolder', { folder: path.join(dir, 'geen-map', 'sub') }));
    const result = api.invoke('trash.purge', item);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('database');
      expect(result.error.message).toMatch(
        /^Eerst wordt een back-up gemaakt, maar dat lukte niet; er is niets verwijderd\. De back-upmap/,
      );
    }
    expect(value<{ id: string }[]>(api.invoke('trash.list', {})).map((t) => t.id)).toContain(
      item.id,
    );
  });

  it('is not made for input that is refused anyway', () => {
    expect(api.invoke('trash.purge', { entity: 'nope', id: 'x' }).ok).toBe(false);
    expect(api.invoke('dossier.import', { document: {}, extra: 1 }).ok).toBe(false);
    expect(listBackups(backupFolder(api.ctx))).toEqual([]);
  });
});
