import { createRepositories, openDatabase, type OpenOptions } from '../../db';
import type { ApiContext } from './context';
import { invoke } from './dispatch';

export interface ApiOptions extends OpenOptions {
  appVersion?: string;
  clock?: () => Date;
  checkOutput?: boolean;
  logError?: (error: unknown) => void;
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
    afterCommit: (fn) => fn(),
  };
  return {
    ctx,
    backupFile: opened.backupFile,
    /** The database was made now (there was no file, or an empty one). */
    created: opened.created,
    invoke: (method: unknown, input: unknown) => invoke(ctx, method, input),
    close: () => opened.db.close(),
  };
}
export type Api = Awaited<ReturnType<typeof createApi>>;
