/** Failures opening or upgrading a database file, with a Dutch message for the user. */
export type DbErrorCode =
  | 'cannot_open'
  | 'not_a_database'
  | 'foreign_database'
  | 'newer_version'
  | 'corrupt'
  | 'migration_failed';

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
