import { randomUUID } from 'node:crypto';
import type { PartyType, RoleKind } from '../shared/domain';
import type { RoleAssignment, RoleListItem, RoleListQuery } from '../shared/schemas/roleAssignment';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { currentSql, endedSql, futureSql } from './period';
import type { Db } from './sqlite';

export interface RoleInput {
  regionId: string;
  contactId: string;
  partyId: string | null;
  role: RoleKind;
  themeId: string | null;
  mandate: string;
  since: string | null;
  until: string | null;
}
export type RoleChange = Omit<RoleInput, 'regionId' | 'contactId'>;
type ListQuery = Required<RoleListQuery> & { day: string };

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const ROLE_FIELDS = ['partyId', 'role', 'themeId', 'mandate', 'since', 'until'] as const;

const toRole = (r: Record<string, unknown>): RoleAssignment => ({
  id: r.id as string,
  regionId: r.region_id as string,
  contactId: r.contact_id as string,
  partyId: (r.party_id as string | null) ?? null,
  role: r.role as RoleKind,
  themeId: (r.theme_id as string | null) ?? null,
  mandate: r.mandate as string,
  since: (r.since as string | null) ?? null,
  until: (r.until as string | null) ?? null,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

const CURRENT = currentSql('ra');

export function createRoleAssignmentRepository(db: Db) {
  const get = db.prepare('SELECT * FROM role_assignment WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO role_assignment (id, region_id, contact_id, party_id, role, theme_id, mandate,
       since, until, created_at, updated_at)
     VALUES (@id, @regionId, @contactId, @partyId, @role, @themeId, @mandate, @since, @until,
       @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE role_assignment SET party_id = @partyId, role = @role, theme_id = @themeId,
       mandate = @mandate, since = @since, until = @until, updated_at = @now WHERE id = @id`,
  );
  const list = db.prepare(
    `SELECT ra.*, c.name AS contact_name, c.function AS contact_function, p.name AS party_name,
       p.type AS party_type, t.name AS theme_name, r.name AS region_name,
       (${CURRENT}) AS is_current
     FROM role_assignment ra
     JOIN contact c ON c.id = ra.contact_id AND c.deleted_at IS NULL
     JOIN region r ON r.id = ra.region_id AND r.deleted_at IS NULL
     LEFT JOIN party p ON p.id = ra.party_id AND p.deleted_at IS NULL
     LEFT JOIN theme t ON t.id = ra.theme_id
     WHERE ra.deleted_at IS NULL
       AND (@regionId IS NULL OR ra.region_id = @regionId)
       AND (@contactId IS NULL OR ra.contact_id = @contactId)
       AND (@partyId IS NULL OR ra.party_id = @partyId)
       AND (@roles = '[]' OR ra.role IN (SELECT value FROM json_each(@roles)))
       AND (@period = 'all' OR (@period = 'current' AND ${CURRENT})
         OR (@period = 'ended' AND ${endedSql('ra')})
         OR (@period = 'future' AND ${futureSql('ra')}))
     ORDER BY is_current DESC, ra.role, p.sort_key, c.sort_key`,
  );

  const find = (id: string): RoleAssignment | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toRole(row) : null;
  };
  const writes = createAuditedWrites(db, 'roleAssignment', find, ROLE_FIELDS);

  return {
    find,
    list(q: ListQuery): RoleListItem[] {
      const rows = list.all({ ...q, roles: JSON.stringify(q.roles) }) as Record<string, unknown>[];
      return rows.map((r) => {
        const { createdAt: _c, deletedAt: _d, ...role } = toRole(r);
        return {
          ...role,
          contactName: r.contact_name as string,
          contactFunction: r.contact_function as string,
          partyName: (r.party_name as string | null) ?? null,
          partyType: (r.party_type as PartyType | null) ?? null,
          themeName: (r.theme_name as string | null) ?? null,
          regionName: r.region_name as string,
          current: r.is_current === 1,
        };
      });
    },
    create: inTransaction(db, (input: RoleInput, w: Writer): RoleAssignment => {
      const id = randomUUID();
      return writes.create(id, w, () => insert.run({ id, ...input, now: w.now }));
    }),
    update: inTransaction(db, (before: RoleAssignment, input: RoleChange, w: Writer) =>
      writes.update(before, input, w, () => update.run({ id: before.id, ...input, now: w.now })),
    ),
  };
}
export type RoleAssignmentRepository = ReturnType<typeof createRoleAssignmentRepository>;
