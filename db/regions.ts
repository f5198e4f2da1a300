import { randomUUID } from 'node:crypto';
import type { Region } from '../shared/schemas/region';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import type { Db } from './sqlite';

export interface RegionInput {
  name: string;
  zorgkantoorNumber: number | null;
  description: string;
}

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const REGION_FIELDS = ['name', 'zorgkantoorNumber', 'description'] as const;

const toRegion = (r: Record<string, unknown>): Region => ({
  id: r.id as string,
  name: r.name as string,
  zorgkantoorNumber: (r.zorgkantoor_number as number | null) ?? null,
  description: r.description as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export function createRegionRepository(db: Db) {
  const list = db.prepare(
    'SELECT * FROM region WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE',
  );
  const get = db.prepare('SELECT * FROM region WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO region (id, name, zorgkantoor_number, description, created_at, updated_at)
     VALUES (@id, @name, @zorgkantoorNumber, @description, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE region SET name = @name, zorgkantoor_number = @zorgkantoorNumber,
       description = @description, updated_at = @now WHERE id = @id`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM region WHERE deleted_at IS NULL');

  const find = (id: string): Region | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toRegion(row) : null;
  };
  const writes = createAuditedWrites(db, 'region', find, REGION_FIELDS);

  return {
    list: (): Region[] => (list.all() as Record<string, unknown>[]).map(toRegion),
    find,
    count: (): number => (count.get() as { n: number }).n,
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
