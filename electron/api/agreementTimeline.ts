/**
 * The story of one agreement in plain Dutch, newest first: status changes, progress updates,
 * reviews and the other changes from the audit log.
 */
import type { ProgressUpdate, Review, StatusChange } from '../../db/agreementActivity';
import type { AuditRow } from '../../db/audit';
import { todayIso } from '../../shared/dates';
import { AGREEMENT_STATUS_LABELS, REVIEW_VERDICT_LABELS, type Entity } from '../../shared/domain';
import type { TimelineEntry } from '../../shared/schemas/agreement';
import { ACTION_LABELS, changeParts, type NameOf } from './historyText';

/** Fields the status and review entries already tell; left out of the history entries. */
const TOLD_ELSEWHERE = new Set(['status', 'review']);

/** Within one moment (one transaction), what was recorded last comes first. */
const RANK: Record<TimelineEntry['kind'], number> = {
  review: 3,
  progress: 2,
  status: 1,
  history: 0,
};

const lower = (status: keyof typeof AGREEMENT_STATUS_LABELS) =>
  AGREEMENT_STATUS_LABELS[status].toLowerCase();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function statusEntry(c: StatusChange): TimelineEntry {
  const title = c.from
    ? `Status gewijzigd van ${lower(c.from)} naar ${lower(c.to)}`
    : `Vastgelegd als ${lower(c.to)}`;
  const text = [c.note, c.reason && `Reden: ${c.reason}`].filter(Boolean).join('\n');
  return { kind: 'status', at: c.at, on: c.on, title, text, actor: c.actor };
}

export function progressEntry(p: ProgressUpdate): TimelineEntry {
  return {
    kind: 'progress',
    at: p.createdAt,
    on: p.on,
    title: 'Voortgang',
    text: p.text,
    actor: p.actor,
  };
}

export function reviewEntry(r: Review): TimelineEntry {
  return {
    kind: 'review',
    at: r.createdAt,
    on: r.on,
    title: `${REVIEW_VERDICT_LABELS[r.verdict]} van ${r.reviewerName}`,
    text: r.remark,
    actor: r.reviewerName,
  };
}

/**
 * An audit entry as a history line, without what the other entries tell. The creation is told by
 * the first status change; a transition's own audit entry (status, and the adoption date it sets)
 * by its status change. Null when nothing is left to tell.
 */
export function historyEntry(row: AuditRow<Entity>, nameOf: NameOf): TimelineEntry | null {
  if (row.action === 'create') return null;
  const isTransition = 'status' in row.changes;
  const changes = Object.fromEntries(
    Object.entries(row.changes).filter(
      ([field]) => !TOLD_ELSEWHERE.has(field) && !(isTransition && field === 'adoptedOn'),
    ),
  );
  const parts = changeParts({ ...row, changes }, nameOf);
  if (row.action === 'update' && parts.length === 0) return null;
  return {
    kind: 'history',
    at: row.at,
    on: todayIso(new Date(row.at)),
    title: ACTION_LABELS[row.action],
    text: parts.length ? `${capitalise(parts.join('; '))}.` : '',
    actor: row.actor,
  };
}

export function buildTimeline(
  parts: {
    statusHistory: StatusChange[];
    progress: ProgressUpdate[];
    reviews: Review[];
    audit: AuditRow<Entity>[];
  },
  nameOf: NameOf,
): TimelineEntry[] {
  const entries = [
    ...parts.reviews.map(reviewEntry),
    ...parts.progress.map(progressEntry),
    ...parts.statusHistory.map(statusEntry),
    ...parts.audit.flatMap((row) => historyEntry(row, nameOf) ?? []),
  ];
  // Stable sort: each list arrives newest first, so equal moments keep that order.
  return entries.sort((a, b) => b.at.localeCompare(a.at) || RANK[b.kind] - RANK[a.kind]);
}
