/**
 * The afsprakenregister's warning rules as SQL fragments over `agreement a`, written once and
 * used by both the filtered list and the regio-overzicht, so a number on the dashboard always
 * equals the length of the list it links to. Parameters: @day (today), @dueUntil (today + N days)
 * and @staleBefore (today − 6 months), all 'YYYY-MM-DD'; see `ruleParams`.
 */
import { ACTIVE_STATUSES, ADOPTED_STATUS, FINAL_STATUSES } from '../shared/agreementStatus';
import type { AgreementStatus } from '../shared/domain';

/** A status set as an SQL list ('a', 'b'): built from the constants, never written by hand. */
export const sqlStatusList = (statuses: readonly AgreementStatus[]) =>
  statuses.map((s) => `'${s}'`).join(', ');

const NON_FINAL = `a.status NOT IN (${sqlStatusList(FINAL_STATUSES)})`;
/** Vastgesteld or in uitvoering (ACTIVE_STATUSES). */
export const ACTIVE = `a.status IN (${sqlStatusList(ACTIVE_STATUSES)})`;

/** Date of the latest live progress update, or NULL. */
export const LAST_PROGRESS_ON = `(SELECT max(pu.on_date) FROM progress_update pu
  WHERE pu.agreement_id = a.id AND pu.deleted_at IS NULL)`;

/**
 * The date from which "no progress" is counted: the latest progress update; without one, the
 * adoption date, else the date it became vastgesteld, else the day it was recorded.
 */
export const PROGRESS_REFERENCE = `coalesce(${LAST_PROGRESS_ON}, a.adopted_on,
  (SELECT max(sc.on_date) FROM agreement_status_change sc
    WHERE sc.agreement_id = a.id AND sc.to_status = '${ADOPTED_STATUS}'),
  substr(a.created_at, 1, 10))`;

/** The latest review's date (by the date it is about), or NULL. */
export const lastReviewOn = (agreement = 'a') => `(SELECT max(rv.on_date) FROM agreement_review rv
  WHERE rv.agreement_id = ${agreement}.id)`;

/**
 * 'wacht' while a requested review has no answer on or after the request date; otherwise the
 * latest review's verdict ('akkoord' | 'opmerkingen'); NULL when never requested nor reviewed.
 * One look at the latest review: "no review on or after the request" ⇔ the latest is before it.
 */
export const REVIEW_STATE = `coalesce((SELECT CASE
    WHEN rv.on_date < a.review_requested_on THEN 'wacht'
    WHEN rv.verdict = 'akkoord' THEN 'akkoord' ELSE 'opmerkingen' END
  FROM agreement_review rv WHERE rv.agreement_id = a.id
  ORDER BY rv.on_date DESC, rv.created_at DESC LIMIT 1),
  CASE WHEN a.review_requested_on IS NOT NULL THEN 'wacht' END)`;

/** The owner as a live person's name (o.name); NULL when there is none or the person is deleted. */
export const OWNER_JOIN = 'LEFT JOIN contact o ON o.id = a.owner_id AND o.deleted_at IS NULL';
export const OWNER_NAME = 'o.name';

/** The warning rules, each a boolean SQL expression. */
export const RULES = {
  /** "Evaluatie verlopen": the evaluation date has passed and the agreement is not final. */
  evaluationOverdue: `(a.next_evaluation < @day AND ${NON_FINAL})`,
  /** Evaluation due: today ≤ next evaluation ≤ @dueUntil, not final. */
  evaluationDue: `(a.next_evaluation BETWEEN @day AND @dueUntil AND ${NON_FINAL})`,
  withoutDekking: `(a.dekking_granted = 0 AND ${NON_FINAL})`,
  withoutOwner: `(${NON_FINAL} AND (a.owner_id IS NULL OR NOT EXISTS (SELECT 1 FROM contact c
    WHERE c.id = a.owner_id AND c.deleted_at IS NULL)))`,
  /** Vastgesteld or in uitvoering without a progress update in the last six months. */
  staleProgress: `(${ACTIVE} AND ${PROGRESS_REFERENCE} < @staleBefore)`,
} as const;

const DAY_MS = 86_400_000;
const parseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const { y, m, d } = parseDay(day);
  return isoOf(new Date(Date.UTC(y, m - 1, d) + days * DAY_MS));
}

/** The same day `months` calendar months earlier, clamped to the month's end (31 aug → 28 feb). */
export function monthsBefore(day: string, months: number): string {
  const { y, m, d } = parseDay(day);
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  return isoOf(new Date(target.getTime() + (Math.min(d, lastDay.getUTCDate()) - 1) * DAY_MS));
}

export const STALE_MONTHS = 6;

/** Parameters of the rules for `day`; an agreement is stale when its reference is before @staleBefore. */
export function ruleParams(day: string, dueWithinDays: number) {
  return {
    day,
    dueUntil: addDays(day, dueWithinDays),
    staleBefore: monthsBefore(day, STALE_MONTHS),
  };
}
