import { sql, type SQL } from 'drizzle-orm';
import type { MeetingListItem, MeetingListQuery } from '../shared/schemas/meeting';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { actionItem, agendaItem, meeting } from './schema';
import { searchText, type Db } from './sqlite';

/** Which filters a query uses: one prepared statement per combination, made when first asked. */
interface Shape {
  kind: boolean;
  minutesStatus: boolean;
  year: boolean;
  search: boolean;
}

/**
 * The meetings list of a region, newest first, one page at a time. Only the filters in use are
 * in the SQL (no `? IS NULL OR …`), so SQLite walks the meeting_list index for the region in
 * date order; the counts per row are read for the page only.
 */
export function createMeetingList(db: Db) {
  const statements = new Map<string, ReturnType<typeof prepare>>();
  const prepare = (shape: Shape) => {
    const where: SQL[] = [
      sql`${meeting.regionId} = ${param('regionId')}`,
      sql`${meeting.deletedAt} IS NULL`,
    ];
    if (shape.kind) where.push(sql`${meeting.kind} = ${param('kind')}`);
    if (shape.minutesStatus) where.push(sql`${meeting.minutesStatus} = ${param('minutesStatus')}`);
    if (shape.year)
      where.push(sql`${meeting.date} >= ${param('from')} AND ${meeting.date} < ${param('to')}`);
    if (shape.search) where.push(sql`instr(${meeting.searchText}, ${param('search')}) > 0`);
    const condition = sql.join(where, sql` AND `);
    return {
      page: prepareSelect(
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
          // The meeting's items first (CROSS JOIN fixes the order): else SQLite, without
          // statistics, reads every open action of the file through action_item_open.
          openActions: sql<number>`(SELECT count(*) FROM ${agendaItem} CROSS JOIN ${actionItem}
            ON ${actionItem.agendaItemId} = ${agendaItem.id}
            WHERE ${agendaItem.meetingId} = ${meeting.id} AND ${agendaItem.deletedAt} IS NULL
              AND ${actionItem.deletedAt} IS NULL AND ${actionItem.status} = 'open')`,
        },
        sql`FROM ${meeting} WHERE ${condition}
          ORDER BY ${meeting.date} DESC, ${meeting.startTime} DESC, ${meeting.id}
          LIMIT ${param('limit')} OFFSET ${param('offset')}`,
      ),
      total: prepareSelect(
        db,
        { n: sql<number>`count(*)` },
        sql`FROM ${meeting} WHERE ${condition}`,
      ),
    };
  };
  const statementsFor = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let s = statements.get(key);
    if (!s) statements.set(key, (s = prepare(shape)));
    return s;
  };

  return (q: MeetingListQuery): { items: MeetingListItem[]; offset: number; total: number } => {
    const search = searchText(q.search);
    const s = statementsFor({
      kind: q.kind !== null,
      minutesStatus: q.minutesStatus !== null,
      year: q.year !== null,
      search: search !== '',
    });
    const values = {
      regionId: q.regionId,
      ...(q.kind !== null && { kind: q.kind }),
      ...(q.minutesStatus !== null && { minutesStatus: q.minutesStatus }),
      ...(q.year !== null && { from: `${q.year}-01-01`, to: `${q.year + 1}-01-01` }),
      ...(search !== '' && { search }),
    };
    return {
      items: s.page.all({ ...values, limit: q.limit, offset: q.offset }),
      offset: q.offset,
      total: s.total.get(values)?.n ?? 0,
    };
  };
}
