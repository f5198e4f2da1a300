import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { param } from './placeholders';

/** The condition of a statement on one row: the table's id is the parameter `id`. */
export const whereId = (table: { id: SQLiteColumn }) => eq(table.id, param('id'));

/** The whole row with this id, deleted or not, prepared once: `.get({ id })`. */
export function prepareRowById<T extends SQLiteTable & { id: SQLiteColumn }>(
  orm: BetterSQLite3Database,
  table: T,
) {
  return orm.select().from(table).where(whereId(table)).prepare();
}
