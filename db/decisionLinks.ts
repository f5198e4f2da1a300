import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DecisionLinkKind } from '../shared/schemas/decisionLink';
import { param, params } from './placeholders';
import { prepareSelect } from './preparedSql';
import { agendaItem, agreement, agreementDecisionLink, decision, meeting } from './schema';
import type { Db } from './sqlite';

/**
 * The links between besluiten and afspraken: a besluit created an afspraak or changed it. Both
 * sides read them here; only live records on the other side are shown (a besluit or afspraak in
 * the Prullenbak hides its links until it is restored, and purging it removes them).
 */
export function createDecisionLinkRepository(db: Db) {
  const LIVE_DECISION = sql`${decision.deletedAt} IS NULL AND ${agendaItem.deletedAt} IS NULL
    AND ${meeting.deletedAt} IS NULL`;
  const ofAgreement = prepareSelect(
    db,
    {
      decisionId: decision.id,
      kind: agreementDecisionLink.kind,
      text: decision.text,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingDate: meeting.date,
    },
    sql`FROM ${agreementDecisionLink}
      JOIN ${decision} ON ${decision.id} = ${agreementDecisionLink.decisionId}
      JOIN ${agendaItem} ON ${agendaItem.id} = ${decision.agendaItemId}
      JOIN ${meeting} ON ${meeting.id} = ${agendaItem.meetingId}
      WHERE ${agreementDecisionLink.agreementId} = ${param('id')} AND ${LIVE_DECISION}
      ORDER BY ${meeting.date}, ${agendaItem.position}, ${decision.position}`,
  );
  const ofMeeting = prepareSelect(
    db,
    {
      decisionId: agreementDecisionLink.decisionId,
      kind: agreementDecisionLink.kind,
      id: agreement.id,
      title: agreement.title,
      caseNumber: agreement.caseNumber,
    },
    sql`FROM ${agendaItem}
      JOIN ${decision} ON ${decision.agendaItemId} = ${agendaItem.id}
      JOIN ${agreementDecisionLink} ON ${agreementDecisionLink.decisionId} = ${decision.id}
      JOIN ${agreement} ON ${agreement.id} = ${agreementDecisionLink.agreementId}
      WHERE ${agendaItem.meetingId} = ${param('meetingId')} AND ${agreement.deletedAt} IS NULL
      ORDER BY ${agreementDecisionLink.kind} = 'changed', ${agreement.sortKey}`,
  );
  // A besluit that created an afspraak stays its origin when it also changes it later.
  const orm = drizzle(db);
  const link = orm
    .insert(agreementDecisionLink)
    .values(params(agreementDecisionLink, 'agreementId', 'decisionId', 'kind'))
    .onConflictDoNothing()
    .prepare();
  const unlink = orm
    .delete(agreementDecisionLink)
    .where(
      and(
        eq(agreementDecisionLink.agreementId, param('agreementId')),
        eq(agreementDecisionLink.decisionId, param('decisionId')),
      ),
    )
    .prepare();

  return {
    ofAgreement: (id: string) => ofAgreement.all({ id }),
    /** Per besluit of the meeting: the live afspraken it created or changed. */
    ofMeeting(meetingId: string) {
      const out = new Map<
        string,
        { id: string; title: string; caseNumber: string; kind: DecisionLinkKind }[]
      >();
      for (const { decisionId, ...a } of ofMeeting.all({ meetingId })) {
        out.set(decisionId, [...(out.get(decisionId) ?? []), a]);
      }
      return out;
    },
    link: (agreementId: string, decisionId: string, kind: DecisionLinkKind) =>
      void link.run({ agreementId, decisionId, kind }),
    unlink: (agreementId: string, decisionId: string) =>
      unlink.run({ agreementId, decisionId }).changes > 0,
  };
}
export type DecisionLinkRepository = ReturnType<typeof createDecisionLinkRepository>;

/**
 * The region a stored besluit, agendapunt or overleg belongs to (through its overleg, also in
 * the Prullenbak); null when it is not stored. For the import's check of links that name a
 * besluit already in the database (shared/decisionLinkRule.ts).
 */
export function createMeetingRegionLookup(db: Db) {
  const region = { regionId: meeting.regionId };
  const id = param('id');
  const queries = {
    meeting: prepareSelect(db, region, sql`FROM ${meeting} WHERE ${meeting.id} = ${id}`),
    agendaItem: prepareSelect(
      db,
      region,
      sql`FROM ${agendaItem} JOIN ${meeting} ON ${meeting.id} = ${agendaItem.meetingId}
        WHERE ${agendaItem.id} = ${id}`,
    ),
    decision: prepareSelect(
      db,
      region,
      sql`FROM ${decision} JOIN ${agendaItem} ON ${agendaItem.id} = ${decision.agendaItemId}
        JOIN ${meeting} ON ${meeting.id} = ${agendaItem.meetingId} WHERE ${decision.id} = ${id}`,
    ),
  };
  return (kind: keyof typeof queries, id: string): string | null =>
    queries[kind].get({ id })?.regionId ?? null;
}
