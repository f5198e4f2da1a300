import { randomUUID } from 'node:crypto';
import type { PartyType } from '../shared/domain';
import type { Party, PartyListItem, PartyListQuery } from '../shared/schemas/party';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { notEndedSql } from './period';
import { nameSortKey } from './sortKeys';
import { likePattern, searchText, type Db } from './sqlite';

export interface PartyInput {
  type: PartyType;
  name: string;
  notes: string;
}
type ListQuery = Required<PartyListQuery> & { day: string };

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const PARTY_FIELDS = ['type', 'name', 'notes'] as const;

const toParty = (r: Record<string, unknown>): Party => ({
  id: r.id as string,
  type: r.type as PartyType,
  name: r.name as string,
  notes: r.notes as string,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

const ORDER: Record<ListQuery['sort'], string> = {
  name: 'p.sort_key, p.id',
  type: 'p.type, p.sort_key, p.id',
  role: 'role, p.sort_key, p.id',
  updated: 'p.updated_at DESC',
};

const CONTACT_COUNT =
  '(SELECT count(*) FROM contact c WHERE c.party_id = p.id AND c.deleted_at IS NULL)';

/** Which filters a query uses: each shape gets its own statement, with no dead conditions. */
interface Shape {
  inRegion: boolean;
  sort: ListQuery['sort'];
  search: boolean;
  types: boolean;
  roles: boolean;
  includeEnded: boolean;
}

/** Columns in this order: id, name, type, role, since, until, updated_at, contact count. */
function listSql(s: Shape): string {
  const where = ['p.deleted_at IS NULL'];
  if (s.search) where.push("p.search_text LIKE @like ESCAPE '\\'");
  if (s.types) where.push('p.type IN (SELECT value FROM json_each(@types))');
  if (!s.inRegion) {
    return `SELECT p.id, p.name, p.type, NULL AS role, NULL, NULL, p.updated_at, ${CONTACT_COUNT}
      FROM party p WHERE ${where.join(' AND ')} ORDER BY ${ORDER[s.sort]}`;
  }
  where.push('m.region_id = @regionId', 'm.deleted_at IS NULL');
  if (!s.includeEnded) where.push(notEndedSql('m'));
  if (s.roles) where.push('m.role IN (SELECT value FROM json_each(@roles))');
  return `SELECT p.id, p.name, p.type, m.role AS role, m.since, m.until, p.updated_at, ${CONTACT_COUNT}
    FROM region_membership m JOIN party p ON p.id = m.party_id
    WHERE ${where.join(' AND ')} ORDER BY ${ORDER[s.sort]}`;
}

type ListRow = [
  string,
  string,
  PartyType,
  string | null,
  string | null,
  string | null,
  string,
  number,
];

export function createPartyRepository(db: Db) {
  const get = db.prepare('SELECT * FROM party WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO party (id, type, name, notes, search_text, sort_key, created_at, updated_at)
     VALUES (@id, @type, @name, @notes, @searchText, @sortKey, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE party SET type = @type, name = @name, notes = @notes, search_text = @searchText,
       sort_key = @sortKey, updated_at = @now WHERE id = @id`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM party WHERE deleted_at IS NULL');
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const listStatement = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = db.prepare(listSql(shape)).raw(true)));
    return stmt;
  };

  const find = (id: string): Party | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toParty(row) : null;
  };
  const writes = createAuditedWrites(db, 'party', find, PARTY_FIELDS);

  return {
    find,
    /** Live (not deleted) parties. */
    count: (): number => (count.get() as { n: number }).n,
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
      const rows = listStatement(shape).all({
        ...(inRegion && { regionId: q.regionId, ...(!q.includeEnded && { day: q.day }) }),
        ...(shape.search && { like: likePattern(q.search) }),
        ...(shape.types && { types: JSON.stringify(q.types) }),
        ...(shape.roles && { roles: JSON.stringify(q.roles) }),
      }) as ListRow[];
      return rows.map(([id, name, type, role, since, until, updatedAt, contactCount]) => ({
        id,
        name,
        type,
        role: role as PartyListItem['role'],
        since,
        until,
        contactCount,
        updatedAt,
      }));
    },
    create: inTransaction(db, (input: PartyInput, w: Writer): Party => {
      const id = randomUUID();
      return writes.create(id, w, () =>
        insert.run({
          id,
          ...input,
          searchText: searchText(input.name),
          sortKey: nameSortKey(input.name),
          now: w.now,
        }),
      );
    }),
    update: inTransaction(db, (before: Party, input: PartyInput, w: Writer): Party =>
      writes.update(before, input, w, () =>
        update.run({
          id: before.id,
          ...input,
          searchText: searchText(input.name),
          sortKey: nameSortKey(input.name),
          now: w.now,
        }),
      ),
    ),
  };
}
export type PartyRepository = ReturnType<typeof createPartyRepository>;
