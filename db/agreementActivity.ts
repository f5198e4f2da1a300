/**
 * What happens to an agreement after it is written down: status changes, progress updates,
 * reviews and review requests, and the links to meeting decisions. Every write is audited.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ADOPTED_STATUS } from '../shared/agreementStatus';
import { REVIEW_VERDICT_LABELS, type AgreementStatus, type ReviewVerdict } from '../shared/domain';
import type { Agreement, ReviewState } from '../shared/schemas/agreement';
import type { AuditLog, Changes, Writer } from './audit';
import { inTransaction } from './audited';
import { PROGRESS_FIELDS, creationChanges } from './creation';
import { REVIEW_STATE } from './agreementSql';
import { param, params } from './placeholders';
import { prepareSelect } from './preparedSql';
import { agreement, agreementReview, agreementStatusChange, progressUpdate } from './schema';
import type { Db } from './sqlite';

export interface StatusChange {
  id: string;
  from: AgreementStatus | null;
  to: AgreementStatus;
  on: string;
  at: string;
  actor: string;
  note: string;
  reason: string;
}

export interface ProgressUpdate {
  id: string;
  agreementId: string;
  on: string;
  text: string;
  statusChangeId: string | null;
  actor: string;
  createdAt: string;
}

export interface Review {
  id: string;
  agreementId: string;
  reviewerName: string;
  on: string;
  verdict: ReviewVerdict;
  remark: string;
  createdAt: string;
}

type StatusChangeRow = typeof agreementStatusChange.$inferSelect;
type ProgressRow = typeof progressUpdate.$inferSelect;
type ReviewRow = typeof agreementReview.$inferSelect;

const toStatusChange = (r: StatusChangeRow): StatusChange => ({
  id: r.id,
  from: r.fromStatus,
  to: r.toStatus,
  on: r.onDate,
  at: r.at,
  actor: r.actor,
  note: r.note,
  reason: r.reason,
});

const toProgress = (r: ProgressRow): ProgressUpdate => ({
  id: r.id,
  agreementId: r.agreementId,
  on: r.onDate,
  text: r.text,
  statusChangeId: r.statusChangeId,
  actor: r.actor,
  createdAt: r.createdAt,
});

const toReview = (r: ReviewRow): Review => ({
  id: r.id,
  agreementId: r.agreementId,
  reviewerName: r.reviewerName,
  on: r.onDate,
  verdict: r.verdict,
  remark: r.remark,
  createdAt: r.createdAt,
});

/** Insertion order, for entries of the same date and time (rowid is not a defined column). */
const ROWID_DESC = sql`rowid DESC`;

export function createAgreementActivity(
  db: Db,
  audit: AuditLog,
  find: (id: string) => Agreement | null,
) {
  const orm = drizzle(db);
  const byId = (column: SQLiteColumn) => eq(column, param('id'));
  const touch = orm
    .update(agreement)
    .set({ updatedAt: param('now') })
    .where(byId(agreement.id))
    .prepare();
  const setStatus = orm
    .update(agreement)
    .set({ status: param('to'), adoptedOn: param('adoptedOn'), updatedAt: param('now') })
    .where(byId(agreement.id))
    .prepare();
  const insertStatus = orm
    .insert(agreementStatusChange)
    .values({
      ...params(agreementStatusChange, 'id', 'agreementId', 'at', 'actor', 'note', 'reason'),
      fromStatus: param('from'),
      toStatus: param('to'),
      onDate: param('on'),
    })
    .prepare();
  const statusHistory = orm
    .select()
    .from(agreementStatusChange)
    .where(byId(agreementStatusChange.agreementId))
    .orderBy(desc(agreementStatusChange.at), ROWID_DESC)
    .prepare();
  const insertProgress = orm
    .insert(progressUpdate)
    .values({
      ...params(progressUpdate, 'id', 'agreementId', 'text', 'statusChangeId', 'actor'),
      onDate: param('on'),
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const getProgress = orm.select().from(progressUpdate).where(byId(progressUpdate.id)).prepare();
  const deleteStatusChange = orm
    .delete(agreementStatusChange)
    .where(byId(agreementStatusChange.id))
    .prepare();
  const progressOfChange = orm
    .select({ one: sql`1` })
    .from(progressUpdate)
    .where(byId(progressUpdate.statusChangeId))
    .limit(1)
    .prepare();
  const progress = orm
    .select()
    .from(progressUpdate)
    .where(and(byId(progressUpdate.agreementId), isNull(progressUpdate.deletedAt)))
    .orderBy(desc(progressUpdate.onDate), desc(progressUpdate.createdAt), ROWID_DESC)
    .prepare();
  const insertReview = orm
    .insert(agreementReview)
    .values({
      ...params(agreementReview, 'id', 'agreementId', 'reviewerName', 'verdict', 'remark'),
      onDate: param('on'),
      createdAt: param('now'),
    })
    .prepare();
  const getReview = orm.select().from(agreementReview).where(byId(agreementReview.id)).prepare();
  const reviews = orm
    .select()
    .from(agreementReview)
    .where(byId(agreementReview.agreementId))
    .orderBy(desc(agreementReview.onDate), desc(agreementReview.createdAt), ROWID_DESC)
    .prepare();
  const setRequested = orm
    .update(agreement)
    .set({ reviewRequestedOn: param('on'), updatedAt: param('now') })
    .where(byId(agreement.id))
    .prepare();
  const reviewState = prepareSelect(
    db,
    { state: sql<ReviewState | null>`${sql.raw(REVIEW_STATE)}` },
    sql`FROM ${agreement} AS a WHERE a.id = ${param('id')}`,
  );

  /** Inserts the status change row (no audit: the caller records the agreement's change). */
  const recordStatusChange = (
    agreementId: string,
    c: Omit<StatusChange, 'id' | 'at' | 'actor'>,
    w: Writer,
  ): StatusChange => {
    const row: StatusChange = { id: randomUUID(), ...c, at: w.now, actor: w.actor };
    insertStatus.run({ ...row, agreementId });
    return row;
  };

  const listReviews = (id: string) => reviews.all({ id }).map(toReview);

  return {
    recordStatusChange,
    touch: (id: string, now: string) => void touch.run({ id, now }),
    statusHistory: (id: string): StatusChange[] => statusHistory.all({ id }).map(toStatusChange),
    progress: (id: string): ProgressUpdate[] => progress.all({ id }).map(toProgress),
    reviews: listReviews,
    /** The rule the list and the regio-overzicht use (db/agreementSql.ts REVIEW_STATE), once. */
    reviewState: (id: string): ReviewState | null => reviewState.get({ id })?.state ?? null,

    /**
     * Moves the agreement to `to` (the caller has checked the rule). Becoming vastgesteld sets
     * the adoption date when it is empty.
     */
    transition: inTransaction(
      db,
      (
        before: Agreement,
        t: { to: AgreementStatus; on: string; note: string; reason: string },
        w: Writer,
      ): { agreement: Agreement; change: StatusChange } => {
        const change = recordStatusChange(before.id, { from: before.status, ...t }, w);
        const adoptedOn = t.to === ADOPTED_STATUS && !before.adoptedOn ? t.on : before.adoptedOn;
        setStatus.run({ id: before.id, to: t.to, adoptedOn, now: w.now });
        const changes: Record<string, { from: unknown; to: unknown }> = {
          status: { from: before.status, to: t.to },
        };
        if (adoptedOn !== before.adoptedOn)
          changes.adoptedOn = { from: before.adoptedOn, to: adoptedOn };
        audit.record('agreement', before.id, 'update', w, changes);
        return { agreement: find(before.id)!, change };
      },
    ),

    /** True when a progress update was written together with this status change. */
    hasProgressFor: (changeId: string): boolean =>
      progressOfChange.get({ id: changeId }) !== undefined,

    /**
     * Takes back the status change `change` (the latest; the caller has checked that): the
     * agreement returns to its earlier status and adoption date, the change leaves the timeline,
     * and the audit log records the way back as an update of its own.
     */
    undoTransition: inTransaction(
      db,
      (before: Agreement, change: StatusChange, w: Writer): Agreement => {
        const earlier = audit
          .forEntity('agreement', before.id)
          .find((e) => e.at === change.at && e.changes.status?.to === change.to);
        // The entry holds the adoption date from before the transition: a date or null.
        const recorded = earlier?.changes.adoptedOn;
        const adoptedOn = recorded
          ? typeof recorded.from === 'string'
            ? recorded.from
            : null
          : before.adoptedOn;
        deleteStatusChange.run({ id: change.id });
        setStatus.run({ id: before.id, to: change.from, adoptedOn, now: w.now });
        const changes: Record<string, { from: unknown; to: unknown }> = {
          status: { from: before.status, to: change.from },
        };
        if (adoptedOn !== before.adoptedOn)
          changes.adoptedOn = { from: before.adoptedOn, to: adoptedOn };
        audit.record('agreement', before.id, 'update', w, changes);
        return find(before.id)!;
      },
    ),

    addProgress: inTransaction(
      db,
      (
        agreementId: string,
        p: { on: string; text: string; statusChangeId: string | null },
        w: Writer,
      ): ProgressUpdate => {
        const id = randomUUID();
        insertProgress.run({ id, agreementId, ...p, actor: w.actor, now: w.now });
        touch.run({ id: agreementId, now: w.now });
        audit.record('progressUpdate', id, 'create', w, creationChanges(p, PROGRESS_FIELDS));
        return toProgress(getProgress.get({ id })!);
      },
    ),

    requestReview: inTransaction(db, (before: Agreement, on: string, w: Writer): void => {
      if (before.reviewRequestedOn === on) return;
      setRequested.run({ id: before.id, on, now: w.now });
      audit.record('agreement', before.id, 'update', w, {
        reviewRequestedOn: { from: before.reviewRequestedOn, to: on },
      });
    }),

    addReview: inTransaction(
      db,
      (
        agreementId: string,
        r: { reviewerName: string; on: string; verdict: ReviewVerdict; remark: string },
        w: Writer,
        /** More for the same history entry (where the review came from: a package). */
        more: Changes = {},
      ): Review => {
        const id = randomUUID();
        insertReview.run({ id, agreementId, ...r, now: w.now });
        audit.record('agreement', agreementId, 'update', w, {
          review: { from: null, to: `${REVIEW_VERDICT_LABELS[r.verdict]} van ${r.reviewerName}` },
          ...more,
        });
        return toReview(getReview.get({ id })!);
      },
    ),
  };
}
