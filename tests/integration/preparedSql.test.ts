import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../db';
import { migrate } from '../../db/migrate';
import { sql } from 'drizzle-orm';
import { namedParams } from '../../db/placeholders';
import { prepareRows, prepareSelect } from '../../db/preparedSql';
import { theme } from '../../db/schema';
import { Database } from '../../db/sqlite';

/**
 * SQL kept as text is tied to its row type by prepareRows: preparing checks the statement's
 * columns against the row's kinds and the migrated schema. Creating the repositories prepares
 * (and so checks) every such statement; the per-shape list statements are checked by the list
 * tests that run them.
 */
describe('statements kept as SQL text', () => {
  const db = new Database(':memory:');
  migrate(db);

  it('every repository prepares against the migrated schema', () => {
    expect(() => createRepositories(db)).not.toThrow();
  });

  it('gives the typed rows', () => {
    db.prepare(
      "INSERT INTO theme (id, name, sort_order, created_at, updated_at) VALUES ('t1', 'Wonen', 1, 'x', 'x')",
    ).run();
    const themes = prepareRows<{ id: string; name: string; archivedAt: string | null }>(
      db,
      'SELECT id, name, archived_at AS archivedAt FROM theme',
      { id: 'text', name: 'text', archivedAt: 'text?' },
    );
    expect(themes.all()).toEqual([{ id: 't1', name: 'Wonen', archivedAt: null }]);
  });

  it('refuses a column the row does not name, or misses', () => {
    expect(() =>
      prepareRows<{ id: string }>(db, 'SELECT id, name FROM theme', { id: 'text' }),
    ).toThrow(/columns id, name/);
    expect(() =>
      prepareRows<{ id: string; title: string }>(db, 'SELECT id FROM theme', {
        id: 'text',
        title: 'text',
      }),
    ).toThrow(/columns id/);
  });

  it('refuses a stored type or a null the row does not allow', () => {
    expect(() =>
      prepareRows<{ sortOrder: string }>(db, 'SELECT sort_order AS sortOrder FROM theme', {
        sortOrder: 'text',
      }),
    ).toThrow(/sortOrder: INTEGER/);
    expect(() =>
      prepareRows<{ archivedAt: string }>(db, 'SELECT archived_at AS archivedAt FROM theme', {
        archivedAt: 'text',
      }),
    ).toThrow(/archivedAt may be null/);
  });
});

describe('SQL text with named parameters in drizzle SQL', () => {
  const db = new Database(':memory:');
  migrate(db);
  db.prepare(
    `INSERT INTO theme (id, name, sort_order, created_at, updated_at) VALUES
     ('t1', 'Wonen', 1, 'x', 'x'), ('t2', 'Zorg', 2, 'x', 'x'), ('t3', 'Werk', 3, 'x', 'x')`,
  ).run();

  it('binds every @name, also one used twice, by name', () => {
    const scope = namedParams('sort_order >= @low AND (name = @name OR sort_order = @low)');
    const themes = prepareSelect(
      db,
      { id: theme.id },
      sql`FROM ${theme} WHERE ${scope} ORDER BY ${theme.id}`,
    );
    // sort_order >= 2 AND (name = 'Wonen' OR sort_order = 2): only t2.
    expect(themes.all({ low: 2, name: 'Wonen' })).toEqual([{ id: 't2' }]);
    // sort_order >= 1 AND (name = 'Zorg' OR sort_order = 1): t1 and t2, not t3.
    expect(themes.all({ low: 1, name: 'Zorg' })).toEqual([{ id: 't1' }, { id: 't2' }]);
    expect(() => themes.all({ low: 1 })).toThrow(/name/);
  });
});
