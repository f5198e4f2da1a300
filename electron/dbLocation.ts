import path from 'node:path';

/** Where the database path came from (shown in the log and the about box). */
export type DbSource = 'argument' | 'environment' | 'recent' | 'default';

export interface DbLocation {
  file: string;
  source: DbSource;
}

export interface DbLocationInput {
  /** process.argv (the executable and script entries are harmless: only `--db` is read). */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** app.getPath('userData') */
  userData: string;
  /** Relative paths are resolved against this folder. */
  cwd: string;
  /** The dossier file opened last (electron/files/recentFiles.ts), if it still exists. */
  recent?: string | undefined;
}

export const DB_ENV = 'REGIODOSSIER_DB';
export const DEFAULT_DB_NAME = 'regiodossier.db';

/** `--db <file>` or `--db=<file>` from the command line; the last one wins. */
export function dbArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg?.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (value) found = value;
    }
  }
  return found;
}

/**
 * Database path: `--db <file>`, else $REGIODOSSIER_DB, else the dossier opened last, else
 * <userData>/regiodossier.db.
 */
export function resolveDbLocation({
  argv,
  env,
  userData,
  cwd,
  recent,
}: DbLocationInput): DbLocation {
  const fromArgument = dbArgument(argv);
  if (fromArgument) return { file: absolute(fromArgument, cwd), source: 'argument' };
  const fromEnv = env[DB_ENV]?.trim();
  if (fromEnv) return { file: absolute(fromEnv, cwd), source: 'environment' };
  if (recent) return { file: recent, source: 'recent' };
  return { file: path.join(userData, DEFAULT_DB_NAME), source: 'default' };
}

function absolute(file: string, cwd: string): string {
  return file === ':memory:' ? file : path.resolve(cwd, file);
}
