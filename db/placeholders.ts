/**
 * Writes prepared once per repository through a table definition: each value is a named
 * placeholder, named after the column's key, so a renamed column fails typecheck where the
 * statement names it and every call passes its values by name.
 */
import { sql, type SQL, type Table } from 'drizzle-orm';

/**
 * A named parameter where drizzle takes SQL (insert values, update set, conditions). The value is
 * bound as given (no driver mapping): for text and integer columns, not boolean or JSON ones.
 */
export const param = (name: string): SQL => sql`${sql.placeholder(name)}`;

/** One parameter per column key of `table`, named after the key. */
export function params<T extends Table, K extends keyof T['$inferInsert'] & string>(
  _table: T,
  ...keys: K[]
): Record<K, SQL> {
  const out: Partial<Record<K, SQL>> = {};
  for (const key of keys) out[key] = param(key);
  return out as Record<K, SQL>;
}

/**
 * SQL text that names its parameters `@name` (kept as text because it is shared with statements
 * better-sqlite3 binds by name) as drizzle SQL: each `@name` becomes `param(name)`, the text
 * between stays as written.
 */
export function namedParams(text: string): SQL {
  const parts = text.split(/@([A-Za-z_]\w*)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : param(part))));
}
