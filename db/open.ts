import fs from 'node:fs';
import path from 'node:path';
import { DbError } from './errors';
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
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Backup written before migrating an existing file, if any. */
  backupFile: string | null;
}

const MEMORY = ':memory:';

/** Opens (creating if needed) a Regiodossier database, applies pragmas and pending migrations. */
export async function openDatabase(
  file: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  const isMemory = file === MEMORY;
  const resolved = isMemory ? MEMORY : path.resolve(file);
  if (!isMemory) checkLocation(resolved, options.mustExist ?? false);

  let db: Db;
  try {
    db = new Database(
      resolved,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (cause) {
    throw new DbError('cannot_open', `Kan het databasebestand ${resolved} niet openen.`, { cause });
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Identify the file before any pragma that writes to it (journal_mode = WAL changes the
    // header): a foreign or newer file must be left exactly as it was.
    assertOurs(db, resolved);
    const list = options.migrations ?? allMigrations;
    const version = schemaVersion(db);
    assertNotNewer(version, list.length);
    applyPragmas(db, isMemory);
    let backupFile: string | null = null;
    if (options.migrate !== false) {
      if (!isMemory && version > 0 && version < list.length) {
        backupFile = `${resolved}.v${version}-${stamp()}.bak`;
        await db.backup(backupFile);
      }
      migrate(db, { migrations: list });
    }
    return { db, file: resolved, backupFile };
  } catch (error) {
    db.close();
    throw translate(error, resolved);
  }
}

function checkLocation(file: string, mustExist: boolean) {
  const exists = fs.existsSync(file);
  if (!exists && mustExist) {
    throw new DbError('cannot_open', `Het databasebestand ${file} bestaat niet.`);
  }
  if (exists && fs.statSync(file).isDirectory()) {
    throw new DbError('cannot_open', `${file} is een map, geen databasebestand.`);
  }
  if (!exists && !fs.existsSync(path.dirname(file))) {
    throw new DbError('cannot_open', `De map ${path.dirname(file)} bestaat niet.`);
  }
}

function applyPragmas(db: Db, isMemory: boolean) {
  if (!isMemory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
}

/** Refuses SQLite files of other programs; stamps new files as ours (after the checks). */
function assertOurs(db: Db, file: string) {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
    .get() as { n: number };
  if (appId === APPLICATION_ID) return;
  if (appId !== 0 || tables.n > 0) {
    throw new DbError(
      'foreign_database',
      `${file} is een SQLite-database van een ander programma, geen Regiodossier-bestand. ` +
        'Er is niets aan veranderd.',
    );
  }
  db.pragma(`application_id = ${APPLICATION_ID}`);
}

function translate(error: unknown, file: string): unknown {
  if (error instanceof DbError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') {
    return new DbError(
      'not_a_database',
      `${file} is geen databasebestand (of het is versleuteld of beschadigd). Er is niets aan veranderd.`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_CORRUPT') {
    return new DbError('corrupt', `Het databasebestand ${file} is beschadigd.`, { cause: error });
  }
  return error;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
