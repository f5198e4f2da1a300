import fs from 'node:fs';
import path from 'node:path';
import {
  changeMark,
  createBackup,
  createBackupSync,
  dossierBackupFolder,
  ensureDossierId,
  listBackups,
  otherDossierFolders,
  pruneBackups,
  type BackupInfo,
} from '../../db/backups';
import { isFuture, latestBackup } from '../../db/backupRetention';
import { contract, isMethod } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { DbError } from '../../db/errors';
import { DomainError } from '../../shared/api/result';
import type { BackupReason, BackupSummary } from '../../shared/schemas/backup';
import { formatDateTimeNl } from '../../shared/dates';
import type { ApiContext } from './context';
import { defineHandlers } from './handler';

/**
 * Backups (issue 9): the folder (chosen in Instellingen, else the default), making one with the
 * retention rule after it, the daily one at start-up, and the status and list the screens show.
 * Making one is asynchronous, so the transports reach it as a task (api.backupNow,
 * shared/api/tasks.ts); status, list and folder are in the handler table.
 */
/** The backup folder chosen in Instellingen, else the default one. */
export const backupRoot = (ctx: ApiContext): string =>
  ctx.repos.settings.get('backupFolder') || ctx.defaultBackupFolder;

/** This dossier's own folder under it (db/backups.ts dossierBackupFolder). */
export const backupFolder = (ctx: ApiContext): string =>
  dossierBackupFolder(backupRoot(ctx), ensureDossierId(ctx.repos.db), ctx.databasePath);

/** `dossier`: the folder of another dossier it belongs to; null for this dossier's own. */
export const backupSummaryOf = (b: BackupInfo, dossier: string | null = null): BackupSummary => ({
  dossier,
  name: path.basename(b.file),
  at: b.at,
  reason: b.reason,
  bytes: b.bytes,
  counts: b.counts,
  lastChange: b.lastChange,
});

const DAY_MS = 86_400_000;
/** Older than this, the status warns: a daily backup has been missed on two days in a row. */
const STALE_MS = 2 * DAY_MS;

/** A verified backup in the chosen folder, then the retention rule; the folder's trouble in Dutch. */
export async function backupNow(ctx: ApiContext, reason: BackupReason): Promise<BackupSummary> {
  try {
    // Counted before copying: a change made while it copies may be missing, so it is not covered.
    const changes = totalChanges(ctx);
    const info = await createBackup(ctx.repos.db, backupFolder(ctx), reason, ctx.clock());
    pruneBackups(path.dirname(info.file), ctx.clock());
    ctx.backupCover = { at: ctx.clock().getTime(), changes };
    return backupSummaryOf(info);
  } catch (error) {
    // Unreachable, full, not verified: said as the envelope says a domain failure.
    if (error instanceof DbError) throw new DomainError('database', error.message);
    throw error;
  }
}

/**
 * The changes that cannot be undone in the app, and the reason their backup carries. A Map, not
 * an object: a method name such as `__proto__` or `constructor` must find nothing here.
 */
const RISKY: ReadonlyMap<unknown, BackupReason> = new Map<string, BackupReason>([
  ['trash.purge', 'voor-verwijderen'],
  ['dossier.import', 'voor-import'],
]);
/** One backup covers the risky changes of the next few minutes (emptying the Prullenbak item by item). */
const RISK_COVER_MS = 10 * 60_000;

/**
 * Before a change that cannot be undone (a purge from the Prullenbak, an import): a verified
 * backup, made synchronously so that nothing comes in between, unless this session made one in
 * the last ten minutes and nothing else has changed since (only risky changes it covered).
 * When the backup fails, the change is refused (null: go ahead).
 * Input that is not valid makes no backup: the dispatcher refuses it.
 */
export function backupBeforeRisk(
  ctx: ApiContext,
  method: unknown,
  input: unknown,
): ApiResult<never> | null {
  const reason = RISKY.get(method);
  if (!reason || ctx.databasePath === ':memory:') return null;
  const now = ctx.clock();
  const cover = ctx.backupCover;
  if (cover && now.getTime() - cover.at < RISK_COVER_MS && cover.changes === totalChanges(ctx)) {
    return null;
  }
  if (!isMethod(method) || !contract[method].input.safeParse(input ?? undefined).success) {
    return null;
  }
  try {
    const folder = backupFolder(ctx);
    createBackupSync(ctx.repos.db, folder, reason, now);
    pruneBackups(folder, now);
    ctx.backupCover = { at: now.getTime(), changes: totalChanges(ctx) };
    return null;
  } catch (error) {
    ctx.logError(error);
    const what = reason === 'voor-import' ? 'er is niets ingelezen' : 'er is niets verwijderd';
    const why = error instanceof DbError ? error.message : 'De back-up kon niet worden gemaakt.';
    return {
      ok: false,
      error: {
        code: 'database',
        message: `Eerst wordt een back-up gemaakt, maar dat lukte niet; ${what}. ${why}`,
      },
    };
  }
}

/** Whether the dossier changed since a backup (db/backups.ts changeMark). */
const totalChanges = (ctx: ApiContext) => changeMark(ctx.repos.db);

/**
 * After a risky change succeeded: the backup made for it still covers the dossier (what the
 * change removed or added was, or was not, in it by design), so the next risky change within
 * ten minutes needs none, unless anything else changed in between.
 */
export function coveredRisk<R extends { ok: boolean }>(
  ctx: ApiContext,
  method: unknown,
  result: R,
): R {
  if (result.ok && RISKY.has(method) && ctx.backupCover) {
    ctx.backupCover = { ...ctx.backupCover, changes: totalChanges(ctx) };
  }
  return result;
}

/**
 * At start-up: a backup when the last one is more than a day old (or there is none), else null.
 * One dated in the future (made under a wrong clock) never counts as the last.
 */
export async function backupIfDue(ctx: ApiContext): Promise<BackupSummary | null> {
  const now = ctx.clock();
  const last = latestBackup(listBackups(backupFolder(ctx)), now);
  if (last && now.getTime() - Date.parse(last.at) < DAY_MS) return null;
  return backupNow(ctx, 'dagelijks');
}

/**
 * Whether a backup can go into the folder: it is there and writable ('ready'), it is not there
 * yet but its nearest existing parent folder is writable, so the next backup makes it
 * ('missing'), or neither ('unreachable').
 */
export function folderState(folder: string): 'ready' | 'missing' | 'unreachable' {
  const writable = (dir: string) => {
    try {
      fs.accessSync(dir, fs.constants.W_OK);
      return fs.statSync(dir).isDirectory();
    } catch {
      return false;
    }
  };
  if (fs.existsSync(folder)) return writable(folder) ? 'ready' : 'unreachable';
  for (let dir = path.dirname(folder); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir)) return writable(dir) ? 'missing' : 'unreachable';
    if (path.dirname(dir) === dir) return 'unreachable';
  }
}

export const backupHandlers = defineHandlers({
  'backups.status': (ctx) => {
    const folder = backupRoot(ctx);
    const dossierFolder = backupFolder(ctx);
    const isDefault = !ctx.repos.settings.get('backupFolder');
    const state = folderState(folder);
    const now = ctx.clock();
    const all = listBackups(dossierFolder);
    const last = latestBackup(all, now) ?? null;
    const future = all.find((b) => isFuture(b, now));
    const warning =
      state === 'unreachable'
        ? `De back-upmap ${folder} is niet bereikbaar. Sluit de schijf of netwerkmap weer aan, of kies een andere map.`
        : // The default folder is made with the first backup without a word; a chosen one is
          // named, in case it was meant to be on a disk or share that is not there now.
          state === 'missing' && !isDefault
          ? `De back-upmap ${folder} bestaat nog niet en wordt bij de volgende back-up aangemaakt. Hoort hij op een schijf of netwerkmap die nu niet is aangesloten, sluit die dan eerst aan.`
          : !last
            ? future
              ? `Er is geen back-up met een geldige datum: de back-up van ${formatDateTimeNl(future.at)} ligt in de toekomst (de klok van de computer stond toen verkeerd). Maak nu een back-up.`
              : 'Er is nog geen back-up gemaakt.'
            : now.getTime() - Date.parse(last.at) > STALE_MS
              ? `De laatste back-up is van ${formatDateTimeNl(last.at)}, meer dan twee dagen geleden. Maak nu een back-up.`
              : null;
    return { folder, dossierFolder, isDefault, last: last && backupSummaryOf(last), warning };
  },
  // This dossier's backups, then those of other dossiers in the folder (after a lost file).
  'backups.list': (ctx) => {
    const own = backupFolder(ctx);
    return [
      ...listBackups(own).map((b) => backupSummaryOf(b)),
      ...otherDossierFolders(backupRoot(ctx), own).flatMap((folder) =>
        listBackups(folder).map((b) => backupSummaryOf(b, path.basename(folder))),
      ),
    ];
  },
  'backups.setFolder': (ctx, { folder }) => {
    ctx.repos.settings.set('backupFolder', folder === '' ? null : folder);
    return { ok: true as const };
  },
});
