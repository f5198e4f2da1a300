import { randomUUID } from 'node:crypto';
import { count, isNull, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Party, PartyListItem, PartyListQuery } from '../shared/schemas/party';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { period } from './period';
import { param, params } from './placeholders';
import { prepareSelect } from './preparedSql';
import { contact, party, regionMembership } from './schema';
import { nameSortKey } from './sortKeys';
import { likePattern, searchText, type Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type PartyRow = typeof party.$inferSelect;

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const PARTY_FIELDS = [
  'type',
  'name',
  'notes',
] as const satisfies readonly (keyof PartyRow)[];

/** What a create or update writes (the search text and sort key follow from the name). */
export type PartyInput = Pick<PartyRow, (typeof PARTY_FIELDS)[number]>;
type ListQuery = Required<PartyListQuery> & { day: string };

export const toParty = (r: PartyRow): Party => ({
  id: r.id,
  type: r.type,
  name: r.name,
  notes: r.notes,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

/** The columns derived from the name, written with every insert and update of a party. */
const derivedColumns = (input: PartyInput): Pick<PartyRow, 'searchText' | 'sortKey'> => ({
  searchText: searchText(input.name),
  sortKey: nameSortKey(input.name),
});

/** Which filters a query uses: each shape gets its own statement, with no dead conditions. */
interface Shape {
  inRegion: boolean;
  sort: ListQuery['sort'];
  search: boolean;
  types: boolean;
  roles: boolean;
  includeEnded: boolean;
}

const m = regionMembership;
const inJson = (name: string) => sql`IN (SELECT value FROM json_each(${param(name)}))`;

/** The list item's fields, by name: the party's own and, in a region, the membership's. */
const listFields = <R, S, U>(membership: { role: R; since: S; until: U }) => ({
  id: party.id,
  name: party.name,
  type: party.type,
  role: membership.role,
  since: membership.since,
  until: membership.until,
  contactCount: sql<number>`(SELECT count(*) FROM ${contact}
    WHERE ${contact.partyId} = ${party.id} AND ${contact.deletedAt} IS NULL)`,
  updatedAt: party.updatedAt,
});
/** Without a region there is no membership: role, since and until are NULL. */
const NO_MEMBERSHIP = { role: sql<null>`NULL`, since: sql<null>`NULL`, until: sql<null>`NULL` };

/** Each order ends in a unique column; "role" is the list's role (NULL without a region). */
const ORDER: Record<ListQuery['sort'], SQL> = {
  name: sql`${party.sortKey}, ${party.id}`,
  type: sql`${party.type}, ${party.sortKey}, ${party.id}`,
  role: sql`${sql.identifier('role')}, ${party.sortKey}, ${party.id}`,
  updated: sql`${party.updatedAt} DESC`,
};

/** The list statement of one shape (parameters: @regionId, @day, @like, @types, @roles). */
function prepareList(db: Db, s: Shape) {
  const where = [sql`${party.deletedAt} IS NULL`];
  if (s.search) where.push(sql`${party.searchText} LIKE ${param('like')} ESCAPE '\\'`);
  if (s.types) where.push(sql`${party.type} ${inJson('types')}`);
  if (!s.inRegion) {
    return prepareSelect(
      db,
      listFields(NO_MEMBERSHIP),
      sql`FROM ${party} WHERE ${sql.join(where, sql` AND `)} ORDER BY ${ORDER[s.sort]}`,
    );
  }
  where.push(sql`${m.regionId} = ${param('regionId')}`, sql`${m.deletedAt} IS NULL`);
  if (!s.includeEnded) where.push(period.notEnded(m));
  if (s.roles) where.push(sql`${m.role} ${inJson('roles')}`);
  return prepareSelect(
    db,
    listFields(m),
    sql`FROM ${m} JOIN ${party} ON ${party.id} = ${m.partyId}
      WHERE ${sql.join(where, sql` AND `)} ORDER BY ${ORDER[s.sort]}`,
  );
}

export function createPartyRepository(db: Db) {
  const orm = drizzle(db);
  const get = prepareRowById(orm, party);
  const own = params(party, ...PARTY_FIELDS, 'searchText', 'sortKey');
  const insert = orm
    .insert(party)
    .values({ id: param('id'), ...own, createdAt: param('now'), updatedAt: param('now') })
    .prepare();
  const update = orm
    .update(party)
    .set({ ...own, updatedAt: param('now') })
    .where(whereId(party))
    .prepare();
  const live = orm.select({ n: count() }).from(party).where(isNull(party.deletedAt)).prepare();

  const statements = new Map<string, ReturnType<typeof prepareList>>();
  const listStatement = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = prepareList(db, shape)));
    return stmt;
  };

  const find = (id: string): Party | null => {
    const row = get.get({ id });
    return row ? toParty(row) : null;
  };
  const writes = createAuditedWrites(db, 'party', find, PARTY_FIELDS);

  return {
    find,
    /** Live (not deleted) parties. */
    count: (): number => live.get()?.n ?? 0,
    list(q: ListQuery): PartyListItem[] {
      const inRegion = q.regionId !== null;
      const shape: Shape = {
        inRegion,
        sort: q.sort,
        search: q.search !== '',
        types: q.types.length > 0,
        roles: inRegion && q.roles.length > 0,
        includeEnded: inRegion && q.includeEnded,
      };
      return listStatement(shape).all({
        ...(inRegion && { regionId: q.regionId, ...(!q.includeEnded && { day: q.day }) }),
        ...(shape.search && { like: likePattern(q.search) }),
        ...(shape.types && { types: JSON.stringify(q.types) }),
        ...(shape.roles && { roles: JSON.stringify(q.roles) }),
      });
    },
    create: inTransaction(db, (input: PartyInput, w: Writer): Party => {
      const id = randomUUID();
      return writes.create(id, w, () =>
        insert.run({ id, ...input, ...derivedColumns(input), now: w.now }),
      );
    }),
    update: inTransaction(db, (before: Party, input: PartyInput, w: Writer): Party =>
      writes.update(before, input, w, () =>
        update.run({ id: before.id, ...input, ...derivedColumns(input), now: w.now }),
      ),
    ),
  };
}
export type PartyRepository = ReturnType<typeof createPartyRepository>;
