import { AGREEMENT_STATUSES, type AgreementStatus } from '../shared/domain';
import type { Dashboard } from '../shared/schemas/agreement';
import {
  ACTIVE,
  LAST_REVIEW_ON,
  PROGRESS_REFERENCE,
  REVIEW_STATE,
  RULES,
  ruleParams,
} from './agreementSql';
import { sortByTitle } from './agreementSort';
import type { Db } from './sqlite';

/** Evaluations count as "due" when they fall within this many days from today. */
export const DASHBOARD_DUE_DAYS = 60;

type Item = Dashboard['evaluationsDue'][number];
type Counts = Record<AgreementStatus, number>;

const zeroCounts = (): Counts =>
  Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Counts;

/** One row per live agreement with every warning flag, from the shared rule fragments. */
const AGREEMENTS_SQL = `SELECT a.id, a.title, a.status, a.next_evaluation,
    ${RULES.evaluationDue}, ${RULES.evaluationOverdue}, ${RULES.withoutOwner},
    ${RULES.withoutDekking}, ${RULES.staleProgress},
    CASE WHEN ${ACTIVE} THEN ${PROGRESS_REFERENCE} END,
    ${REVIEW_STATE} AS review_state,
    ${LAST_REVIEW_ON},
    a.review_requested_on,
    EXISTS (SELECT 1 FROM agreement_theme at JOIN theme t ON t.id = at.theme_id
      AND t.deleted_at IS NULL WHERE at.agreement_id = a.id)
  FROM agreement a WHERE a.region_id = @regionId AND a.deleted_at IS NULL`;

type Row = [
  id: string,
  title: string,
  status: AgreementStatus,
  nextEvaluation: string | null,
  due: number,
  overdue: number,
  withoutOwner: number,
  withoutDekking: number,
  stale: number,
  progressReference: string | null,
  reviewState: 'wacht' | 'akkoord' | 'opmerkingen' | null,
  lastReviewOn: string | null,
  reviewRequestedOn: string | null,
  hasLiveTheme: number,
];

const MATRIX_SQL = `SELECT at.theme_id, a.status, count(*)
  FROM agreement a JOIN agreement_theme at ON at.agreement_id = a.id
  WHERE a.region_id = @regionId AND a.deleted_at IS NULL
  GROUP BY at.theme_id, a.status`;

const THEMES_SQL = `SELECT id, name, archived_at FROM theme WHERE deleted_at IS NULL
  ORDER BY sort_order, name COLLATE NOCASE`;

const byDate = (dir: 1 | -1) => (x: Item, y: Item) =>
  dir * (x.date ?? '9999').localeCompare(y.date ?? '9999');

/**
 * The regio-overzicht: agreements per theme × status, and the lists behind every warning
 * (each list's length is the number shown; the list screen's matching filter gives the same rows).
 */
export function createDashboardQuery(db: Db) {
  const agreements = db.prepare(AGREEMENTS_SQL).raw(true);
  const matrix = db.prepare(MATRIX_SQL).raw(true);
  const themes = db.prepare(THEMES_SQL).raw(true);

  return (regionId: string, day: string): Dashboard => {
    const rows = sortByTitle(
      agreements.all({ regionId, ...ruleParams(day, DASHBOARD_DUE_DAYS) }) as Row[],
      (r) => r[1],
      (r) => r[0],
    );
    const totals = zeroCounts();
    const withoutTheme = zeroCounts();
    const d: Omit<Dashboard, 'regionId' | 'day' | 'matrix' | 'totals'> = {
      evaluationsDue: [],
      evaluationsOverdue: [],
      withoutOwner: [],
      withoutDekking: [],
      staleProgress: [],
      reviews: { wacht: [], akkoord: [], opmerkingen: [] },
    };
    let anyWithoutTheme = false;
    for (const r of rows) {
      const [id, title, status, nextEvaluation] = r;
      const item = (date: string | null): Item => ({ id, title, status, date });
      totals[status] += 1;
      if (!r[13]) {
        withoutTheme[status] += 1;
        anyWithoutTheme = true;
      }
      if (r[4]) d.evaluationsDue.push(item(nextEvaluation));
      if (r[5]) d.evaluationsOverdue.push(item(nextEvaluation));
      if (r[6]) d.withoutOwner.push(item(nextEvaluation));
      if (r[7]) d.withoutDekking.push(item(nextEvaluation));
      if (r[8]) d.staleProgress.push(item(r[9]));
      if (r[10]) d.reviews[r[10]].push(item(r[10] === 'wacht' ? r[12] : r[11]));
    }
    // Soonest evaluation first; longest overdue / stalest / longest waiting first; newest review first.
    d.evaluationsDue.sort(byDate(1));
    d.evaluationsOverdue.sort(byDate(1));
    d.staleProgress.sort(byDate(1));
    d.reviews.wacht.sort(byDate(1));
    d.reviews.akkoord.sort(byDate(-1));
    d.reviews.opmerkingen.sort(byDate(-1));

    const perTheme = new Map<string, Counts>();
    for (const [themeId, status, n] of matrix.all({ regionId }) as [
      string,
      AgreementStatus,
      number,
    ][]) {
      let counts = perTheme.get(themeId);
      if (!counts) perTheme.set(themeId, (counts = zeroCounts()));
      counts[status] = n;
    }
    const sum = (c: Counts) => AGREEMENT_STATUSES.reduce((n, s) => n + c[s], 0);
    const themeRows = (themes.all() as [string, string, string | null][])
      // Archived themes only when agreements still carry them.
      .filter(([id, , archivedAt]) => archivedAt === null || perTheme.has(id))
      .map(([id, name]) => {
        const counts = perTheme.get(id) ?? zeroCounts();
        return { themeId: id as string | null, themeName: name, counts, total: sum(counts) };
      });
    if (anyWithoutTheme) {
      themeRows.push({
        themeId: null,
        themeName: 'Zonder thema',
        counts: withoutTheme,
        total: sum(withoutTheme),
      });
    }
    return { regionId, day, matrix: themeRows, totals, ...d };
  };
}
