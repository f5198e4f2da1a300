/**
 * The database half of each entity's entry in the registry of record kinds
 * (shared/recordKinds.ts holds the half without tables, which the renderer also reads). One
 * entry per entity: its table definition, the fields its audit 'create' entry records, its
 * Dutch label in the Prullenbak and in `check`, and, for the kinds the exchange dumps and
 * inserts generically, which rows belong to a one-region export. From these follow
 * ENTITY_TABLES and TABLES (below), the labeler (db/labels.ts), AUDITED_FIELDS and the generic
 * exchange of register records (db/exchange.ts). docs/architecture.md §7 step 4.
 */
import { getTableName, sql, type Column } from 'drizzle-orm';
import { formatDateNl } from '../shared/dates';
import { ROLE_KIND_LABELS, type Entity } from '../shared/domain';
import { regionTitle, withNoun } from '../shared/withNoun';
import { AGENDA_ITEM_FIELDS } from './agenda';
import { AGREEMENT_FIELDS, PROGRESS_FIELDS } from './creation';
import { ACTION_ITEM_FIELDS, DECISION_FIELDS } from './decisions';
import { CONTACT_FIELDS } from './contacts';
import { CONVERSATION_FIELDS } from './conversationRow';
import { REGION_CONVERSATION_PARTIES, REGION_CONVERSATION_PEOPLE } from './exchangeConversations';
import { REGION_AGREEMENT_OWNERS, REGION_AGREEMENT_PARTIES } from './exchangeAgreements';
import { REGION_MEETING_PEOPLE } from './exchangeMeetings';
import { REGION_REVIEWERS } from './exchangeReviewPackages';
import { MEETING_FIELDS } from './meetings';
import { MEMBERSHIP_FIELDS } from './memberships';
import { PARTY_FIELDS } from './parties';
import { prepareSelect, type RowOf } from './preparedSql';
import { REGION_FIELDS } from './regions';
import { ROLE_FIELDS } from './roleAssignments';
import {
  actionItem,
  agendaItem,
  agreement,
  contact,
  conversation,
  decision,
  meeting,
  party,
  progressUpdate,
  region,
  regionMembership,
  roleAssignment,
  theme,
} from './schema';
import type { Db } from './sqlite';
import { THEME_FIELDS } from './themes';

/** What a label may look up of other rows: another row's label, or its `name` ('?' when lost). */
export interface LabelContext {
  label(entity: Entity, id: string): string;
  name(entity: Entity, id: string): string;
}

/** A row's label and name by id, prepared on one connection (deleted rows too). */
export interface RowLabels {
  label(id: string): string;
  name(id: string): string | undefined;
}

/** Every entity's table has these (db/schema/columns.ts). */
interface EntityTable {
  id: Column;
  deletedAt: Column;
}

/**
 * One entity's entry. `label.pick` chooses the columns its label is made of, `label.text` makes
 * it (a missing row labels as ''); `regionScope` (SQL on the table, `@r` the region id) makes the
 * exchange dump and insert the kind's records generically.
 */
function entityKind<
  T extends EntityTable,
  F extends Record<string, Column>,
  X extends { regionScope: string } | undefined = undefined,
>(
  table: T,
  fields: readonly string[],
  label: { pick: (table: T) => F; text: (row: RowOf<F>, others: LabelContext) => string },
  exchange?: X,
) {
  const labels = (db: Db, others: LabelContext): RowLabels => {
    const byId = prepareSelect(
      db,
      label.pick(table),
      sql`FROM ${table} WHERE ${table.id} = ${sql.placeholder('id')}`,
    );
    return {
      label(id) {
        const row = byId.get({ id });
        return row ? label.text(row, others) : '';
      },
      name(id) {
        const row = byId.get({ id });
        return row && 'name' in row && typeof row.name === 'string' ? row.name : undefined;
      },
    };
  };
  return { table, fields, labels, ...(exchange as X extends object ? X : object) };
}

/** Which rows belong to a one-region export (@r is the region id). */
const REGION_ROLE_CONTACTS = 'SELECT contact_id FROM role_assignment WHERE region_id = @r';
const REGION_MEMBERS = 'SELECT party_id FROM region_membership WHERE region_id = @r';
const REGION_CONTACTS = `party_id IN (${REGION_MEMBERS}) OR id IN (${REGION_ROLE_CONTACTS})
  OR id IN (${REGION_AGREEMENT_OWNERS}) OR id IN (${REGION_MEETING_PEOPLE})
  OR id IN (${REGION_CONVERSATION_PEOPLE}) OR id IN (${REGION_REVIEWERS})`;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export const ENTITY_KINDS_DB = {
  region: entityKind(
    region,
    REGION_FIELDS,
    { pick: (t) => ({ name: t.name }), text: (r) => regionTitle(r.name) },
    { regionScope: 'id = @r' },
  ),
  party: entityKind(
    party,
    PARTY_FIELDS,
    { pick: (t) => ({ name: t.name }), text: (r) => r.name },
    {
      // Members, plus parties the exported people, roles and agreements refer to (the file
      // stays self-contained).
      regionScope: `id IN (${REGION_MEMBERS})
    OR id IN (SELECT party_id FROM role_assignment WHERE region_id = @r)
    OR id IN (${REGION_AGREEMENT_PARTIES})
    OR id IN (${REGION_CONVERSATION_PARTIES})
    OR id IN (SELECT party_id FROM contact WHERE ${REGION_CONTACTS})`,
    },
  ),
  membership: entityKind(
    regionMembership,
    MEMBERSHIP_FIELDS,
    {
      pick: (t) => ({ partyId: t.partyId, regionId: t.regionId }),
      text: (m, o) =>
        `Deelname van ${o.name('party', m.partyId)} aan ${o.name('region', m.regionId)}`,
    },
    { regionScope: 'region_id = @r' },
  ),
  contact: entityKind(
    contact,
    CONTACT_FIELDS,
    { pick: (t) => ({ name: t.name }), text: (r) => r.name },
    // Members' people, people with a role in the region, owners of its agreements, the
    // people its meetings and verslagen name (chair, minute-taker, invitees, action owners,
    // deelnemers) and those its beoordelingspakketten were sent to.
    { regionScope: REGION_CONTACTS },
  ),
  roleAssignment: entityKind(
    roleAssignment,
    ROLE_FIELDS,
    {
      pick: (t) => ({ contactId: t.contactId, role: t.role }),
      text: (r, o) => {
        const role = ROLE_KIND_LABELS[r.role] ?? r.role;
        return `${o.name('contact', r.contactId)} als ${role.toLocaleLowerCase('nl')}`;
      },
    },
    { regionScope: 'region_id = @r' },
  ),
  theme: entityKind(
    theme,
    THEME_FIELDS,
    { pick: (t) => ({ name: t.name }), text: (r) => withNoun('Thema', r.name) },
    { regionScope: '1 = 1' },
  ),
  // Flat, as db/agreements.ts compares them; the sets themes/parties/financing go by name.
  agreement: entityKind(agreement, AGREEMENT_FIELDS, {
    pick: (t) => ({ title: t.title }),
    text: (r) => r.title,
  }),
  progressUpdate: entityKind(progressUpdate, PROGRESS_FIELDS, {
    pick: (t) => ({ agreementId: t.agreementId }),
    text: (p, o) => `Voortgang bij ${o.label('agreement', p.agreementId) || '?'}`,
  }),
  meeting: entityKind(meeting, MEETING_FIELDS, {
    pick: (t) => ({ title: t.title, date: t.date }),
    text: (m) => `${m.title} (${formatDateNl(m.date)})`,
  }),
  agendaItem: entityKind(agendaItem, AGENDA_ITEM_FIELDS, {
    pick: (t) => ({ title: t.title, meetingId: t.meetingId }),
    text: (a, o) => `Agendapunt ‘${a.title}’ van ${o.label('meeting', a.meetingId) || '?'}`,
  }),
  decision: entityKind(decision, DECISION_FIELDS, {
    pick: (t) => ({ text: t.text }),
    text: (d) => `Besluit ‘${short(d.text)}’`,
  }),
  conversation: entityKind(conversation, CONVERSATION_FIELDS, {
    pick: (t) => ({ title: t.title, date: t.date }),
    text: (c) => `Gespreksverslag ‘${c.title}’ (${formatDateNl(c.date)})`,
  }),
  actionItem: entityKind(actionItem, ACTION_ITEM_FIELDS, {
    pick: (t) => ({ text: t.text }),
    text: (a) => `Actiepunt ‘${short(a.text)}’`,
  }),
} satisfies Record<Entity, unknown>;

type Kinds = typeof ENTITY_KINDS_DB;

/** One value per entity, from its entry. */
function perEntity<V>(value: (kind: Kinds[Entity]) => V): Record<Entity, V> {
  return Object.fromEntries(
    Object.entries(ENTITY_KINDS_DB).map(([entity, k]) => [entity, value(k)]),
  ) as Record<Entity, V>;
}

/** Entity code name → its table definition (every one has id, updated_at, deleted_at, trash_group). */
export const ENTITY_TABLES = perEntity((k) => k.table) as { [E in Entity]: Kinds[E]['table'] };

/** Entity code name → its table's name in SQL (check and id lookups), from the definitions. */
export const TABLES = perEntity((k) => ({ table: getTableName(k.table) }));

/** The fields an audit 'create' entry records, as the repositories do (db/audited.ts). */
export const AUDITED_FIELDS = perEntity((k) => k.fields);

/** The entities the exchange dumps and inserts generically (they have a region scope). */
export type RegisterEntity = {
  [E in Entity]: Kinds[E] extends { regionScope: string } ? E : never;
}[Entity];
