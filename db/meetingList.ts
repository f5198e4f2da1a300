import { sql } from 'drizzle-orm';
import type { MeetingListItem, MeetingListQuery } from '../shared/schemas/meeting';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { actionItem, agendaItem, meeting } from './schema';
import { searchText, type Db } from './sqlite';

/**
 * The meetings list of a region, newest first, one page at a time: filters on kind, year and
 * minutes status run on the meeting_list index; the counts per row are read for the page only.
 */
export function createMeetingList(db: Db) {
  const where = sql`${meeting.regionId} = ${param('regionId')} AND ${meeting.deletedAt} IS NULL
    AND (${param('kind')} IS NULL OR ${meeting.kind} = ${param('kind')})
    AND (${param('minutesStatus')} IS NULL OR ${meeting.minutesStatus} = ${param('minutesStatus')})
    AND (${param('from')} IS NULL OR ${meeting.date} >= ${param('from')})
    AND (${param('to')} IS NULL OR ${meeting.date} < ${param('to')})
    AND (${param('search')} = '' OR instr(${meeting.searchText}, ${param('search')}) > 0)`;
  const page = prepareSelect(
    db,
    {
      id: meeting.id,
      kind: meeting.kind,
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      minutesStatus: meeting.minutesStatus,
      agendaItems: sql<number>`(SELECT count(*) FROM ${agendaItem}
        WHERE ${agendaItem.meetingId} = ${meeting.id} AND ${agendaItem.deletedAt} IS NULL)`,
      openActions: sql<number>`(SELECT count(*) FROM ${actionItem} JOIN ${agendaItem}
        ON ${agendaItem.id} = ${actionItem.agendaItemId}
        WHERE ${agendaItem.meetingId} = ${meeting.id} AND ${agendaItem.deletedAt} IS NULL
          AND ${actionItem.deletedAt} IS NULL AND ${actionItem.status} = 'open')`,
    },
    sql`FROM ${meeting} WHERE ${where}
      ORDER BY ${meeting.date} DESC, ${meeting.startTime} DESC, ${meeting.id}
      LIMIT ${param('limit')} OFFSET ${param('offset')}`,
  );
  const total = prepareSelect(
    db,
    { n: sql<number>`count(*)` },
    sql`FROM ${meeting} WHERE ${where}`,
  );

  return (q: MeetingListQuery): { items: MeetingListItem[]; offset: number; total: number } => {
    const values = {
      regionId: q.regionId,
      kind: q.kind,
      minutesStatus: q.minutesStatus,
      from: q.year === null ? null : `${q.year}-01-01`,
      to: q.year === null ? null : `${q.year + 1}-01-01`,
      search: searchText(q.search),
    };
    return {
      items: page.all({ ...values, limit: q.limit, offset: q.offset }),
      offset: q.offset,
      total: total.get(values)?.n ?? 0,
    };
  };
}
