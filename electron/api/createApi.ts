import os from 'node:os';
import path from 'node:path';
import { createRepositories, openDatabase, type OpenOptions, type OpenedDatabase } from '../../db';
import {
  chosenBackupFolder,
  createBackup,
  dossierBackupFolder,
  ensureDossierId,
  pruneBackups,
  saveVerifiedCopy,
} from '../../db/backups';
import type { Db } from '../../db/sqlite';
import type { ApiContext } from './context';
import { invoke } from './dispatch';
import { DomainError, type ApiResult } from '../../shared/api/result';
import type { BackupReason } from '../../shared/schemas/backup';
import { backupBeforeRisk, backupIfDue, backupNow, coveredRisk } from './backups';
import { restoreBackup } from './restore';
import { importFile } from './importFile';
import type { WorkerScript } from './importInWorker';
import { memoryProfile, type ProfileStore } from './userProfile';

export interface ApiOptions extends OpenOptions {
  appVersion?: string;
  clock?: () => Date;
  checkOutput?: boolean;
  logError?: (error: unknown) => void;
  /** The backup folder when none is chosen (default: Documents/Regiodossier back-ups). */
  defaultBackupFolder?: string;
  /**
   * A backup before a purge or import (default true). Off only in the import's worker, whose
   * caller made that backup already.
   */
  backupsBeforeRisk?: boolean;
  /** Who works on this computer (default: an empty profile in memory, as on a new computer). */
  profile?: ProfileStore;
}

/** While the live file is swapped (a restore), every call gets this answer instead of a closed database. */
const held = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'conflict', message },
});

/** Opens the database and returns a ready API: what every transport wraps. */
export async function createApi(file: string, options: ApiOptions = {}) {
  const defaultBackupFolder =
    options.defaultBackupFolder ?? path.join(os.homedir(), 'Documents', 'Regiodossier back-ups');
  const clock = options.clock ?? (() => new Date());
  // The copy before a migration joins this dossier's backups; a chosen folder that cannot be
  // reached (a network share, an unplugged disk) must not stop the file from opening: then the
  // default folder, and failing that a .bak beside the file.
  const backupBeforeMigrate = async (db: Db, _version: number, file: string) => {
    const roots = [chosenBackupFolder(db), defaultBackupFolder].filter((r): r is string => !!r);
    for (const root of roots) {
      try {
        const folder = dossierBackupFolder(root, ensureDossierId(db), file);
        const info = await createBackup(db, folder, 'voor-bijwerken', clock());
        pruneBackups(folder, clock());
        return info.file;
      } catch (error) {
        options.logError?.(error);
      }
    }
    const beside = `${file}.voor-bijwerken-${clock().toISOString().replace(/[:.]/g, '-')}.bak`;
    await db.backup(beside);
    return beside;
  };
  // Every dossier gets its id at once (its backups' folder is named after it).
  const open = async (at: string, create = true) => {
    const result = await openDatabase(at, {
      backupBeforeMigrate,
      // The app opens a file it may not write read-only, with a banner (file.info); the CLI
      // passes 'refuse'.
      whenNotWritable: 'open',
      ...options,
      mustExist: !create || (options.mustExist ?? false),
    });
    if (!result.readOnly && options.migrate !== false) ensureDossierId(result.db);
    return result;
  };
  let opened: OpenedDatabase = await open(file);
  const ctx: ApiContext = {
    repos: createRepositories(opened.db),
    profile: options.profile ?? memoryProfile(),
    databasePath: opened.file,
    appVersion: options.appVersion ?? process.env.npm_package_version ?? '0.0.0',
    clock,
    checkOutput: options.checkOutput ?? process.env.NODE_ENV !== 'production',
    logError: options.logError ?? ((error) => console.error(error)),
    defaultBackupFolder,
    backupCover: null,
    afterCommit: (fn) => fn(),
  };
  let holding: string | null = null;
  const live = {
    hold: (on: boolean, why = 'er wordt een back-up teruggezet') => {
      holding = on ? `Even geduld: ${why}. Probeer het zo opnieuw.` : null;
    },
    close: () => opened.db.close(),
    reopen: async () => {
      opened = await open(ctx.databasePath);
      ctx.repos = createRepositories(opened.db);
      ctx.backupCover = null; // a new connection counts its changes from zero
    },
  };
  // One file operation at a time (restore, open, new, copy): a second one meanwhile would act
  // on a file that is about to change.
  let fileWork = false;
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (fileWork) {
      throw new DomainError(
        'conflict',
        'Even geduld: er wordt al een dossier geopend, gekopieerd of teruggezet.',
      );
    }
    fileWork = true;
    try {
      return await work();
    } finally {
      fileWork = false;
    }
  };
  return {
    ctx,
    backupFile: opened.backupFile,
    /** The database was made now (there was no file, or an empty one). */
    created: opened.created,
    /** The file in use may not be written: opened read-only, every write refused (open.ts). */
    get readOnly() {
      return opened.readOnly;
    },
    invoke: (method: unknown, input: unknown): ApiResult<unknown> =>
      holding
        ? held(holding)
        : ((options.backupsBeforeRisk === false ? null : backupBeforeRisk(ctx, method, input)) ??
          coveredRisk(ctx, method, invoke(ctx, method, input))),
    /** A verified backup in the chosen folder, then the retention rule (backups.ts). */
    backupNow: (reason: BackupReason = 'handmatig') => backupNow(ctx, reason),
    /** At start-up: a backup when the last one is more than a day old; null when none was due. */
    backupIfDue: () => backupIfDue(ctx),
    /** Puts a backup (by name, from the backup folder) in place of the live file (restore.ts). */
    restore: (name: string, dossier: string | null = null) =>
      exclusive(() => restoreBackup(ctx, name, dossier, live)),
    /**
     * Works on another dossier file from now on (Nieuw dossier, Openen): the new file is opened
     * and checked first, so a file that is refused leaves the current one open and untouched.
     */
    switchTo: (next: string, { create }: { create: boolean }) =>
      exclusive(async () => {
        const fresh = await open(next, create);
        const previous = opened;
        opened = fresh;
        ctx.repos = createRepositories(fresh.db);
        ctx.databasePath = fresh.file;
        ctx.backupCover = null;
        previous.db.close();
        return { file: fresh.file, created: fresh.created };
      }),
    /** Gegevens importeren: the file's text read in on a thread of its own (importFile.ts). */
    importFile: (text: string, fileName: string, script: WorkerScript) =>
      exclusive(() =>
        importFile(ctx, live, { text, fileName, script, nativeBinding: options.nativeBinding }),
      ),
    /** Kopie opslaan als…: a verified copy of the live file (db/backups.ts). */
    saveCopy: (target: string) => exclusive(() => saveVerifiedCopy(opened.db, target)),
    /** Closes the file with its write-ahead log merged in (quit, tests). */
    close: () => {
      try {
        if (opened.db.open) opened.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // busy (another program reads it): closing still checkpoints what it can
      }
      opened.db.close();
    },
  };
}
export type Api = Awaited<ReturnType<typeof createApi>>;
