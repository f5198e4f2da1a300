import { randomUUID } from 'node:crypto';
import type { MembershipRole } from '../shared/domain';
import type { Membership } from '../shared/schemas/party';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import type { Db } from './sqlite';

export interface MembershipInput {
  regionId: string;
  partyId: string;
  role: MembershipRole;
  since: string | null;
  until: string | null;
}
export type MembershipWithRegion = Membership & { regionName: string };

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const MEMBERSHIP_FIELDS = ['role', 'since', 'until'] as const;

const toMembership = (r: Record<string, unknown>): Membership => ({
  id: r.id as string,
  regionId: r.region_id as string,
  partyId: r.party_id as string,
  role: r.role as MembershipRole,
  since: (r.since as string | null) ?? null,
  until: (r.until as string | null) ?? null,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

export function createMembershipRepository(db: Db) {
  const get = db.prepare('SELECT * FROM region_membership WHERE id = ?');
  const ofParty = db.prepare(
    `SELECT m.*, r.name AS region_name FROM region_membership m JOIN region r ON r.id = m.region_id
     WHERE m.party_id = ? AND m.deleted_at IS NULL AND r.deleted_at IS NULL
     ORDER BY r.name COLLATE NOCASE`,
  );
  const active = db.prepare(
    'SELECT id FROM region_membership WHERE region_id = ? AND party_id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO region_membership (id, region_id, party_id, role, since, until, created_at, updated_at)
     VALUES (@id, @regionId, @partyId, @role, @since, @until, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE region_membership SET role = @role, since = @since, until = @until, updated_at = @now
     WHERE id = @id`,
  );

  const find = (id: string): Membership | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toMembership(row) : null;
  };
  const writes = createAuditedWrites(db, 'membership', find, MEMBERSHIP_FIELDS);

  return {
    find,
    ofParty: (partyId: string): MembershipWithRegion[] =>
      (ofParty.all(partyId) as Record<string, unknown>[]).map((r) => ({
        ...toMembership(r),
        regionName: r.region_name as string,
      })),
    /** The party's (non-deleted) membership of the region, if any. */
    existing: (regionId: string, partyId: string): string | null =>
      (active.get(regionId, partyId) as { id: string } | undefined)?.id ?? null,
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
