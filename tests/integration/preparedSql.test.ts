import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../db';
import { migrate } from '../../db/migrate';
import { prepareRows } from '../../db/preparedSql';
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
