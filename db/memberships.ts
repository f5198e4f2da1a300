import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Membership } from '../shared/schemas/party';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { param, params } from './placeholders';
import { region, regionMembership } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type MembershipRow = typeof regionMembership.$inferSelect;

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const MEMBERSHIP_FIELDS = [
  'role',
  'since',
  'until',
] as const satisfies readonly (keyof MembershipRow)[];

/** What a create writes: the region, the party and the audited fields. */
export type MembershipInput = Pick<
  MembershipRow,
  'regionId' | 'partyId' | (typeof MEMBERSHIP_FIELDS)[number]
>;
export type MembershipWithRegion = Membership & { regionName: string };

export const toMembership = (r: MembershipRow): Membership => ({
  id: r.id,
  regionId: r.regionId,
  partyId: r.partyId,
  role: r.role,
  since: r.since,
  until: r.until,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

export function createMembershipRepository(db: Db) {
  const orm = drizzle(db);
  const m = regionMembership;
  const get = prepareRowById(orm, m);
  const ofParty = orm
    .select({ membership: m, regionName: region.name })
    .from(m)
    .innerJoin(region, eq(region.id, m.regionId))
    .where(and(eq(m.partyId, param('partyId')), isNull(m.deletedAt), isNull(region.deletedAt)))
    .orderBy(sql`${region.name} COLLATE NOCASE`)
    .prepare();
  const active = orm
    .select({ id: m.id })
    .from(m)
    .where(
      and(eq(m.regionId, param('regionId')), eq(m.partyId, param('partyId')), isNull(m.deletedAt)),
    )
    .prepare();
  const insert = orm
    .insert(m)
    .values({
      ...params(m, 'id', 'regionId', 'partyId', ...MEMBERSHIP_FIELDS),
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(m)
    .set({ ...params(m, ...MEMBERSHIP_FIELDS), updatedAt: param('now') })
    .where(whereId(m))
    .prepare();

  const find = (id: string): Membership | null => {
    const row = get.get({ id });
    return row ? toMembership(row) : null;
  };
  const writes = createAuditedWrites(db, 'membership', find, MEMBERSHIP_FIELDS);

  return {
    find,
    ofParty: (partyId: string): MembershipWithRegion[] =>
      ofParty
        .all({ partyId })
        .map((r) => ({ ...toMembership(r.membership), regionName: r.regionName })),
    /** The party's (non-deleted) membership of the region, if any. */
    existing: (regionId: string, partyId: string): string | null =>
      active.get({ regionId, partyId })?.id ?? null,
    create: inTransaction(db, (input: MembershipInput, w: Writer): Membership => {
      const id = randomUUID();
      return writes.create(id, w, () => insert.run({ id, ...input, now: w.now }));
    }),
    update: inTransaction(
      db,
      (before: Membership, input: Pick<MembershipInput, 'role' | 'since' | 'until'>, w: Writer) =>
        writes.update(before, input, w, () => update.run({ id: before.id, ...input, now: w.now })),
    ),
  };
}
export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
