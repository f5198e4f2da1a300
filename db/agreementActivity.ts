/**
 * What happens to an agreement after it is written down: status changes, progress updates,
 * reviews and review requests, and the links to meeting decisions. Every write is audited.
 */
import { randomUUID } from 'node:crypto';
import { ADOPTED_STATUS } from '../shared/agreementStatus';
import { REVIEW_VERDICT_LABELS, type AgreementStatus, type ReviewVerdict } from '../shared/domain';
import type { Agreement } from '../shared/schemas/agreement';
import type { AuditLog, Writer } from './audit';
import { inTransaction } from './audited';
import { PROGRESS_FIELDS, creationChanges } from './creation';
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

export type ReviewState = 'wacht' | 'akkoord' | 'opmerkingen' | null;

/**
 * 'wacht' while a request has no review on or after its date; otherwise the latest review's
 * verdict; null when never requested nor reviewed. `reviews` newest first.
 */
export function reviewStateOf(requestedOn: string | null, reviews: Review[]): ReviewState {
  if (requestedOn && !reviews.some((r) => r.on >= requestedOn)) return 'wacht';
  const latest = reviews[0];
  if (!latest) return null;
  return latest.verdict === 'akkoord' ? 'akkoord' : 'opmerkingen';
}

const toStatusChange = (r: Record<string, unknown>): StatusChange => ({
  id: r.id as string,
  from: (r.from_status as AgreementStatus | null) ?? null,
  to: r.to_status as AgreementStatus,
  on: r.on_date as string,
  at: r.at as string,
  actor: r.actor as string,
  note: r.note as string,
  reason: r.reason as string,
});

const toProgress = (r: Record<string, unknown>): ProgressUpdate => ({
  id: r.id as string,
  agreementId: r.agreement_id as string,
  on: r.on_date as string,
  text: r.text as string,
  statusChangeId: (r.status_change_id as string | null) ?? null,
  actor: r.actor as string,
  createdAt: r.created_at as string,
});

const toReview = (r: Record<string, unknown>): Review => ({
  id: r.id as string,
  agreementId: r.agreement_id as string,
  reviewerName: r.reviewer_name as string,
  on: r.on_date as string,
  verdict: r.verdict as ReviewVerdict,
  remark: r.remark as string,
  createdAt: r.created_at as string,
});

export function createAgreementActivity(
  db: Db,
  audit: AuditLog,
  find: (id: string) => Agreement | null,
) {
  const touch = db.prepare('UPDATE agreement SET updated_at = ? WHERE id = ?');
  const setStatus = db.prepare(
    `UPDATE agreement SET status = @to, adopted_on = @adoptedOn, updated_at = @now WHERE id = @id`,
  );
  const insertStatus = db.prepare(
    `INSERT INTO agreement_status_change (id, agreement_id, from_status, to_status, on_date, at,
       actor, note, reason)
     VALUES (@id, @agreementId, @from, @to, @on, @at, @actor, @note, @reason)`,
  );
  const statusHistory = db.prepare(
    'SELECT * FROM agreement_status_change WHERE agreement_id = ? ORDER BY at DESC, rowid DESC',
  );
  const insertProgress = db.prepare(
    `INSERT INTO progress_update (id, agreement_id, on_date, text, status_change_id, actor,
       created_at, updated_at)
     VALUES (@id, @agreementId, @on, @text, @statusChangeId, @actor, @now, @now)`,
  );
  const getProgress = db.prepare('SELECT * FROM progress_update WHERE id = ?');
  const deleteStatusChange = db.prepare('DELETE FROM agreement_status_change WHERE id = ?');
  const progressOfChange = db.prepare(
    'SELECT 1 FROM progress_update WHERE status_change_id = ? LIMIT 1',
  );
  const progress = db.prepare(
    `SELECT * FROM progress_update WHERE agreement_id = ? AND deleted_at IS NULL
     ORDER BY on_date DESC, created_at DESC, rowid DESC`,
  );
  const insertReview = db.prepare(
    `INSERT INTO agreement_review (id, agreement_id, reviewer_name, on_date, verdict, remark, created_at)
     VALUES (@id, @agreementId, @reviewerName, @on, @verdict, @remark, @now)`,
  );
  const getReview = db.prepare('SELECT * FROM agreement_review WHERE id = ?');
  const reviews = db.prepare(
    `SELECT * FROM agreement_review WHERE agreement_id = ?
     ORDER BY on_date DESC, created_at DESC, rowid DESC`,
  );
  const setRequested = db.prepare(
    'UPDATE agreement SET review_requested_on = ?, updated_at = ? WHERE id = ?',
  );
  const decisionLinks = db.prepare(
    `SELECT decision_id, kind FROM agreement_decision_link WHERE agreement_id = ?
     ORDER BY kind = 'changed', decision_id`,
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

  const listReviews = (id: string) => (reviews.all(id) as Record<string, unknown>[]).map(toReview);

  return {
    recordStatusChange,
    touch: (id: string, now: string) => void touch.run(now, id),
    statusHistory: (id: string): StatusChange[] =>
      (statusHistory.all(id) as Record<string, unknown>[]).map(toStatusChange),
    progress: (id: string): ProgressUpdate[] =>
      (progress.all(id) as Record<string, unknown>[]).map(toProgress),
    reviews: listReviews,
    reviewState: (a: Agreement): ReviewState =>
      reviewStateOf(a.reviewRequestedOn, listReviews(a.id)),
    decisionLinks: (id: string) =>
      (decisionLinks.all(id) as { decision_id: string; kind: 'created' | 'changed' }[]).map(
        (r) => ({
          decisionId: r.decision_id,
          kind: r.kind,
        }),
      ),

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
    hasProgressFor: (changeId: string): boolean => progressOfChange.get(changeId) !== undefined,

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
        const adoptedOn = earlier?.changes.adoptedOn
          ? (earlier.changes.adoptedOn.from as string | null)
          : before.adoptedOn;
        deleteStatusChange.run(change.id);
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
        touch.run(w.now, agreementId);
        audit.record('progressUpdate', id, 'create', w, creationChanges(p, PROGRESS_FIELDS));
        return toProgress(getProgress.get(id) as Record<string, unknown>);
      },
    ),

    requestReview: inTransaction(db, (before: Agreement, on: string, w: Writer): void => {
      if (before.reviewRequestedOn === on) return;
      setRequested.run(on, w.now, before.id);
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
      ): Review => {
        const id = randomUUID();
        insertReview.run({ id, agreementId, ...r, now: w.now });
        audit.record('agreement', agreementId, 'update', w, {
          review: { from: null, to: `${REVIEW_VERDICT_LABELS[r.verdict]} van ${r.reviewerName}` },
        });
        return toReview(getReview.get(id) as Record<string, unknown>);
      },
    ),
  };
}
