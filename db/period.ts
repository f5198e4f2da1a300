/**
 * The period conditions on a since/until pair (until exclusive), as SQL over `alias` with the
 * day as the named parameter @day. One place, so every list means the same by "current".
 */

/** Running on @day: started (or no start) and not yet ended. */
export const currentSql = (alias: string) =>
  `(${alias}.since IS NULL OR ${alias}.since <= @day) AND (${alias}.until IS NULL OR ${alias}.until > @day)`;

/** Not ended on @day (may still have to start). */
export const notEndedSql = (alias: string) => `(${alias}.until IS NULL OR ${alias}.until > @day)`;

/** Ended on or before @day. */
export const endedSql = (alias: string) =>
  `(${alias}.until IS NOT NULL AND ${alias}.until <= @day)`;

/** Not yet begun on @day (starts later). */
export const futureSql = (alias: string) =>
  `(${alias}.since IS NOT NULL AND ${alias}.since > @day)`;
