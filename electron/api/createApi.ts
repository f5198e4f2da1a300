import os from 'node:os';
import path from 'node:path';
import { createRepositories, openDatabase, type OpenOptions } from '../../db';
import type { ApiContext } from './context';
import { invoke } from './dispatch';
import type { BackupReason } from '../../shared/schemas/backup';
import { backupIfDue, backupNow } from './backups';

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
  return {
    ctx,
    backupFile: opened.backupFile,
    /** The database was made now (there was no file, or an empty one). */
    created: opened.created,
    invoke: (method: unknown, input: unknown) => invoke(ctx, method, input),
    /** A verified backup in the chosen folder, then the retention rule (backups.ts). */
    backupNow: (reason: BackupReason = 'handmatig') => backupNow(ctx, reason),
    /** At start-up: a backup when the last one is more than a day old; null when none was due. */
    backupIfDue: () => backupIfDue(ctx),
    close: () => opened.db.close(),
  };
}
export type Api = Awaited<ReturnType<typeof createApi>>;
