import fs from 'node:fs';
import path from 'node:path';
import { DbError, fileProblem } from './errors';
import { assertNotNewer } from './migrate';
import { prepareRows } from './preparedSql';
import { APPLICATION_ID, Database, type Db } from './sqlite';

/**
 * What is at a database path, found out before anything may write to it (docs/architecture.md §3):
 * the file's first bytes are read directly, then a read-only SQLite connection answers whose it
 * is, its schema version and whether it is sound (quick_check). A read-only connection writes
 * nothing: not the application id, not the journal mode, and it never merges a `-wal` into the
 * file. Only a file that passes is opened for writing.
 */
export type FileState = 'missing' | 'empty' | 'sqlite';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export function inspectLocation(file: string, mustExist: boolean): FileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    if (mustExist) throw new DbError('cannot_open', `Het databasebestand ${file} bestaat niet.`);
    if (!fs.existsSync(path.dirname(file))) {
      throw new DbError('cannot_open', `De map ${path.dirname(file)} bestaat niet.`);
    }
    if (fs.existsSync(`${file}-wal`)) {
      throw new DbError(
        'orphan_wal',
        `De database ${file} ontbreekt, maar ${path.basename(file)}-wal staat er nog: daarin kan ` +
          'opgeslagen werk staan. Regiodossier maakt er geen nieuwe database overheen. Zet het ' +
          'databasebestand terug (bijvoorbeeld uit een back-up of de prullenbak van uw computer); ' +
          'weet u zeker dat het werk weg mag, verplaats dan het -wal-bestand. Er is niets veranderd.',
      );
    }
    return 'missing';
  }
  if (stat.isDirectory()) {
    throw new DbError('cannot_open', `${file} is een map, geen databasebestand.`);
  }
  if (stat.size === 0) return 'empty';
  const head = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, head, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (cause) {
    const problem = fileProblem(
      (cause as NodeJS.ErrnoException).code === 'EACCES' ? 'SQLITE_CANTOPEN' : 'SQLITE_IOERR',
      file,
    );
    throw new DbError(problem!.code, problem!.message, { cause });
  }
  if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) {
    throw new DbError(
      'not_a_database',
      `${file} is geen databasebestand (of het is versleuteld, afgebroken of beschadigd). ` +
        'Er is niets aan veranderd.',
    );
  }
  return 'sqlite';
}

/**
 * Identifies an existing SQLite file through a read-only connection: ours (or an empty database),
 * not newer than `latest`, and sound by quick_check. Throws a DbError otherwise.
 */
export function identify(
  file: string,
  options: { nativeBinding?: string; latest: number; quickCheck: boolean },
): void {
  const tidy = readOnlyTidy(file);
  let db;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (cause) {
    tidy();
    throw translateOpenError(cause, file);
  }
  try {
    db.pragma('busy_timeout = 5000');
    assertOurs(db, file);
    assertNotNewer(db.pragma('user_version', { simple: true }) as number, options.latest);
    if (options.quickCheck) {
      const rows = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
      const found = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
      if (found.length) throw corrupt(file, found[0]!);
    }
  } catch (error) {
    throw translateOpenError(error, file);
  } finally {
    db.close();
    tidy();
  }
}

/**
 * A read-only connection to a database in WAL mode makes an empty -wal and a -shm beside it when
 * there are none. Call before opening; the function it answers removes them again after closing,
 * so reading leaves no trace.
 */
export function readOnlyTidy(file: string): () => void {
  const before = { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
  return () => {
    if (!before.wal && fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size === 0) {
      fs.rmSync(`${file}-wal`, { force: true });
    }
    // The -shm is only an index of the -wal, rebuilt by the next connection.
    if (!before.shm) fs.rmSync(`${file}-shm`, { force: true });
  };
}

/** Refuses a SQLite file of another program: not ours, and not an empty database either. */
export function assertOurs(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === APPLICATION_ID) return;
  const tables = prepareRows<{ n: number }>(
    db,
    "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'",
    { n: 'number' },
  ).get()!;
  if (appId !== 0 || tables.n > 0) {
    throw new DbError(
      'foreign_database',
      `${file} is een SQLite-database van een ander programma, geen Regiodossier-bestand. ` +
        'Er is niets aan veranderd.',
    );
  }
}

export function corrupt(file: string, detail: string): DbError {
  return new DbError(
    'corrupt',
    `Het databasebestand ${file} is beschadigd (SQLite meldt: ${detail}). Regiodossier schrijft ` +
      'er niet in, zodat er niets verloren gaat wat nog te redden is. Zet een back-up terug. ' +
      'Er is niets aan het bestand veranderd.',
  );
}

export function translateOpenError(error: unknown, file: string): unknown {
  if (error instanceof DbError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') {
    return new DbError(
      'not_a_database',
      `${file} is geen databasebestand (of het is versleuteld of beschadigd). Er is niets aan veranderd.`,
      { cause: error },
    );
  }
  if (code?.startsWith('SQLITE_CORRUPT')) {
    return corrupt(file, (error as Error).message);
  }
  const problem = fileProblem(code, file);
  if (problem) return new DbError(problem.code, problem.message, { cause: error });
  return error;
}
