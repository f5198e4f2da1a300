/**
 * The overleggen's side of the exchange format (docs/exchange-format.md): meetings with their
 * attendees nested, agenda items with their linked agreements, decisions, actions and the
 * vastgestelde versions of the minutes — dumped and inserted as they are.
 */
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ExchangeDocument } from '../shared/exchange/schema';
import { meetingSearchText } from './meetings';
import { REGION_CONVERSATIONS } from './exchangeConversations';
import { columnsBut } from './ownColumns';
import { dumpRows, grouped, whereScope } from './exchangeRows';
import { prepareSelect } from './preparedSql';
import { whereId } from './rowById';
import {
  actionItem,
  agendaItem,
  agendaItemAgreement,
  decision,
  meeting,
  meetingAttendee,
  minutesVersion,
} from './schema';
import type { Db } from './sqlite';

type Row = Record<string, unknown>;
export type MeetingCollection =
  'meetings' | 'agendaItems' | 'decisions' | 'actionItems' | 'minutesVersions';

const TABLES = {
  meetings: meeting,
  agendaItems: agendaItem,
  decisions: decision,
  actionItems: actionItem,
  minutesVersions: minutesVersion,
} satisfies Record<MeetingCollection, SQLiteTable>;
export const isMeetingCollection = (c: string): c is MeetingCollection => Object.hasOwn(TABLES, c);

/** The exported fields follow from db/schema; only derived columns are left out. */
const FIELDS = {
  meetings: columnsBut(meeting, ['searchText']),
  agendaItems: columnsBut(agendaItem, ['minutesText', 'minutesRevision']),
  decisions: columnsBut(decision, []),
  actionItems: columnsBut(actionItem, []),
  minutesVersions: columnsBut(minutesVersion, []),
} satisfies Record<MeetingCollection, object>;

/** Stable order: records by creation; minutes versions in the order they were approved. */
const ORDER: Record<MeetingCollection, SQL> = {
  meetings: sql`${meeting.createdAt}, ${meeting.id}`,
  agendaItems: sql`${agendaItem.createdAt}, ${agendaItem.id}`,
  decisions: sql`${decision.createdAt}, ${decision.id}`,
  actionItems: sql`${actionItem.createdAt}, ${actionItem.id}`,
  minutesVersions: sql`${minutesVersion.at}, rowid`,
};

const REGION_MEETINGS = 'SELECT id FROM meeting WHERE region_id = @r';
const REGION_ITEMS = `SELECT id FROM agenda_item WHERE meeting_id IN (${REGION_MEETINGS})`;
/** Which rows belong to a one-region export (@r is the region id): its meetings and all under them. */
const SCOPE: Record<MeetingCollection, string> = {
  meetings: 'region_id = @r',
  agendaItems: `meeting_id IN (${REGION_MEETINGS})`,
  decisions: `agenda_item_id IN (${REGION_ITEMS})`,
  // A gespreksverslag's actions too (their source is the verslag).
  actionItems: `agenda_item_id IN (${REGION_ITEMS}) OR conversation_id IN (${REGION_CONVERSATIONS})`,
  minutesVersions: `meeting_id IN (${REGION_MEETINGS})`,
};
/** The people the region's meetings name: chairs, minute-takers, invitees and action owners. */
export const REGION_MEETING_PEOPLE = `SELECT chair_id FROM meeting WHERE region_id = @r
  UNION SELECT minute_taker_id FROM meeting WHERE region_id = @r
  UNION SELECT contact_id FROM meeting_attendee WHERE meeting_id IN (${REGION_MEETINGS})
  UNION SELECT owner_id FROM action_item WHERE agenda_item_id IN (${REGION_ITEMS})
    OR conversation_id IN (${REGION_CONVERSATIONS})`;

/** One collection's rows as stored, everything or one region's, in the export's order. */
const storedRows = <C extends MeetingCollection>(db: Db, c: C, regionId: string | null) =>
  dumpRows(db, { table: TABLES[c], fields: FIELDS[c], scope: SCOPE[c], order: ORDER[c] }, regionId);

function nestMeetings(db: Db, regionId: string | null) {
  const a = meetingAttendee;
  const attendees = grouped(
    db,
    { parentId: a.meetingId, ...columnsBut(a, ['meetingId']) },
    sql`FROM ${a} ${whereScope(`meeting_id IN (${REGION_MEETINGS})`, regionId)}
      ORDER BY ${a.meetingId}, ${a.position}, ${a.id}`,
    regionId,
  );
  return storedRows(db, 'meetings', regionId).map((r) => ({
    ...r,
    attendees: attendees.get(r.id) ?? [],
  }));
}

function nestAgendaItems(db: Db, regionId: string | null) {
  const l = agendaItemAgreement;
  // A one-region file holds only its own agreements: a link to another region's stays out.
  const scope = `agenda_item_id IN (${REGION_ITEMS})
       AND agreement_id IN (SELECT id FROM agreement WHERE region_id = @r)`;
  const links = grouped(
    db,
    { parentId: l.agendaItemId, id: l.agreementId },
    sql`FROM ${l} ${whereScope(scope, regionId)} ORDER BY ${l.agendaItemId}, ${l.agreementId}`,
    regionId,
  );
  return storedRows(db, 'agendaItems', regionId).map((r) => ({
    ...r,
    agreementIds: (links.get(r.id) ?? []).map((link) => link.id),
  }));
}

/** One collection of the meetings' side as exchange records, everything or one region's. */
export function dumpMeetingCollection(
  db: Db,
  collection: MeetingCollection,
  regionId: string | null,
): Row[] {
  switch (collection) {
    case 'meetings':
      return nestMeetings(db, regionId);
    case 'agendaItems':
      return nestAgendaItems(db, regionId);
    case 'minutesVersions':
      return storedRows(db, collection, regionId).map((r) => ({
        ...r,
        snapshot: JSON.parse(r.snapshot) as unknown,
      }));
    default:
      return storedRows(db, collection, regionId);
  }
}

const trashGroupOf = (r: { id: string; deletedAt: string | null; trashGroup?: string | null }) =>
  r.deletedAt ? (r.trashGroup ?? r.id) : null;

/**
 * Inserts meetings (with attendees), agenda items (with their agreement links; the agreements
 * must be in already), decisions, actions and minutes versions. `plainText` derives the minutes'
 * plain text from their (already sanitised) HTML, as the autosave does.
 */
export function insertMeetingCollections(
  db: Db,
  data: Pick<ExchangeDocument, MeetingCollection>,
  plainText: (html: string) => string,
): Record<MeetingCollection, number> {
  const orm = drizzle(db);
  for (const { attendees, ...m } of data.meetings) {
    orm
      .insert(meeting)
      .values({ ...m, trashGroup: trashGroupOf(m), searchText: meetingSearchText(m) })
      .run();
    for (const a of attendees)
      orm
        .insert(meetingAttendee)
        .values({ ...a, meetingId: m.id })
        .run();
  }
  for (const { agreementIds, ...item } of data.agendaItems) {
    orm
      .insert(agendaItem)
      .values({
        ...item,
        trashGroup: trashGroupOf(item),
        minutesText: plainText(item.minutesHtml),
      })
      .run();
    for (const agreementId of agreementIds) {
      orm.insert(agendaItemAgreement).values({ agendaItemId: item.id, agreementId }).run();
    }
  }
  for (const d of data.decisions) {
    orm
      .insert(decision)
      .values({ ...d, trashGroup: trashGroupOf(d) })
      .run();
  }
  for (const a of data.actionItems) {
    orm
      .insert(actionItem)
      .values({ ...a, trashGroup: trashGroupOf(a) })
      .run();
  }
  for (const v of data.minutesVersions) {
    orm
      .insert(minutesVersion)
      .values({ ...v, snapshot: JSON.stringify(v.snapshot) })
      .run();
  }
  return {
    meetings: data.meetings.length,
    agendaItems: data.agendaItems.length,
    decisions: data.decisions.length,
    actionItems: data.actionItems.length,
    minutesVersions: data.minutesVersions.length,
  };
}

/** Whether an attendee or minutes version with this id is already stored (for import checks). */
export function createMeetingPartLookup(db: Db) {
  const exists = (t: typeof meetingAttendee | typeof minutesVersion) =>
    prepareSelect(db, { id: t.id }, sql`FROM ${t} WHERE ${whereId(t)}`);
  const statements = {
    meeting_attendee: exists(meetingAttendee),
    minutes_version: exists(minutesVersion),
  };
  return (table: keyof typeof statements, id: string): boolean =>
    statements[table].get({ id }) !== undefined;
}
