import fs from 'node:fs';
import path from 'node:path';
import { listBackups, type BackupInfo } from '../../db/backups';
import type { BackupSummary } from '../../shared/schemas/backup';
import { formatDateTimeNl } from '../../shared/dates';
import type { ApiContext } from './context';
import { defineHandlers } from './handler';

/**
 * Backups as the screens see them (issue 9): the folder (chosen in Instellingen, else the
 * default), the last good backup and what needs attention. Making one is a task (it is
 * asynchronous: api.backupNow, shared/api/tasks.ts).
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

const WEEK_MS = 7 * 86_400_000;

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
