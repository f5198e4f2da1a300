import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { toRemove } from '../../db/backupRetention';
import { listBackups } from '../../db/backups';
import type { BackupStatus } from '../../shared/schemas/backup';
import { tempDir } from './cliHarness';

/**
 * Backups under a clock that was wrong (issue 19, major 6): one backup made while the computer's
 * clock ran ahead stopped the daily backup for as long as the clock had been ahead, without a
 * warning. A backup dated in the future never counts as the latest (start-up, retention, status),
 * and the status warns once the latest real one is more than two days old.
 */
let dir: string;
let api: Api;
let now: Date;
beforeEach(async () => {
  dir = tempDir();
  now = new Date('2026-11-01T08:00:00Z');
  api = await createApi(path.join(dir, 'dossier.db'), {
    clock: () => now,
    defaultBackupFolder: path.join(dir, 'back-ups'),
    logError: () => undefined,
  });
});
afterEach(() => {
  api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const status = (): BackupStatus => {
  const r = api.invoke('backups.status', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as BackupStatus;
};
const at = (iso: string) => (now = new Date(iso));

describe('a backup made under a clock that ran ahead', () => {
  it('does not stop the daily backup once the clock is right again', async () => {
    // The clock runs 39 days ahead for one start-up, then is put right.
    at('2026-12-10T08:00:00Z');
    expect(await api.backupIfDue()).toMatchObject({ at: '2026-12-10T08:00:00.000Z' });
    at('2026-11-01T09:00:00Z');
    expect(await api.backupIfDue()).toMatchObject({
      reason: 'dagelijks',
      at: '2026-11-01T09:00:00.000Z',
    });
    // The real one counts from now on: not again the same day, again the next.
    at('2026-11-01T18:00:00Z');
    expect(await api.backupIfDue()).toBeNull();
    at('2026-11-02T09:30:00Z');
    expect(await api.backupIfDue()).toMatchObject({ at: '2026-11-02T09:30:00.000Z' });
  });

  it('is not the latest in the status, which says so when it is the only one', async () => {
    at('2026-12-10T08:00:00Z');
    await api.backupIfDue();
    at('2026-11-01T09:00:00Z');
    const s = status();
    expect(s.last).toBeNull();
    expect(s.warning).toContain('in de toekomst');
    expect(s.warning).toContain('10 december 2026');
    await api.backupNow('handmatig');
    expect(status()).toMatchObject({
      last: { at: '2026-11-01T09:00:00.000Z', reason: 'handmatig' },
      warning: null,
    });
  });

  it('takes no place in the retention rule and is kept while its date lies ahead', () => {
    const future = { at: '2027-03-01T08:00:00.000Z' };
    const daily = Array.from({ length: 10 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 10 - i, 8)).toISOString(),
    }));
    const removed = toRemove([future, ...daily], new Date('2026-11-10T09:00:00Z'));
    // The same as without it: the newest real one and the last 7 days stay.
    expect(removed).toEqual(toRemove(daily, new Date('2026-11-10T09:00:00Z')));
    expect(removed).not.toContain(future);
    expect(removed).not.toContain(daily[0]);
    expect(daily.slice(0, 7).some((b) => removed.includes(b))).toBe(false);
  });

  it('does not push the real backups out of the folder', async () => {
    at('2027-06-01T08:00:00Z');
    await api.backupNow('handmatig');
    for (let day = 1; day <= 9; day += 1) {
      at(`2026-11-0${day}T08:00:00Z`);
      await api.backupIfDue();
    }
    const kept = listBackups(backupFolder(api.ctx)).map((b) => b.at.slice(0, 10));
    expect(kept).toContain('2027-06-01');
    for (let day = 3; day <= 9; day += 1) expect(kept).toContain(`2026-11-0${day}`);
  });
});

describe('the backup status', () => {
  it('warns once the latest backup is more than two days old', async () => {
    await api.backupNow('handmatig');
    at('2026-11-03T07:59:00Z');
    expect(status().warning).toBeNull();
    at('2026-11-03T08:01:00Z');
    expect(status().warning).toBe(
      'De laatste back-up is van 1 november 2026 om 09:00, meer dan twee dagen geleden. Maak nu een back-up.',
    );
  });
});
