/**
 * The overleggen's side of the exchange format (docs/exchange-format.md): meetings with their
 * attendees nested, agenda items with their linked agreements, decisions, actions and the
 * vastgestelde versions of the minutes — dumped and inserted as they are.
 */
import { getTableName } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ExchangeDocument } from '../shared/exchange/schema';
import { aliasesOf } from './exchangeAgreements';
import { meetingSearchText } from './meetings';
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

const TABLES: Record<MeetingCollection, SQLiteTable> = {
  meetings: meeting,
  agendaItems: agendaItem,
  decisions: decision,
  actionItems: actionItem,
  minutesVersions: minutesVersion,
};
export const isMeetingCollection = (c: string): c is MeetingCollection => Object.hasOwn(TABLES, c);

/** The exported fields follow from db/schema; only derived columns are left out. */
const COLUMNS: Record<MeetingCollection, string> = {
  meetings: aliasesOf(meeting, ['searchText']),
  agendaItems: aliasesOf(agendaItem, ['minutesText', 'minutesRevision']),
  decisions: aliasesOf(decision, []),
  actionItems: aliasesOf(actionItem, []),
  minutesVersions: aliasesOf(minutesVersion, []),
};

/** Stable order: records by creation; minutes versions in the order they were approved. */
const ORDER: Record<MeetingCollection, string> = {
  meetings: 'created_at, id',
  agendaItems: 'created_at, id',
  decisions: 'created_at, id',
  actionItems: 'created_at, id',
  minutesVersions: 'at, rowid',
};

const REGION_MEETINGS = 'SELECT id FROM meeting WHERE region_id = @r';
const REGION_ITEMS = `SELECT id FROM agenda_item WHERE meeting_id IN (${REGION_MEETINGS})`;
/** Which rows belong to a one-region export (@r is the region id): its meetings and all under them. */
const SCOPE: Record<MeetingCollection, string> = {
  meetings: 'region_id = @r',
  agendaItems: `meeting_id IN (${REGION_MEETINGS})`,
  decisions: `agenda_item_id IN (${REGION_ITEMS})`,
  actionItems: `agenda_item_id IN (${REGION_ITEMS})`,
  minutesVersions: `meeting_id IN (${REGION_MEETINGS})`,
};
/** The people the region's meetings name: chairs, minute-takers, invitees and action owners. */
export const REGION_MEETING_PEOPLE = `SELECT chair_id FROM meeting WHERE region_id = @r
  UNION SELECT minute_taker_id FROM meeting WHERE region_id = @r
  UNION SELECT contact_id FROM meeting_attendee WHERE meeting_id IN (${REGION_MEETINGS})
  UNION SELECT owner_id FROM action_item WHERE agenda_item_id IN (${REGION_ITEMS})`;

/** Rows of a nested list grouped by their parent's id (the `parentId` column, then dropped). */
function grouped(db: Db, sql: string, regionId: string | null): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of db.prepare(sql).all(regionId ? { r: regionId } : {}) as Row[]) {
    const key = row.parentId as string;
    delete row.parentId;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(row);
  }
  return out;
}

function nestMeetings(db: Db, rows: Row[], regionId: string | null): Row[] {
  const where = regionId ? `WHERE meeting_id IN (${REGION_MEETINGS})` : '';
  const attendees = grouped(
    db,
    `SELECT meeting_id AS parentId, ${aliasesOf(meetingAttendee, ['meetingId'])}
     FROM ${getTableName(meetingAttendee)} ${where} ORDER BY meeting_id, position, id`,
    regionId,
  );
  return rows.map((r) => ({
    ...r,
    online: r.online === 1,
    attendees: attendees.get(r.id as string) ?? [],
  }));
}

function nestAgendaItems(db: Db, rows: Row[], regionId: string | null): Row[] {
  // A one-region file holds only its own agreements: a link to another region's stays out.
  const where = regionId
    ? `WHERE agenda_item_id IN (${REGION_ITEMS})
       AND agreement_id IN (SELECT id FROM agreement WHERE region_id = @r)`
    : '';
  const links = grouped(
    db,
    `SELECT agenda_item_id AS parentId, agreement_id AS id FROM agenda_item_agreement ${where}
     ORDER BY agenda_item_id, agreement_id`,
    regionId,
  );
  return rows.map((r) => ({
    ...r,
    confidential: r.confidential === 1,
    agreementIds: (links.get(r.id as string) ?? []).map((l) => l.id),
  }));
}

/** One collection of the meetings' side as exchange records, everything or one region's. */
export function dumpMeetingCollection(
  db: Db,
  collection: MeetingCollection,
  regionId: string | null,
): Row[] {
  const where = regionId ? `WHERE ${SCOPE[collection]}` : '';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS[collection]} FROM ${getTableName(TABLES[collection])} ${where}
       ORDER BY ${ORDER[collection]}`,
    )
    .all(regionId ? { r: regionId } : {}) as Row[];
  if (collection === 'meetings') return nestMeetings(db, rows, regionId);
  if (collection === 'agendaItems') return nestAgendaItems(db, rows, regionId);
  if (collection === 'minutesVersions') {
    return rows.map((r) => ({ ...r, snapshot: JSON.parse(r.snapshot as string) as unknown }));
  }
  return rows;
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
  const statements = {
    meeting_attendee: db.prepare('SELECT 1 FROM meeting_attendee WHERE id = ?'),
    minutes_version: db.prepare('SELECT 1 FROM minutes_version WHERE id = ?'),
  };
  return (table: keyof typeof statements, id: string): boolean =>
    statements[table].get(id) !== undefined;
}
