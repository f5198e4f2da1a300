import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Contact, ContactListItem, ContactListQuery } from '../shared/schemas/contact';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { currentSql } from './period';
import { contact, party } from './schema';
import { personSortKey } from './sortKeys';
import { likePattern, searchText, type Db } from './sqlite';

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

type ContactRow = typeof contact.$inferSelect;

/** The row as the domain has it (the derived search text and sort key stay in the database). */
const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  name: r.name,
  function: r.function,
  partyId: r.partyId,
  email: r.email,
  phone: r.phone,
  notes: r.notes,
  active: r.active,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

/** The columns a create or update writes (the derived search text and sort key included). */
const values = (input: ContactInput, now: string) => ({
  ...input,
  searchText: searchText(input.name, input.function, input.email),
  sortKey: personSortKey(input.name),
  updatedAt: now,
});

/** A named parameter of a prepared drizzle query. */
const at = (name: string) => sql.placeholder(name);
/** A shared SQL fragment written with @day (db/period.ts), with @day as the query's parameter. */
const withDay = (fragment: string) =>
  sql.join(
    fragment.split('@day').map((part) => sql.raw(part)),
    at('day'),
  );

export function createContactRepository(db: Db) {
  const orm = drizzle(db);
  const get = orm
    .select()
    .from(contact)
    .where(eq(contact.id, sql.placeholder('id')))
    .prepare();
  const live = orm
    .select({ n: sql<number>`count(*)` })
    .from(contact)
    .where(isNull(contact.deletedAt))
    .prepare();
  // The list: one row per live person, with their organisation and current roles; the filters
  // are parameters (NULL or '' = no filter), so one prepared statement serves every query.
  const list = orm
    .select({
      id: contact.id,
      name: contact.name,
      function: contact.function,
      partyId: contact.partyId,
      partyName: party.name,
      partyType: party.type,
      email: contact.email,
      phone: contact.phone,
      active: contact.active,
      currentRoleCount: sql<number>`(SELECT count(*) FROM role_assignment ra
        WHERE ra.contact_id = ${contact.id} AND ra.deleted_at IS NULL
          AND ${withDay(currentSql('ra'))})`,
    })
    .from(contact)
    .leftJoin(party, and(eq(party.id, contact.partyId), isNull(party.deletedAt)))
    .where(
      sql`${contact.deletedAt} IS NULL
        AND (${at('partyId')} IS NULL OR ${contact.partyId} = ${at('partyId')})
        AND (${at('regionId')} IS NULL
          OR ${contact.partyId} IN (SELECT party_id FROM region_membership
                                    WHERE region_id = ${at('regionId')} AND deleted_at IS NULL)
          OR ${contact.id} IN (SELECT contact_id FROM role_assignment
                               WHERE region_id = ${at('regionId')} AND deleted_at IS NULL))
        AND (${at('includeInactive')} = 1 OR ${contact.active} = 1)
        AND (${at('search')} = '' OR ${contact.searchText} LIKE ${at('like')} ESCAPE '\\'
          OR ${party.searchText} LIKE ${at('like')} ESCAPE '\\')`,
    )
    .orderBy(contact.sortKey, contact.id)
    .prepare();

  const find = (id: string): Contact | null => {
    const row = get.get({ id });
    return row ? toContact(row) : null;
  };
  const writes = createAuditedWrites(db, 'contact', find, CONTACT_FIELDS);

  return {
    find,
    /** Live (not deleted) people. */
    count: (): number => live.get()!.n,
    list: (q: ListQuery): ContactListItem[] =>
      list.all({
        partyId: q.partyId,
        regionId: q.regionId,
        includeInactive: q.includeInactive ? 1 : 0,
        search: q.search,
        like: likePattern(q.search),
        day: q.day,
      }),
    create: inTransaction(db, (input: ContactInput, w: Writer): Contact => {
      const id = randomUUID();
      return writes.create(id, w, () =>
        orm
          .insert(contact)
          .values({ id, ...values(input, w.now), createdAt: w.now })
          .run(),
      );
    }),
    update: inTransaction(db, (before: Contact, input: ContactInput, w: Writer): Contact =>
      writes.update(before, input, w, () =>
        orm.update(contact).set(values(input, w.now)).where(eq(contact.id, before.id)).run(),
      ),
    ),
  };
}
export type ContactRepository = ReturnType<typeof createContactRepository>;
