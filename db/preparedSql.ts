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
import type { Database, Db } from './sqlite';

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

/**
 * What a column of a row kept as SQL text holds, as SQLite gives it: text or a number, with `?`
 * when it may be null. Derived from the row type, so the kinds and the type cannot disagree.
 */
type KindOf<V> = [V] extends [string]
  ? 'text'
  : [V] extends [number]
    ? 'number'
    : [V] extends [string | null]
      ? 'text?'
      : [V] extends [number | null]
        ? 'number?'
        : never;

/** Every column of `Row` with its kind (in any order: rows are objects, by name). */
export type ColumnsOf<Row> = { readonly [K in keyof Row]-?: KindOf<Row[K]> };

const DECLARED: Record<string, RegExp> = { text: /TEXT/i, number: /INT|REAL/i };

/**
 * Checks a statement's result columns against the row it is said to give: the same names, and
 * where a column comes straight from a table, the table's declared type, and no
 * null where the row says none (a column of a LEFT JOIN can still be null: declare it with `?`).
 */
function checkColumns(db: Db, text: string, given: Database.ColumnDefinition[], kinds: object) {
  const expected = Object.entries(kinds) as [string, string][];
  const fail = (why: string) => {
    throw new Error(`SQL gives other rows than its type says (${why}): ${text.slice(0, 120)}`);
  };
  const names = new Set(expected.map(([name]) => name));
  const givenNames = given.map((c) => c.name);
  if (givenNames.length !== names.size || givenNames.some((name) => !names.has(name))) {
    fail(`columns ${givenNames.join(', ')}`);
  }
  const kindOf = new Map(expected);
  // Only for columns straight from a table (an expression has no declared type).
  let tableInfo: Database.Statement<[string], { name: string; type: string; required: number }>;
  const storedColumn = (table: string, name: string) => {
    tableInfo ??= db.prepare(
      'SELECT name, type, "notnull" OR pk > 0 AS required FROM pragma_table_info(?)',
    );
    return tableInfo.all(table).find((c) => c.name === name);
  };
  for (const column of given) {
    const kind = kindOf.get(column.name)!;
    if (!column.table || !column.column) continue;
    const stored = storedColumn(column.table, column.column);
    if (!stored) continue;
    if (!DECLARED[kind.replace('?', '')]!.test(stored.type)) fail(`${column.name}: ${stored.type}`);
    if (!kind.endsWith('?') && !stored.required) fail(`${column.name} may be null`);
  }
}

export interface PreparedRows<Row> {
  all(...params: unknown[]): Row[];
  get(...params: unknown[]): Row | undefined;
}

/**
 * A statement kept as SQL text, tied to the row it gives: `columns` names every column with its
 * kind (typechecked against `Row`), and preparing checks them against the statement and the
 * schema, so every test that creates the repository checks its SQL. Rows come from
 * better-sqlite3 as they are (no per-row work): for hot lists and SQL that reads better as SQL.
 */
export function prepareRows<Row>(db: Db, text: string, columns: ColumnsOf<Row>): PreparedRows<Row> {
  const statement = db.prepare<unknown[], Row>(text);
  checkColumns(db, text, statement.columns(), columns);
  return {
    all: (...params: unknown[]): Row[] => statement.all(...params),
    get: (...params: unknown[]): Row | undefined => statement.get(...params),
  };
}

/** A column's value as SQLite stores it: booleans as 0/1. */
type Stored<V> = V extends boolean ? number : V;
/** The row SQL text gives for drizzle columns selected by their key (no decoding). */
export type StoredRowOf<F extends Record<string, Column>> = {
  [K in keyof F]: Stored<GetColumnData<F[K]>>;
};

const STORED_AS: Partial<Record<string, string>> = {
  string: 'text',
  number: 'number',
  boolean: 'number',
};

/** The kinds of drizzle columns, from the definitions: for SQL text that selects them by key. */
export function kindsOf<F extends Record<string, Column>>(columns: F): ColumnsOf<StoredRowOf<F>> {
  const kinds = Object.fromEntries(
    Object.entries(columns).map(([key, column]) => {
      const kind = STORED_AS[column.dataType];
      if (!kind) throw new Error(`${key}: ${column.dataType} is not stored as text or a number`);
      return [key, `${kind}${column.notNull ? '' : '?'}`];
    }),
  );
  // The one place these kinds are stated: each from the column's data type and nullability.
  return kinds as ColumnsOf<StoredRowOf<F>>;
}
