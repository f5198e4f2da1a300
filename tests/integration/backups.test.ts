import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { backupFolder } from '../../electron/api/backups';
import { isoWeek, toRemove } from '../../db/backupRetention';
import { backupName, createBackup, listBackups, pruneBackups, readBackup } from '../../db/backups';
import { DbError } from '../../db/errors';
import { openDatabase } from '../../db/open';
import { tempDir } from './cliHarness';

/**
 * Backups (issue 9): a verified online copy, also while writes continue; a folder that cannot be
 * reached is said in Dutch; the list reads what each backup holds; retention keeps 7 daily,
 * 4 weekly and 6 monthly copies.
 */
let dir: string;
let api: Api;
beforeEach(async () => {
  dir = tempDir();
  api = await createApi(path.join(dir, 'dossier.db'), { logError: () => undefined });
  const demo = api.invoke('dossier.loadDemo', {});
  if (!demo.ok) throw new Error(demo.error.message);
});
afterEach(() => {
  api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const folder = () => path.join(dir, 'back-ups');

describe('a backup', () => {
  it('is a verified copy with the time and reason in its name, and no temporary file is left', async () => {
    const at = new Date('2026-11-29T15:04:05.000Z');
    const info = await createBackup(api.ctx.repos.db, folder(), 'handmatig', at);
    expect(path.basename(info.file)).toBe('regiodossier-2026-11-29T15-04-05-000Z-handmatig.db');
    expect(fs.readdirSync(folder())).toEqual([path.basename(info.file)]);
    expect(info.counts).toMatchObject({ regions: 1, agreements: 15 });
    expect(readBackup(info.file)).toMatchObject({ ok: 'ok', counts: info.counts });
    // It opens as a dossier of its own.
    const copy = await openDatabase(info.file);
    expect(copy.db.prepare('SELECT count(*) AS n FROM agreement').get()).toEqual({ n: 15 });
    copy.db.close();
  });

  it('never replaces another backup, also not one made in the same millisecond', async () => {
    const at = new Date('2026-11-29T15:04:05.000Z');
    await createBackup(api.ctx.repos.db, folder(), 'handmatig', at);
    const second = await createBackup(api.ctx.repos.db, folder(), 'handmatig', at);
    expect(second.at).toBe('2026-11-29T15:04:05.001Z');
    expect(listBackups(folder())).toHaveLength(2);
  });

  it('taken while writes continue is consistent and holds every write made before it finished', async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const r = api.invoke('regions.create', { name: `Tussendoor ${written + 1}` });
        if (r.ok) written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const info = await createBackup(api.ctx.repos.db, folder(), 'handmatig');
    const atFinish = written;
    writing = false;
    await writer;
    expect(atFinish).toBeGreaterThan(0);
    expect(readBackup(info.file).ok).toBe('ok');
    expect(info.counts.regions).toBe(1 + atFinish);
  });

  it('says in Dutch when the folder cannot be reached, and leaves nothing behind', async () => {
    const blocked = path.join(dir, 'een-bestand');
    fs.writeFileSync(blocked, 'geen map');
    const error = await createBackup(
      api.ctx.repos.db,
      path.join(blocked, 'sub'),
      'handmatig',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('unreachable');
    expect((error as DbError).message).toContain('niet bereikbaar of niet beschrijfbaar');
  });
});

describe('the daily backup at start-up', () => {
  it('is made when the last one is more than a day old, and not again the same day', async () => {
    let now = new Date('2026-11-29T08:00:00Z');
    const daily = await createApi(path.join(dir, 'dagelijks.db'), {
      clock: () => now,
      defaultBackupFolder: path.join(dir, 'dagelijkse-back-ups'),
      logError: () => undefined,
    });
    try {
      expect(await daily.backupIfDue()).toMatchObject({ reason: 'dagelijks' });
      now = new Date('2026-11-29T20:00:00Z');
      expect(await daily.backupIfDue()).toBeNull();
      now = new Date('2026-11-30T09:00:00Z');
      expect(await daily.backupIfDue()).toMatchObject({ at: '2026-11-30T09:00:00.000Z' });
      expect(listBackups(backupFolder(daily.ctx))).toHaveLength(2);
      expect(path.dirname(backupFolder(daily.ctx))).toBe(path.join(dir, 'dagelijkse-back-ups'));
    } finally {
      daily.close();
    }
  });
});

describe('the list of backups and the retention rule', () => {
  it('lists backups newest first with what they hold, and ignores other files', async () => {
    await createBackup(api.ctx.repos.db, folder(), 'dagelijks', new Date('2026-11-27T08:00:00Z'));
    api.invoke('regions.create', { name: 'Regio Noord' });
    await createBackup(api.ctx.repos.db, folder(), 'handmatig', new Date('2026-11-28T08:00:00Z'));
    fs.writeFileSync(path.join(folder(), 'notities.txt'), 'van de gebruiker');
    fs.writeFileSync(path.join(folder(), backupName(new Date(), 'handmatig')), 'kapot');
    const list = listBackups(folder());
    expect(list.map((b) => [b.at, b.reason, b.counts.regions])).toEqual([
      ['2026-11-28T08:00:00.000Z', 'handmatig', 2],
      ['2026-11-27T08:00:00.000Z', 'dagelijks', 1],
    ]);
  });

  it('reads each backup’s own facts, so two with the same numbers still differ', async () => {
    let now = new Date('2026-11-27T08:00:00Z');
    const timed = await createApi(path.join(dir, 'getijd.db'), {
      logError: () => undefined,
      clock: () => now,
    });
    timed.invoke('dossier.loadDemo', {});
    await createBackup(timed.ctx.repos.db, folder(), 'dagelijks', now);
    now = new Date('2026-11-28T09:30:00Z');
    expect(timed.invoke('themes.create', { name: 'Nieuw thema' }).ok).toBe(true);
    await createBackup(timed.ctx.repos.db, folder(), 'handmatig', now);
    timed.close();
    const [newer, older] = listBackups(folder());
    expect(newer!.counts).toEqual(older!.counts);
    expect(older!.lastChange).toBe('2026-11-27T08:00:00.000Z');
    expect(newer!.lastChange).toBe('2026-11-28T09:30:00.000Z');
  });

  it('with a backup every day: the oldest is about five months old, removed data gone within five', () => {
    const DAY = 86_400_000;
    const start = Date.parse('2026-01-01T08:00:00Z');
    const removedAt = start + 215 * DAY + 3_600_000; // 4 August 2026, after that day's backup
    let kept: { at: string }[] = [];
    let lastHeld = 0;
    let oldestAge = 0;
    for (let d = 0; d < 500; d++) {
      const now = new Date(start + d * DAY);
      kept.push({ at: now.toISOString() });
      const gone = new Set(toRemove(kept, now));
      kept = kept.filter((b) => !gone.has(b));
      if (kept.some((b) => Date.parse(b.at) < removedAt)) lastHeld = d;
      oldestAge = Math.max(oldestAge, (now.getTime() - Date.parse(kept[0]!.at)) / DAY);
    }
    // Not four months, not six: between about four and a half and five months.
    expect(oldestAge).toBeGreaterThan(120);
    expect(oldestAge).toBeLessThanOrEqual(153);
    expect(lastHeld - 215).toBeGreaterThan(120);
    expect(lastHeld - 215).toBeLessThanOrEqual(153);
  });

  it('names a chosen folder that does not exist yet as one to be made, not as unreachable', async () => {
    const chosen = path.join(dir, 'nieuw', 'back-ups');
    expect(api.invoke('backups.setFolder', { folder: chosen }).ok).toBe(true);
    const status = api.invoke('backups.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: {
        warning: expect.stringMatching(
          /bestaat nog niet en wordt bij de volgende back-up aangemaakt/,
        ),
      },
    });
    expect(await api.backupNow()).toMatchObject({ reason: 'handmatig' });
    expect(fs.existsSync(chosen)).toBe(true);
    // Under a file no folder can be made: that one is unreachable.
    fs.writeFileSync(path.join(dir, 'een-bestand'), 'geen map');
    api.invoke('backups.setFolder', { folder: path.join(dir, 'een-bestand', 'sub') });
    expect(api.invoke('backups.status', {})).toMatchObject({
      value: { warning: expect.stringMatching(/niet bereikbaar/) },
    });
  });

  it('keeps the last 7 days, 4 weeks and 6 months, and the newest always', () => {
    const series = Array.from({ length: 400 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 29, 12) - i * 86_400_000).toISOString(),
    }));
    // Two on the newest day: the later one is kept, the earlier may go.
    series.push({ at: '2026-11-29T09:00:00.000Z' });
    const removed = new Set(toRemove(series, new Date('2026-11-30T13:00:00Z')));
    const kept = series.filter((b) => !removed.has(b));
    const has = (key: (at: string) => string, value: string) =>
      kept.some((b) => key(b.at) === value);
    for (let i = 0; i < 7; i += 1) {
      expect(has((at) => at.slice(0, 10), series[i]!.at.slice(0, 10))).toBe(true);
    }
    for (const week of ['2026-W48', '2026-W47', '2026-W46', '2026-W45']) {
      expect(has(isoWeek, week)).toBe(true);
    }
    for (const month of ['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06']) {
      expect(has((at) => at.slice(0, 7), month)).toBe(true);
    }
    expect(kept.length).toBeLessThanOrEqual(17);
    expect(kept[0]!.at).toBe('2026-11-29T12:00:00.000Z');
    expect(removed.has(series.at(-1)!)).toBe(true);
    expect(toRemove([], new Date())).toEqual([]);
    // Within the last 24 hours every backup stays, several on one day included.
    const now = new Date('2026-11-29T18:00:00Z');
    const today = [
      '2026-11-29T09:00:00.000Z',
      '2026-11-29T12:00:00.000Z',
      '2026-11-29T17:00:00.000Z',
    ];
    expect(
      toRemove(
        today.map((at) => ({ at })),
        now,
      ),
    ).toEqual([]);
  });

  it('counts ISO weeks as the calendar does', () => {
    expect(isoWeek('2026-11-29T23:00:00Z')).toBe('2026-W48');
    expect(isoWeek('2026-11-30T00:00:00Z')).toBe('2026-W49');
    expect(isoWeek('2021-01-03T12:00:00Z')).toBe('2020-W53');
    expect(isoWeek('2026-01-01T12:00:00Z')).toBe('2026-W01');
  });

  it('prunes by the rule and leaves other files alone', async () => {
    for (let i = 0; i < 10; i += 1) {
      await createBackup(
        api.ctx.repos.db,
        folder(),
        'dagelijks',
        new Date(Date.UTC(2026, 10, 29 - i, 8)),
      );
    }
    fs.writeFileSync(path.join(folder(), 'notities.txt'), 'van de gebruiker');
    const removed = pruneBackups(folder(), new Date(Date.UTC(2026, 10, 29, 9)));
    expect(removed.length).toBeGreaterThan(0);
    expect(listBackups(folder()).length).toBe(10 - removed.length);
    expect(fs.existsSync(path.join(folder(), 'notities.txt'))).toBe(true);
  });
});
