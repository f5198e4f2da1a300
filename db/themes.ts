import { randomUUID } from 'node:crypto';
import { and, count, isNull, max, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { DEFAULT_THEMES } from '../shared/domain';
import type { Theme } from '../shared/schemas/theme';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { param, params } from './placeholders';
import { theme } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type ThemeRow = typeof theme.$inferSelect;

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const THEME_FIELDS = ['name', 'archivedAt'] as const satisfies readonly (keyof ThemeRow)[];

export const toTheme = (r: ThemeRow): Theme => ({
  id: r.id,
  name: r.name,
  archivedAt: r.archivedAt,
  sortOrder: r.sortOrder,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

export function createThemeRepository(db: Db) {
  const orm = drizzle(db);
  const get = prepareRowById(orm, theme);
  const list = orm
    .select()
    .from(theme)
    .where(and(isNull(theme.deletedAt), sql`(${param('all')} = 1 OR ${theme.archivedAt} IS NULL)`))
    .orderBy(
      sql`${theme.archivedAt} IS NOT NULL`,
      theme.sortOrder,
      sql`${theme.name} COLLATE NOCASE`,
    )
    .prepare();
  const total = orm.select({ n: count() }).from(theme).prepare();
  const lastOrder = orm
    .select({ n: max(theme.sortOrder) })
    .from(theme)
    .prepare();
  const insert = orm
    .insert(theme)
    .values({
      ...params(theme, 'id', 'name', 'sortOrder'),
      archivedAt: null,
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(theme)
    .set({ ...params(theme, ...THEME_FIELDS), updatedAt: param('now') })
    .where(whereId(theme))
    .prepare();

  const find = (id: string): Theme | null => {
    const row = get.get({ id });
    return row ? toTheme(row) : null;
  };
  const writes = createAuditedWrites(db, 'theme', find, THEME_FIELDS);

  const create = inTransaction(db, (name: string, w: Writer): Theme => {
    const id = randomUUID();
    const sortOrder = (lastOrder.get()?.n ?? 0) + 1;
    return writes.create(id, w, () => insert.run({ id, name, sortOrder, now: w.now }));
  });

  return {
    find,
    list: (includeArchived: boolean): Theme[] =>
      list.all({ all: includeArchived ? 1 : 0 }).map(toTheme),
    create,
    /** Gives a database that never had themes the werkstructuur's defaults. */
    ensureDefaults: inTransaction(db, (w: Writer): void => {
      if ((total.get()?.n ?? 0) > 0) return;
      for (const name of DEFAULT_THEMES) create(name, w);
    }),
    update: inTransaction(
      db,
      (before: Theme, next: Pick<ThemeRow, (typeof THEME_FIELDS)[number]>, w: Writer) =>
        writes.update(before, next, w, () => update.run({ id: before.id, ...next, now: w.now })),
    ),
  };
}
export type ThemeRepository = ReturnType<typeof createThemeRepository>;
