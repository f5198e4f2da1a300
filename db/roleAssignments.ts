import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { RoleAssignment, RoleListItem, RoleListQuery } from '../shared/schemas/roleAssignment';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { period } from './period';
import { param, params } from './placeholders';
import { contact, party, region, roleAssignment, theme } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type RoleRow = typeof roleAssignment.$inferSelect;

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const ROLE_FIELDS = [
  'partyId',
  'role',
  'themeId',
  'mandate',
  'since',
  'until',
] as const satisfies readonly (keyof RoleRow)[];

/** What a create writes: region, person and the audited fields. */
export type RoleInput = Pick<RoleRow, 'regionId' | 'contactId' | (typeof ROLE_FIELDS)[number]>;
export type RoleChange = Omit<RoleInput, 'regionId' | 'contactId'>;
type ListQuery = Required<RoleListQuery> & { day: string };

export const toRole = (r: RoleRow): RoleAssignment => ({
  id: r.id,
  regionId: r.regionId,
  contactId: r.contactId,
  partyId: r.partyId,
  role: r.role,
  themeId: r.themeId,
  mandate: r.mandate,
  since: r.since,
  until: r.until,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

export function createRoleAssignmentRepository(db: Db) {
  const orm = drizzle(db);
  const ra = roleAssignment;
  const get = prepareRowById(orm, ra);
  const insert = orm
    .insert(ra)
    .values({
      ...params(ra, 'id', 'regionId', 'contactId', ...ROLE_FIELDS),
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(ra)
    .set({ ...params(ra, ...ROLE_FIELDS), updatedAt: param('now') })
    .where(whereId(ra))
    .prepare();
  /** A filter on the query's id of the same name, when it is not null. */
  const optional = (key: 'regionId' | 'contactId' | 'partyId') =>
    sql`(${param(key)} IS NULL OR ${ra[key]} = ${param(key)})`;
  const inPeriod = (name: ListQuery['period']) => sql`${param('period')} = ${name}`;
  const list = orm
    .select({
      role: ra,
      contactName: contact.name,
      contactFunction: contact.function,
      partyName: party.name,
      partyType: party.type,
      themeName: theme.name,
      regionName: region.name,
      isCurrent: sql`${period.current(ra)}`.mapWith((v: number) => v === 1).as('is_current'),
    })
    .from(ra)
    .innerJoin(contact, and(eq(contact.id, ra.contactId), isNull(contact.deletedAt)))
    .innerJoin(region, and(eq(region.id, ra.regionId), isNull(region.deletedAt)))
    .leftJoin(party, and(eq(party.id, ra.partyId), isNull(party.deletedAt)))
    .leftJoin(theme, eq(theme.id, ra.themeId))
    .where(
      and(
        isNull(ra.deletedAt),
        optional('regionId'),
        optional('contactId'),
        optional('partyId'),
        sql`(${param('roles')} = '[]' OR ${ra.role} IN (SELECT value FROM json_each(${param('roles')})))`,
        or(
          inPeriod('all'),
          and(inPeriod('current'), period.current(ra)),
          and(inPeriod('ended'), period.ended(ra)),
          and(inPeriod('future'), period.future(ra)),
        ),
      ),
    )
    .orderBy((f) => [desc(f.isCurrent), ra.role, party.sortKey, contact.sortKey])
    .prepare();

  const find = (id: string): RoleAssignment | null => {
    const row = get.get({ id });
    return row ? toRole(row) : null;
  };
  const writes = createAuditedWrites(db, 'roleAssignment', find, ROLE_FIELDS);

  return {
    find,
    list(q: ListQuery): RoleListItem[] {
      return list.all({ ...q, roles: JSON.stringify(q.roles) }).map((r) => {
        const { createdAt: _c, deletedAt: _d, ...role } = toRole(r.role);
        return {
          ...role,
          contactName: r.contactName,
          contactFunction: r.contactFunction,
          partyName: r.partyName,
          partyType: r.partyType,
          themeName: r.themeName,
          regionName: r.regionName,
          current: r.isCurrent,
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
