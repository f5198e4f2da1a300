import Database from 'better-sqlite3';

export type Db = Database.Database;
export { Database };

/** Marks our files: PRAGMA application_id = 'RGDS'. */
export const APPLICATION_ID = 0x52474453;

/** Text normalised for search: lower case, without diacritics. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** LIKE pattern for a user's search text, with wildcards escaped (use ESCAPE '\'). */
export function likePattern(search: string): string {
  return `%${searchText(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const bool = (value: number | bigint): boolean => Number(value) === 1;
