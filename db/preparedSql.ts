/**
 * Statements written as drizzle SQL over the table definitions that better-sqlite3 prepares once
 * and runs itself: for SQL that reads better as SQL or that is the same for many tables (the
 * Prullenbak), and for hot lists.
 *
 * prepareSelect: the select list is built from the definitions, the rows are typed from the same
 * fields and come out as objects named after them. No positional tuples in the repositories, and
 * little per-row work: drizzle's own row mapper costs about 3 µs a row (15 ms on a list of 5,000
 * parties), better-sqlite3's object mode about 1.5 µs; raw rows copied into objects here cost
 * about 0.5 µs. The rest of a statement is drizzle SQL with named placeholders
 * (db/placeholders.ts), filled in on each call as drizzle does.
 */
import { fillPlaceholders, is, sql, type Column, type GetColumnData, type SQL } from 'drizzle-orm';
import { SQLiteInteger, SQLiteSyncDialect, SQLiteText } from 'drizzle-orm/sqlite-core';
import type { Db } from './sqlite';

type Fields = Record<string, Column | SQL<unknown>>;

/** The row the fields give: a column's data type (with null when nullable), an SQL<T>'s T. */
export type RowOf<F extends Fields> = {
  [K in keyof F]: F[K] extends Column ? GetColumnData<F[K]> : F[K] extends SQL<infer T> ? T : never;
};

const dialect = new SQLiteSyncDialect();

/** How a stored value becomes the field's: as is for text and integers, else the column's decoder. */
const decoderOf = (field: Column | SQL<unknown>) =>
  is(field, SQLiteText) || is(field, SQLiteInteger) || !('mapFromDriverValue' in field)
    ? null
    : (value: unknown) => (value === null ? null : field.mapFromDriverValue(value));

/** `SELECT <fields> <rest>`, prepared once; call it with the placeholders' values by name. */
export function prepareSelect<F extends Fields>(db: Db, fields: F, rest: SQL) {
  const entries = Object.entries(fields);
  const list = sql.join(
    entries.map(([key, field]) => sql`${field} AS ${sql.identifier(key)}`),
    sql`, `,
  );
  const query = dialect.sqlToQuery(sql`SELECT ${list} ${rest}`);
  const statement = db.prepare<unknown[], unknown[]>(query.sql).raw(true);
  const keys = entries.map(([key]) => key);
  const decoders = entries.map(([, field]) => decoderOf(field));
  const toRow = (row: unknown[]) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const decode = decoders[i];
      out[keys[i]!] = decode ? decode(row[i]) : row[i];
    }
    // The one place a row's type is stated: its keys are the fields', its values the
    // columns' (decoded as drizzle would) or what the SQL<T> fields say they give.
    return out as RowOf<F>;
  };
  return {
    all: (values: Record<string, unknown> = {}): RowOf<F>[] =>
      statement.all(...fillPlaceholders(query.params, values)).map(toRow),
    get(values: Record<string, unknown> = {}): RowOf<F> | undefined {
      const row = statement.get(...fillPlaceholders(query.params, values));
      return row ? toRow(row) : undefined;
    },
  };
}

/** A statement without rows (UPDATE, DELETE), prepared once; call `run` with the values by name. */
export function prepareRun(db: Db, statement: SQL) {
  const query = dialect.sqlToQuery(statement);
  const prepared = db.prepare(query.sql);
  return {
    run: (values: Record<string, unknown> = {}) =>
      prepared.run(...fillPlaceholders(query.params, values)),
  };
}
