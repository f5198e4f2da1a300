import { randomUUID } from 'node:crypto';
import type { PartyType } from '../shared/domain';
import type { Party, PartyListItem, PartyListQuery } from '../shared/schemas/party';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { likePattern, searchText, type Db } from './sqlite';

export interface PartyInput {
  type: PartyType;
  name: string;
  notes: string;
}
type ListQuery = Required<PartyListQuery> & { day: string };

const FIELDS = ['type', 'name', 'notes'] as const;

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
  name: 'p.name COLLATE NOCASE',
  type: 'p.type, p.name COLLATE NOCASE',
  role: 'role, p.name COLLATE NOCASE',
  updated: 'p.updated_at DESC',
};

const FILTERS = `
  AND (@search = '' OR p.search_text LIKE @like ESCAPE '\\')
  AND (@types = '[]' OR p.type IN (SELECT value FROM json_each(@types)))`;

const CONTACT_COUNT =
  '(SELECT count(*) FROM contact c WHERE c.party_id = p.id AND c.deleted_at IS NULL) AS contact_count';

function listSql(inRegion: boolean, sort: ListQuery['sort']): string {
  if (!inRegion) {
    return `SELECT p.id, p.name, p.type, NULL AS role, NULL AS since, NULL AS until, p.updated_at,
        ${CONTACT_COUNT}
      FROM party p WHERE p.deleted_at IS NULL ${FILTERS}
      ORDER BY ${ORDER[sort]}`;
  }
  return `SELECT p.id, p.name, p.type, m.role, m.since, m.until, p.updated_at, ${CONTACT_COUNT}
    FROM region_membership m JOIN party p ON p.id = m.party_id
    WHERE m.region_id = @regionId AND m.deleted_at IS NULL AND p.deleted_at IS NULL
      AND (@includeEnded = 1 OR m.until IS NULL OR m.until > @day)
      AND (@roles = '[]' OR m.role IN (SELECT value FROM json_each(@roles)))
      ${FILTERS}
    ORDER BY ${ORDER[sort]}`;
}

export function createPartyRepository(db: Db) {
  const get = db.prepare('SELECT * FROM party WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO party (id, type, name, notes, search_text, created_at, updated_at)
     VALUES (@id, @type, @name, @notes, @searchText, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE party SET type = @type, name = @name, notes = @notes, search_text = @searchText,
       updated_at = @now WHERE id = @id`,
  );
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const listStatement = (inRegion: boolean, sort: ListQuery['sort']) => {
    const key = `${inRegion}:${sort}`;
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = db.prepare(listSql(inRegion, sort))));
    return stmt;
  };

  const find = (id: string): Party | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toParty(row) : null;
  };
  const writes = createAuditedWrites(db, 'party', find, FIELDS);

  return {
    find,
    list(q: ListQuery): PartyListItem[] {
      const rows = listStatement(q.regionId !== null, q.sort).all({
        regionId: q.regionId,
        day: q.day,
        includeEnded: q.includeEnded ? 1 : 0,
        roles: JSON.stringify(q.roles),
        types: JSON.stringify(q.types),
        search: q.search,
        like: likePattern(q.search),
      }) as Record<string, unknown>[];
      return rows.map((r) => ({
        id: r.id as string,
        name: r.name as string,
        type: r.type as PartyType,
        role: (r.role as PartyListItem['role']) ?? null,
        since: (r.since as string | null) ?? null,
        until: (r.until as string | null) ?? null,
        contactCount: r.contact_count as number,
        updatedAt: r.updated_at as string,
      }));
    },
    create: inTransaction(db, (input: PartyInput, w: Writer): Party => {
      const id = randomUUID();
      return writes.create(id, w, () =>
        insert.run({ id, ...input, searchText: searchText(input.name), now: w.now }),
      );
    }),
    update: inTransaction(db, (before: Party, input: PartyInput, w: Writer): Party =>
      writes.update(before, input, w, () =>
        update.run({ id: before.id, ...input, searchText: searchText(input.name), now: w.now }),
      ),
    ),
  };
}
export type PartyRepository = ReturnType<typeof createPartyRepository>;
