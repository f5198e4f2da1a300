import { randomUUID } from 'node:crypto';
import { DEFAULT_THEMES } from '../shared/domain';
import type { Theme } from '../shared/schemas/theme';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import type { Db } from './sqlite';

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const THEME_FIELDS = ['name', 'archivedAt'] as const;

const toTheme = (r: Record<string, unknown>): Theme => ({
  id: r.id as string,
  name: r.name as string,
  archivedAt: (r.archived_at as string | null) ?? null,
  sortOrder: r.sort_order as number,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export function createThemeRepository(db: Db) {
  const get = db.prepare('SELECT * FROM theme WHERE id = ?');
  const list = db.prepare(
    `SELECT * FROM theme WHERE deleted_at IS NULL AND (@all = 1 OR archived_at IS NULL)
     ORDER BY archived_at IS NOT NULL, sort_order, name COLLATE NOCASE`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM theme');
  const nextOrder = db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM theme');
  const insert = db.prepare(
    `INSERT INTO theme (id, name, archived_at, sort_order, created_at, updated_at)
     VALUES (@id, @name, NULL, @sortOrder, @now, @now)`,
  );
  const update = db.prepare(
    'UPDATE theme SET name = @name, archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  );

  const find = (id: string): Theme | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toTheme(row) : null;
  };
  const writes = createAuditedWrites(db, 'theme', find, THEME_FIELDS);

  const create = inTransaction(db, (name: string, w: Writer): Theme => {
    const id = randomUUID();
    const sortOrder = (nextOrder.get() as { n: number }).n;
    return writes.create(id, w, () => insert.run({ id, name, sortOrder, now: w.now }));
  });

  return {
    find,
    list: (includeArchived: boolean): Theme[] =>
      (list.all({ all: includeArchived ? 1 : 0 }) as Record<string, unknown>[]).map(toTheme),
    create,
    /** Gives a database that never had themes the werkstructuur's defaults. */
    ensureDefaults: inTransaction(db, (w: Writer): void => {
      if ((count.get() as { n: number }).n > 0) return;
      for (const name of DEFAULT_THEMES) create(name, w);
    }),
    update: inTransaction(
      db,
      (before: Theme, next: { name: string; archivedAt: string | null }, w: Writer) =>
        writes.update(before, next, w, () => update.run({ id: before.id, ...next, now: w.now })),
    ),
  };
}
export type ThemeRepository = ReturnType<typeof createThemeRepository>;
