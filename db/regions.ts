import { randomUUID } from 'node:crypto';
import { count, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Region } from '../shared/schemas/region';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { param, params } from './placeholders';
import { region } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type RegionRow = typeof region.$inferSelect;

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const REGION_FIELDS = [
  'name',
  'zorgkantoorNumber',
  'description',
] as const satisfies readonly (keyof RegionRow)[];

/** What a create or update writes: the audited fields. */
export type RegionInput = Pick<RegionRow, (typeof REGION_FIELDS)[number]>;

export const toRegion = (r: RegionRow): Region => ({
  id: r.id,
  name: r.name,
  zorgkantoorNumber: r.zorgkantoorNumber,
  description: r.description,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

export function createRegionRepository(db: Db) {
  const orm = drizzle(db);
  const list = orm
    .select()
    .from(region)
    .where(isNull(region.deletedAt))
    .orderBy(sql`${region.name} COLLATE NOCASE`)
    .prepare();
  const get = prepareRowById(orm, region);
  const own = params(region, ...REGION_FIELDS);
  const insert = orm
    .insert(region)
    .values({ id: param('id'), ...own, createdAt: param('now'), updatedAt: param('now') })
    .prepare();
  const update = orm
    .update(region)
    .set({ ...own, updatedAt: param('now') })
    .where(whereId(region))
    .prepare();
  const live = orm.select({ n: count() }).from(region).where(isNull(region.deletedAt)).prepare();

  const find = (id: string): Region | null => {
    const row = get.get({ id });
    return row ? toRegion(row) : null;
  };
  const writes = createAuditedWrites(db, 'region', find, REGION_FIELDS);

  return {
    list: (): Region[] => list.all().map(toRegion),
    find,
    count: (): number => live.get()?.n ?? 0,
    create: inTransaction(db, (input: RegionInput, w: Writer): Region => {
      const id = randomUUID();
      return writes.create(id, w, () => insert.run({ id, ...input, now: w.now }));
    }),
    update: inTransaction(db, (before: Region, input: RegionInput, w: Writer): Region =>
      writes.update(before, input, w, () => update.run({ id: before.id, ...input, now: w.now })),
    ),
  };
}
export type RegionRepository = ReturnType<typeof createRegionRepository>;
