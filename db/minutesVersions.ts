import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Writer } from './audit';
import { inTransaction } from './audited';
import { param, params } from './placeholders';
import { minutesVersion } from './schema';
import type { Db } from './sqlite';

export type MinutesVersionRow = typeof minutesVersion.$inferSelect;

/**
 * The vastgestelde versions of a meeting's minutes: each approval stores the whole text as it
 * was approved (a JSON snapshot), so a later correction never changes what was approved; the
 * reason of a correction is kept with the version it corrects.
 */
export function createMinutesVersions(db: Db) {
  const orm = drizzle(db);
  const insert = orm
    .insert(minutesVersion)
    .values({
      ...params(
        minutesVersion,
        'id',
        'meetingId',
        'version',
        'approvedOn',
        'approvedIn',
        'snapshot',
        'at',
        'actor',
      ),
      correctionReason: '',
    })
    .prepare();
  const ofMeeting = orm
    .select()
    .from(minutesVersion)
    .where(eq(minutesVersion.meetingId, param('meetingId')))
    .orderBy(desc(minutesVersion.version))
    .prepare();
  const setReason = orm
    .update(minutesVersion)
    .set({ correctionReason: param('reason') })
    .where(
      and(
        eq(minutesVersion.meetingId, param('meetingId')),
        eq(minutesVersion.version, param('version')),
      ),
    )
    .prepare();
  return {
    list: (meetingId: string) => ofMeeting.all({ meetingId }),
    add: inTransaction(
      db,
      (
        v: { meetingId: string; version: number; approvedOn: string; approvedIn: string },
        snapshot: unknown,
        w: Writer,
      ) =>
        insert.run({
          id: randomUUID(),
          ...v,
          snapshot: JSON.stringify(snapshot),
          at: w.now,
          actor: w.actor,
        }),
    ),
    /** Why the vastgestelde version `version` is being corrected. */
    setCorrectionReason: (meetingId: string, version: number, reason: string) =>
      setReason.run({ meetingId, version, reason }),
  };
}
