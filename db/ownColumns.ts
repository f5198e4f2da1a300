import { getTableColumns, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/** Columns every stored record has besides its own fields: identity and bookkeeping. */
export const RECORD_COLUMNS = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'trashGroup'] as const;

/**
 * A record's own columns, in the table definition's order: every column but `notOwn` (identity,
 * parent, derived, bookkeeping). A column added to the definition is written and audited.
 */
export function ownColumns<T extends SQLiteTable, N extends keyof T['$inferSelect'] & string>(
  table: T,
  notOwn: readonly N[],
): Exclude<keyof T['$inferSelect'] & string, N>[] {
  return Object.keys(getTableColumns(table)).filter(
    (key): key is Exclude<keyof T['$inferSelect'] & string, N> =>
      !(notOwn as readonly string[]).includes(key),
  );
}

/** Just `keys` of a record. */
export function pick<T extends object, K extends keyof T>(
  record: T,
  keys: readonly K[],
): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}

/**
 * The columns of `table` but `skip`, by field in the definition's order: the select list of a
 * record as stored, without its derived columns (a column added to the definition is selected).
 */
export function columnsBut<T extends SQLiteTable, N extends keyof T['_']['columns'] & string>(
  table: T,
  skip: readonly N[],
): Omit<T['_']['columns'], N> {
  const skipped: readonly string[] = skip;
  const out: Record<string, Column> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    if (!skipped.includes(field)) out[field] = column;
  }
  // The one place this map's type is stated: the table's columns, the skipped ones left out.
  return out as Omit<T['_']['columns'], N>;
}
