import { randomUUID } from 'node:crypto';
import { eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Contact, ContactListItem, ContactListQuery } from '../shared/schemas/contact';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { period } from './period';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { contact, party, regionMembership, roleAssignment } from './schema';
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
  // Raw rows copied into named objects (db/preparedSql.ts): 20,000 people in one answer.
  const list = prepareSelect(
    db,
    {
      id: contact.id,
      name: contact.name,
      function: contact.function,
      partyId: contact.partyId,
      partyName: party.name,
      partyType: party.type,
      email: contact.email,
      phone: contact.phone,
      active: contact.active,
      currentRoleCount: sql<number>`(SELECT count(*) FROM ${roleAssignment}
        WHERE ${roleAssignment.contactId} = ${contact.id} AND ${roleAssignment.deletedAt} IS NULL
          AND ${period.current(roleAssignment)})`,
    },
    sql`FROM ${contact}
      LEFT JOIN ${party} ON ${party.id} = ${contact.partyId} AND ${party.deletedAt} IS NULL
      WHERE ${contact.deletedAt} IS NULL
        AND (${param('partyId')} IS NULL OR ${contact.partyId} = ${param('partyId')})
        AND (${param('regionId')} IS NULL
          OR ${contact.partyId} IN (SELECT ${regionMembership.partyId} FROM ${regionMembership}
            WHERE ${regionMembership.regionId} = ${param('regionId')}
              AND ${regionMembership.deletedAt} IS NULL)
          OR ${contact.id} IN (SELECT ${roleAssignment.contactId} FROM ${roleAssignment}
            WHERE ${roleAssignment.regionId} = ${param('regionId')}
              AND ${roleAssignment.deletedAt} IS NULL))
        AND (${param('includeInactive')} = 1 OR ${contact.active} = 1)
        AND (${param('search')} = '' OR ${contact.searchText} LIKE ${param('like')} ESCAPE '\\'
          OR ${party.searchText} LIKE ${param('like')} ESCAPE '\\')
      ORDER BY ${contact.sortKey}, ${contact.id}`,
  );

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
