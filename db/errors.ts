/** Failures opening or upgrading a database file, with a Dutch message for the user. */
export type DbErrorCode =
  | 'cannot_open'
  | 'not_a_database'
  | 'foreign_database'
  | 'newer_version'
  | 'corrupt'
  | 'migration_failed'
  | 'empty_file'
  | 'orphan_wal'
  | 'busy'
  | 'read_only'
  | 'disk_full'
  | 'unreachable'
  | 'backup_failed';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DbError';
  }
}

/**
 * SQLite's own failures of the file (not of our data) in Dutch, each with the next step: locked by
 * another program, read-only, a full disk, a folder or share that is gone. Null for any other.
 */
export function fileProblem(
  sqliteCode: unknown,
  file: string,
): { code: DbErrorCode; message: string } | null {
  if (typeof sqliteCode !== 'string') return null;
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'busy',
      message:
        `Het databasebestand ${file} is bezet door een ander programma (of een tweede ` +
        'Regiodossier). Sluit dat en probeer het opnieuw; er is niets opgeslagen.',
    };
  }
  if (sqliteCode.startsWith('SQLITE_READONLY')) {
    return {
      code: 'read_only',
      message:
        `Het databasebestand ${file} is alleen-lezen: wijzigingen worden niet opgeslagen, ook deze ` +
        'niet. Werk verder in een kopie (Bestand → Kopie opslaan als…, en open die), of geef ' +
        'schrijfrechten op het bestand en de map.',
    };
  }
  if (sqliteCode === 'SQLITE_FULL') {
    return {
      code: 'disk_full',
      message:
        `De schijf met ${file} is vol. Maak ruimte vrij en probeer het opnieuw; ` +
        'er is niets opgeslagen.',
    };
  }
  if (sqliteCode.startsWith('SQLITE_IOERR') || sqliteCode.startsWith('SQLITE_CANTOPEN')) {
    return {
      code: 'unreachable',
      message:
        `Het databasebestand ${file} is niet bereikbaar (een verwijderde schijf, een ` +
        'netwerkmap die weg is, of geen toegang). Controleer de verbinding en probeer het ' +
        'opnieuw; er is niets opgeslagen.',
    };
  }
  return null;
}
