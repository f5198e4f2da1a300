import Database from 'better-sqlite3';

export type Db = Database.Database;
export { Database };

/** Marks our files: PRAGMA application_id = 'RGDS'. */
export const APPLICATION_ID = 0x52474453;

/** Letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
};

/**
 * Text normalised for search and sorting: lower case, without diacritics; apostrophes dropped
 * ("van 't Hof" → "van t hof") and other punctuation read as a space, so a user who types
 * "van t hof" or "noord holland" finds "van 't Hof" and "Noord-Holland".
 */
export function searchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıøæœßłđ]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** LIKE pattern for a user's search text, with wildcards escaped (use ESCAPE '\'). */
export function likePattern(search: string): string {
  return `%${searchText(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const bool = (value: number | bigint): boolean => Number(value) === 1;
