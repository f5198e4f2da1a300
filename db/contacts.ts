import { randomUUID } from 'node:crypto';
import type { PartyType } from '../shared/domain';
import type { Contact, ContactListItem, ContactListQuery } from '../shared/schemas/contact';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { currentSql } from './period';
import { personSortKey } from './sortKeys';
import { bool, likePattern, searchText, type Db } from './sqlite';

export interface ContactInput {
  name: string;
  function: string;
  partyId: string | null;
  email: string;
  phone: string;
  notes: string;
  active: boolean;
}
type ListQuery = Required<ContactListQuery> & { day: string };

/** The audited fields (db/audited.ts); the exchange format's creation entries use them too. */
export const CONTACT_FIELDS = [
  'name',
  'function',
  'partyId',
  'email',
  'phone',
  'notes',
  'active',
] as const;

const toContact = (r: Record<string, unknown>): Contact => ({
  id: r.id as string,
  name: r.name as string,
  function: r.function as string,
  partyId: (r.party_id as string | null) ?? null,
  email: r.email as string,
  phone: r.phone as string,
  notes: r.notes as string,
  active: bool(r.active as number),
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  deletedAt: (r.deleted_at as string | null) ?? null,
});

const params = (input: ContactInput, id: string, now: string) => ({
  id,
  ...input,
  active: input.active ? 1 : 0,
  searchText: searchText(input.name, input.function, input.email),
  sortKey: personSortKey(input.name),
  now,
});

export function createContactRepository(db: Db) {
  const get = db.prepare('SELECT * FROM contact WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO contact (id, name, function, party_id, email, phone, notes, active, search_text,
       sort_key, created_at, updated_at)
     VALUES (@id, @name, @function, @partyId, @email, @phone, @notes, @active, @searchText,
       @sortKey, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE contact SET name = @name, function = @function, party_id = @partyId, email = @email,
       phone = @phone, notes = @notes, active = @active, search_text = @searchText,
       sort_key = @sortKey, updated_at = @now
     WHERE id = @id`,
  );
  const list = db.prepare(
    `SELECT c.*, p.name AS party_name, p.type AS party_type,
       (SELECT count(*) FROM role_assignment ra WHERE ra.contact_id = c.id AND ra.deleted_at IS NULL
          AND ${currentSql('ra')})
         AS role_count
     FROM contact c LEFT JOIN party p ON p.id = c.party_id AND p.deleted_at IS NULL
     WHERE c.deleted_at IS NULL
       AND (@partyId IS NULL OR c.party_id = @partyId)
       AND (@regionId IS NULL
         OR c.party_id IN (SELECT party_id FROM region_membership
                           WHERE region_id = @regionId AND deleted_at IS NULL)
         OR c.id IN (SELECT contact_id FROM role_assignment
                     WHERE region_id = @regionId AND deleted_at IS NULL))
       AND (@includeInactive = 1 OR c.active = 1)
       AND (@search = '' OR c.search_text LIKE @like ESCAPE '\\'
         OR p.search_text LIKE @like ESCAPE '\\')
     ORDER BY c.sort_key, c.id`,
  );

  const count = db.prepare('SELECT count(*) AS n FROM contact WHERE deleted_at IS NULL');

  const find = (id: string): Contact | null => {
    const row = get.get(id) as Record<string, unknown> | undefined;
    return row ? toContact(row) : null;
  };
  const writes = createAuditedWrites(db, 'contact', find, CONTACT_FIELDS);

  return {
    find,
    /** Live (not deleted) people. */
    count: (): number => (count.get() as { n: number }).n,
    list(q: ListQuery): ContactListItem[] {
      const rows = list.all({
        ...q,
        includeInactive: q.includeInactive ? 1 : 0,
        like: likePattern(q.search),
      }) as Record<string, unknown>[];
      return rows.map((r) => ({
        id: r.id as string,
        name: r.name as string,
        function: r.function as string,
        partyId: (r.party_id as string | null) ?? null,
        partyName: (r.party_name as string | null) ?? null,
        partyType: (r.party_type as PartyType | null) ?? null,
        email: r.email as string,
        phone: r.phone as string,
        active: bool(r.active as number),
        currentRoleCount: r.role_count as number,
      }));
    },
    create: inTransaction(db, (input: ContactInput, w: Writer): Contact => {
      const id = randomUUID();
      return writes.create(id, w, () => insert.run(params(input, id, w.now)));
    }),
    update: inTransaction(db, (before: Contact, input: ContactInput, w: Writer): Contact =>
      writes.update(before, input, w, () => update.run(params(input, before.id, w.now))),
    ),
  };
}
export type ContactRepository = ReturnType<typeof createContactRepository>;
