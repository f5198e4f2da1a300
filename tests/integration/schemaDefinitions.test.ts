import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { schema } from '../../db/schema';
import { Database } from '../../db/sqlite';

/**
 * The hand-written numbered migrations create the schema; db/schema/ describes it for the code.
 * This proves they agree: every table, every column with its type, NOT NULL and primary key.
 */
describe('table definitions', () => {
  const db = new Database(':memory:');
  migrate(db);
  const tables = Object.values(schema).map((t) => getTableConfig(t as SQLiteTable));

  it('cover every table the migrations create, and no other', () => {
    const migrated = (
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables.map((t) => t.name).sort()).toEqual(migrated.sort());
  });

  it.each(tables.map((t) => [t.name, t] as const))(
    '%s: columns match the migrated table',
    (name, config) => {
      const info = db.prepare(`PRAGMA table_xinfo(${name})`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      const migrated = info
        .map((c) => ({
          name: c.name,
          type: c.type,
          notNull: c.notnull === 1 || c.pk > 0,
          pk: c.pk > 0,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const compositePk = new Set(
        config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
      );
      const defined = config.columns
        .map((c) => ({
          name: c.name,
          type: c.getSQLType().toUpperCase(),
          notNull: c.notNull || c.primary || compositePk.has(c.name),
          pk: c.primary || compositePk.has(c.name),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(defined).toEqual(migrated);
    },
  );
});
