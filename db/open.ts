import fs from 'node:fs';
import path from 'node:path';
import { DbError } from './errors';
import {
  assertOurs,
  identify,
  inspectLocation,
  readOnlyTidy,
  translateOpenError,
  type FileState,
} from './fileCheck';
import { migrations as allMigrations, type Migration } from './migrations';
import { assertNotNewer, migrate, schemaVersion } from './migrate';
import { APPLICATION_ID, Database, type Db } from './sqlite';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Refuse to create a new file. */
  mustExist?: boolean;
  /**
   * Skip the migration step (and its backup): open the file as it is, for tests that migrate step
   * by step and for the CLI commands that only read (check, export, backup). A file from a newer
   * app version is still refused.
   */
  migrate?: boolean;
  /** The migration list to apply (tests with fake later steps); defaults to the app's list. */
  migrations?: readonly Migration[];
  /**
   * Makes the copy kept before migrating an existing file and answers its path. The app puts it
   * in the backup folder's rotation (electron/api/backups.ts); without one it is written beside
   * the file as `<file>.v<version>-<time>.bak`.
   */
  backupBeforeMigrate?: (db: Db, fromVersion: number, file: string) => Promise<string>;
  /** Run quick_check on an existing file before opening it for writing (default true). */
  quickCheck?: boolean;
  /**
   * Open an existing file read-only (check, backup): nothing is written to it, not even the
   * journal mode; implies `migrate: false` and `mustExist`. Damage is left to the caller's own
   * integrity check (no quick_check refusal).
   */
  readOnly?: boolean;
  /**
   * An existing file this process may not write to (chmod 444, a read-only folder or share):
   * 'refuse' (default: init, demo, import) says so before any connection that could write is
   * made, so no -wal/-shm appears beside it; 'open' (the app) opens it read-only, after the same
   * checks, when it needs no migration. Writes then fail with SQLite's read-only error.
   */
  whenNotWritable?: 'refuse' | 'open';
  /** Whether the file may be written (default: the file and its folder pass access(W_OK)). */
  canWrite?: (file: string) => boolean;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Backup written before migrating an existing file, if any. */
  backupFile: string | null;
  /** The database was made now (no file, or an empty one). */
  created: boolean;
  /** Opened read-only because the file may not be written (`whenNotWritable: 'open'`). */
  readOnly: boolean;
}

/**
 * The file and its folder (where SQLite makes the -wal and -shm) may be written. As root,
 * access() answers yes to a chmod 444 file, so tests inject `canWrite` instead.
 */
export function fileWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const readOnlyMessage = (file: string) =>
  `${file} is alleen-lezen: Regiodossier mag er niet in schrijven (het bestand of de map is ` +
  'alleen-lezen). Geef schrijfrechten op het bestand en de map, of kopieer het naar een map ' +
  'waarin u mag schrijven. Er is niets aan veranderd.';

const MEMORY = ':memory:';

/**
 * Opens (creating if needed) a Regiodossier database, applies pragmas and pending migrations.
 * An existing file is first identified and checked through a read-only connection
 * (fileCheck.ts): a file that is not ours, newer, or damaged is refused before anything is
 * written to it.
 */
export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  const isMemory = file === MEMORY;
  const resolved = isMemory ? MEMORY : path.resolve(file);
  const list = options.migrations ?? allMigrations;
  const readOnlyUse = options.migrate === false || options.readOnly === true;
  const state: FileState = isMemory
    ? 'missing'
    : inspectLocation(resolved, (options.mustExist ?? false) || options.readOnly === true);
  if (state === 'empty' && readOnlyUse) {
    throw new DbError(
      'empty_file',
      `${resolved} is leeg: er staat nog geen Regiodossier-database in. Er is niets aan veranderd.`,
    );
  }
  if (state === 'sqlite') {
    identify(resolved, {
      latest: list.length,
      quickCheck: options.readOnly ? false : (options.quickCheck ?? true),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  }
  if (options.readOnly) return openReadOnly(resolved, options.nativeBinding);
  if (state === 'sqlite' && !(options.canWrite ?? fileWritable)(resolved)) {
    if (options.whenNotWritable !== 'open')
      throw new DbError('read_only', readOnlyMessage(resolved));
    const opened = openReadOnly(resolved, options.nativeBinding);
    if (!readOnlyUse && schemaVersion(opened.db) < list.length) {
      opened.db.close();
      throw new DbError(
        'read_only',
        `${resolved} komt uit een oudere versie van Regiodossier en moet worden bijgewerkt, maar ` +
          'het is alleen-lezen. Geef schrijfrechten op het bestand en de map, of kopieer het naar ' +
          'een map waarin u mag schrijven. Er is niets aan veranderd.',
      );
    }
    return { ...opened, readOnly: true };
  }

  let db: Db;
  try {
    db = new Database(
      resolved,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (cause) {
    const translated = translateOpenError(cause, resolved);
    if (translated instanceof DbError) throw translated;
    throw new DbError('cannot_open', `Kan het databasebestand ${resolved} niet openen.`, { cause });
  }
  try {
    db.pragma('busy_timeout = 5000');
    // The schema's SQL (views, triggers, defaults) may not call functions with side effects.
    db.pragma('trusted_schema = OFF');
    // Checked again on this connection (the file may have changed since it was identified),
    // the version first: a refused file is never stamped.
    const version = schemaVersion(db);
    assertNotNewer(version, list.length);
    assertOursOrStamp(db, resolved, state !== 'sqlite');
    applyPragmas(db, isMemory);
    let backupFile: string | null = null;
    if (!readOnlyUse) {
      if (!isMemory && version > 0 && version < list.length) {
        if (options.backupBeforeMigrate) {
          backupFile = await options.backupBeforeMigrate(db, version, resolved);
        } else {
          backupFile = `${resolved}.v${version}-${stamp()}.bak`;
          await db.backup(backupFile);
        }
      }
      migrate(db, { migrations: list });
    }
    return { db, file: resolved, backupFile, created: state !== 'sqlite', readOnly: false };
  } catch (error) {
    db.close();
    throw translateOpenError(error, resolved);
  }
}

function openReadOnly(file: string, nativeBinding?: string): OpenedDatabase {
  const tidy = readOnlyTidy(file);
  let db: Db;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    tidy();
    throw translateOpenError(error, file);
  }
  const close = db.close.bind(db);
  db.close = () => {
    close();
    tidy();
    return db;
  };
  return { db, file, backupFile: null, created: false, readOnly: true };
}

function applyPragmas(db: Db, isMemory: boolean) {
  if (!isMemory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
}

/** Refuses SQLite files of other programs; stamps a new (missing or empty) file as ours. */
function assertOursOrStamp(db: Db, file: string, isNew: boolean) {
  assertOurs(db, file);
  if (isNew && db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
