import os from 'node:os';
import path from 'node:path';
import { createRepositories, openDatabase, type OpenOptions } from '../../db';
import type { ApiContext } from './context';
import { invoke } from './dispatch';
import { createBackup, listBackups, pruneBackups, type BackupReason } from '../../db/backups';
import { backupFolder, backupSummaryOf } from './backups';
import { DbError } from '../../db/errors';
import { DomainError } from '../../shared/api/result';

const DAY_MS = 86_400_000;

export interface ApiOptions extends OpenOptions {
  appVersion?: string;
  clock?: () => Date;
  checkOutput?: boolean;
  logError?: (error: unknown) => void;
  /** The backup folder when none is chosen (default: Documents/Regiodossier back-ups). */
  defaultBackupFolder?: string;
}

/** Opens the database and returns a ready API: what every transport wraps. */
export async function createApi(file: string, options: ApiOptions = {}) {
  const opened = await openDatabase(file, options);
  const ctx: ApiContext = {
    repos: createRepositories(opened.db),
    databasePath: opened.file,
    appVersion: options.appVersion ?? process.env.npm_package_version ?? '0.0.0',
    clock: options.clock ?? (() => new Date()),
    checkOutput: options.checkOutput ?? process.env.NODE_ENV !== 'production',
    logError: options.logError ?? ((error) => console.error(error)),
    defaultBackupFolder:
      options.defaultBackupFolder ?? path.join(os.homedir(), 'Documents', 'Regiodossier back-ups'),
    afterCommit: (fn) => fn(),
  };
  const api = {
    ctx,
    backupFile: opened.backupFile,
    /** The database was made now (there was no file, or an empty one). */
    created: opened.created,
    invoke: (method: unknown, input: unknown) => invoke(ctx, method, input),
    /** A verified backup in the chosen folder, then the retention rule (backups.ts). */
    backupNow: async (reason: BackupReason = 'handmatig') => {
      try {
        const info = await createBackup(opened.db, backupFolder(ctx), reason, ctx.clock());
        pruneBackups(path.dirname(info.file), ctx.clock());
        return backupSummaryOf(info);
      } catch (error) {
        // The folder's trouble in Dutch (unreachable, full, not verified), as the envelope says it.
        if (error instanceof DbError) throw new DomainError('database', error.message);
        throw error;
      }
    },
    /**
     * At start-up: a backup when the last one is more than a day old (or there is none). Answers
     * null when none was due.
     */
    backupIfDue: async () => {
      const last = listBackups(backupFolder(ctx))[0];
      if (last && ctx.clock().getTime() - Date.parse(last.at) < DAY_MS) return null;
      return api.backupNow('dagelijks');
    },
    close: () => opened.db.close(),
  };
  return api;
}
export type Api = Awaited<ReturnType<typeof createApi>>;
