/**
 * How the exchange dumps one collection's stored rows (db/exchange.ts, exchangeAgreements.ts,
 * exchangeMeetings.ts): the select list from the table definition, a one-region file's rows by
 * the collection's region scope, in the export's stable order.
 */
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { namedParams } from './placeholders';
import { prepareSelect, type RowOf } from './preparedSql';
import type { Db } from './sqlite';

/**
 * `WHERE` and a region scope (SQL text on the table, `@r` the region id) for a one-region file;
 * nothing for a file of everything.
 */
export const whereScope = (scope: string, regionId: string | null): SQL =>
  regionId ? sql`WHERE ${namedParams(scope)}` : sql.empty();

/** A collection as the exchange dumps it: its table, exported fields, region scope and order. */
export interface Dumped<F extends Record<string, Column>> {
  table: SQLiteTable;
  fields: F;
  scope: string;
  order: SQL;
}

/** The collection's rows as stored, everything (regionId null) or one region's. */
export function dumpRows<F extends Record<string, Column>>(
  db: Db,
  { table, fields, scope, order }: Dumped<F>,
  regionId: string | null,
) {
  return prepareSelect(
    db,
    fields,
    sql`FROM ${table} ${whereScope(scope, regionId)} ORDER BY ${order}`,
  ).all({ r: regionId });
}

/** Rows of a nested list grouped by their parent's id (the `parentId` field, then dropped). */
export function grouped<F extends Record<string, Column> & { parentId: Column }>(
  db: Db,
  fields: F,
  rest: SQL,
  regionId: string | null,
) {
  const out = new Map<RowOf<F>['parentId'], Omit<RowOf<F>, 'parentId'>[]>();
  for (const { parentId, ...row } of prepareSelect(db, fields, rest).all({ r: regionId })) {
    let list = out.get(parentId);
    if (!list) out.set(parentId, (list = []));
    list.push(row);
  }
  return out;
}
