import { sql } from 'drizzle-orm';
import { ACTIVE_STATUSES } from '../shared/agreementStatus';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { agreement, meeting } from './schema';
import type { Db } from './sqlite';

/** What the meeting cycle reads: the next planned meeting, and agreements due for evaluation. */
export function createMeetingPlanning(db: Db) {
  const next = prepareSelect(
    db,
    { id: meeting.id, title: meeting.title, date: meeting.date, startTime: meeting.startTime },
    sql`FROM ${meeting} WHERE ${meeting.regionId} = ${param('regionId')}
      AND ${meeting.deletedAt} IS NULL AND ${meeting.date} >= ${param('today')}
      ORDER BY ${meeting.date}, ${meeting.startTime} LIMIT 1`,
  );
  const active = sql.join(
    ACTIVE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const due = prepareSelect(
    db,
    { id: agreement.id, title: agreement.title, nextEvaluation: agreement.nextEvaluation },
    sql`FROM ${agreement} WHERE ${agreement.regionId} = ${param('regionId')}
      AND ${agreement.deletedAt} IS NULL AND ${agreement.status} IN (${active})
      AND ${agreement.nextEvaluation} IS NOT NULL AND ${agreement.nextEvaluation} <= ${param('until')}
      ORDER BY ${agreement.nextEvaluation}, ${agreement.sortKey} LIMIT 30`,
  );
  return {
    nextPlanned: (regionId: string, today: string) => next.get({ regionId, today }) ?? null,
    /** Agreements in force whose evaluation falls on or before `until` (at most 30). */
    dueForEvaluation: (regionId: string, until: string) =>
      due.all({ regionId, until }).map((a) => ({ ...a, nextEvaluation: a.nextEvaluation! })),
  };
}
