import fs from 'node:fs';
import path from 'node:path';
import { createBackup, listBackups, pruneBackups, type BackupInfo } from '../../db/backups';
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
export const backupFolder = (ctx: ApiContext): string =>
  ctx.repos.settings.get('backupFolder') || ctx.defaultBackupFolder;

export const backupSummaryOf = (b: BackupInfo): BackupSummary => ({
  name: path.basename(b.file),
  at: b.at,
  reason: b.reason,
  bytes: b.bytes,
  counts: b.counts,
});

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A verified backup in the chosen folder, then the retention rule; the folder's trouble in Dutch. */
export async function backupNow(ctx: ApiContext, reason: BackupReason): Promise<BackupSummary> {
  try {
    const info = await createBackup(ctx.repos.db, backupFolder(ctx), reason, ctx.clock());
    pruneBackups(path.dirname(info.file), ctx.clock());
    return backupSummaryOf(info);
  } catch (error) {
    // Unreachable, full, not verified: said as the envelope says a domain failure.
    if (error instanceof DbError) throw new DomainError('database', error.message);
    throw error;
  }
}

/** At start-up: a backup when the last one is more than a day old (or there is none), else null. */
export async function backupIfDue(ctx: ApiContext): Promise<BackupSummary | null> {
  const last = listBackups(backupFolder(ctx))[0];
  if (last && ctx.clock().getTime() - Date.parse(last.at) < DAY_MS) return null;
  return backupNow(ctx, 'dagelijks');
}

export const backupHandlers = defineHandlers({
  'backups.status': (ctx) => {
    const folder = backupFolder(ctx);
    const isDefault = !ctx.repos.settings.get('backupFolder');
    let reachable = true;
    try {
      fs.accessSync(folder, fs.constants.W_OK);
    } catch {
      // A default folder that does not exist yet is made with the first backup.
      reachable = isDefault && !fs.existsSync(folder);
    }
    const last = listBackups(folder)[0] ?? null;
    const warning = !reachable
      ? `De back-upmap ${folder} is niet bereikbaar. Sluit de schijf of netwerkmap weer aan, of kies een andere map.`
      : !last
        ? 'Er is nog geen back-up gemaakt.'
        : ctx.clock().getTime() - Date.parse(last.at) > WEEK_MS
          ? `De laatste back-up is van ${formatDateTimeNl(last.at)}, meer dan een week geleden.`
          : null;
    return { folder, isDefault, last: last && backupSummaryOf(last), warning };
  },
  'backups.list': (ctx) => listBackups(backupFolder(ctx)).map(backupSummaryOf),
  'backups.setFolder': (ctx, { folder }) => {
    ctx.repos.settings.set('backupFolder', folder === '' ? null : folder);
    return { ok: true as const };
  },
});
