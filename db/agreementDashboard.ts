import { AGREEMENT_STATUSES, type AgreementStatus } from '../shared/domain';
import {
  DASHBOARD_SHOWN,
  type AgreementSummary,
  type Dashboard,
} from '../shared/schemas/agreementDashboard';
import {
  ACTIVE,
  lastReviewOn,
  PROGRESS_REFERENCE,
  REVIEW_STATE,
  RULES,
  ruleParams,
} from './agreementSql';
import { z } from '../shared/zod';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

/** Evaluations count as "due" when they fall within this many days from today. */
export const DASHBOARD_DUE_DAYS = 60;

type Item = Dashboard['evaluationsDue']['items'][number];
type Counts = Record<AgreementStatus, number>;
type ListName =
  | 'evaluationsDue'
  | 'evaluationsOverdue'
  | 'withoutOwner'
  | 'withoutDekking'
  | 'staleProgress'
  | 'wacht'
  | 'akkoord'
  | 'opmerkingen';

/** Zero per status (the object literal: the typecheck names a status added to the domain). */
export const zeroCounts = (): Counts => ({
  concept: 0,
  in_bespreking: 0,
  vastgesteld: 0,
  in_uitvoering: 0,
  afgerond: 0,
  vervallen: 0,
});

/** A row of LISTS_SQL: a card's agreement (list, id, title, status, date) or a status's counts. */
interface ListsRow {
  list: ListName | 'status';
  id: string | null;
  title: string | null;
  status: AgreementStatus;
  date: string | null;
  count: number | null;
  withoutTheme: number | null;
  /** Per card, how many of this status it holds (JSON). */
  counts: string | null;
}

/** The per-card counts of a status row. */
const cardCounts = z.record(z.string(), z.number().nullable());

/**
 * Every live agreement of the region with its warning flags, from the shared rule fragments,
 * computed once per agreement (materialised) and read from the covering index agreement_list.
 */
const FLAGGED = `flagged AS MATERIALIZED (
    SELECT a.id, a.title, a.sort_key, a.status, a.next_evaluation, a.review_requested_on,
      ${RULES.evaluationDue} AS due, ${RULES.evaluationOverdue} AS overdue,
      ${RULES.withoutOwner} AS withoutOwner, ${RULES.withoutDekking} AS withoutDekking,
      CASE WHEN ${ACTIVE} THEN ${PROGRESS_REFERENCE} END AS progressReference,
      ${REVIEW_STATE} AS reviewState,
      EXISTS (SELECT 1 FROM agreement_theme at JOIN theme t ON t.id = at.theme_id
        AND t.deleted_at IS NULL WHERE at.agreement_id = a.id) AS hasLiveTheme
    FROM agreement a WHERE a.region_id = @regionId AND a.deleted_at IS NULL)`;

/** A card: its agreements (`where`) with the date that matters, in the card's order. */
interface Card {
  list: ListName;
  where: string;
  date: string;
  /** Newest first (verdicts); otherwise soonest, longest overdue, stalest, longest waiting first. */
  newestFirst?: boolean;
}

/**
 * Each card's agreements with the date that matters: evaluations and their date; stale ones
 * since their progress reference (RULES.staleProgress: active and before @staleBefore); reviews
 * since the request (wacht) or the latest verdict.
 */
const CARDS: Card[] = [
  { list: 'evaluationsDue', where: 'due', date: 'next_evaluation' },
  { list: 'evaluationsOverdue', where: 'overdue', date: 'next_evaluation' },
  { list: 'withoutOwner', where: 'withoutOwner', date: 'next_evaluation' },
  { list: 'withoutDekking', where: 'withoutDekking', date: 'next_evaluation' },
  { list: 'staleProgress', where: 'progressReference < @staleBefore', date: 'progressReference' },
  { list: 'wacht', where: "reviewState = 'wacht'", date: 'review_requested_on' },
  ...(['akkoord', 'opmerkingen'] as const).map((list) => ({
    list,
    where: `reviewState = '${list}'`,
    date: lastReviewOn('flagged'),
    newestFirst: true,
  })),
];

/**
 * Per card, the first DASHBOARD_SHOWN (no date last, then in title order), each a top-N over the
 * materialised flags (no sort of every flagged agreement). And per status (list 'status'): how
 * many, how many without a live theme, and how many of them each card holds (`counts`, JSON;
 * one pass instead of a count per card).
 */
const LISTS_SQL = `WITH ${FLAGGED}
  ${CARDS.map(
    (c) => `SELECT * FROM (SELECT '${c.list}' AS list, id, title, status, ${c.date} AS date,
      NULL AS count, NULL AS withoutTheme, NULL AS counts
    FROM flagged WHERE ${c.where}
    ORDER BY date IS NULL, date ${c.newestFirst ? 'DESC' : ''}, sort_key, id
    LIMIT ${DASHBOARD_SHOWN})`,
  ).join('\n  UNION ALL ')}
  UNION ALL SELECT 'status', NULL, NULL, status, NULL, count(*), sum(NOT hasLiveTheme),
    json_object(${CARDS.map((c) => `'${c.list}', sum(${c.where})`).join(', ')})
    FROM flagged GROUP BY status`;

const MATRIX_SQL = `SELECT at.theme_id AS themeId, a.status AS status, count(*) AS n
  FROM agreement a JOIN agreement_theme at ON at.agreement_id = a.id
  WHERE a.region_id = @regionId AND a.deleted_at IS NULL
  GROUP BY at.theme_id, a.status`;

const THEMES_SQL = `SELECT id, name, archived_at AS archivedAt FROM theme WHERE deleted_at IS NULL
  ORDER BY sort_order, name COLLATE NOCASE`;

/** A beoordelingspakket of the region without a response read in (reviewPackages.list's rule). */
const PACKAGE_OPEN = `p.region_id = @regionId
  AND NOT EXISTS (SELECT 1 FROM review_response r WHERE r.package_id = p.id)`;

/** The figures of the regio-overzicht's card, by the same rules (only counted). */
const SUMMARY_SQL = `SELECT count(*) AS total,
    coalesce(sum(${RULES.evaluationOverdue}), 0) AS evaluationOverdue,
    coalesce(sum(${RULES.withoutOwner}), 0) AS withoutOwner,
    coalesce(sum(a.review_requested_on IS NOT NULL AND ${REVIEW_STATE} = 'wacht'), 0) AS reviewWaiting,
    (SELECT count(*) FROM review_package p WHERE ${PACKAGE_OPEN}) AS reviewPackagesOpen,
    (SELECT count(*) FROM review_package p WHERE ${PACKAGE_OPEN} AND p.reply_by < @day)
      AS reviewPackagesOverdue
  FROM agreement a WHERE a.region_id = @regionId AND a.deleted_at IS NULL`;

export function createSummaryQuery(db: Db) {
  const summary = prepareRows<AgreementSummary>(db, SUMMARY_SQL, {
    total: 'number',
    evaluationOverdue: 'number',
    withoutOwner: 'number',
    reviewWaiting: 'number',
    reviewPackagesOpen: 'number',
    reviewPackagesOverdue: 'number',
  });
  return (regionId: string, day: string): AgreementSummary =>
    // An aggregate without GROUP BY always gives its one row.
    summary.get({ regionId, day: ruleParams(day, 0).day })!;
}

/**
 * The regio-overzicht: agreements per theme × status, and per warning card its count (the
 * length of the list the card links to: the list screen's filter gives the same rows) and the
 * first few agreements. Counting and ranking happen in SQLite; a few dozen rows come out.
 */
export function createDashboardQuery(db: Db) {
  const lists = prepareRows<ListsRow>(db, LISTS_SQL, {
    list: 'text',
    id: 'text?',
    title: 'text?',
    status: 'text',
    date: 'text?',
    count: 'number?',
    withoutTheme: 'number?',
    counts: 'text?',
  });
  const matrix = prepareRows<{ themeId: string; status: AgreementStatus; n: number }>(
    db,
    MATRIX_SQL,
    { themeId: 'text', status: 'text', n: 'number' },
  );
  const themes = prepareRows<{ id: string; name: string; archivedAt: string | null }>(
    db,
    THEMES_SQL,
    { id: 'text', name: 'text', archivedAt: 'text?' },
  );

  return (regionId: string, day: string): Dashboard => {
    const { day: today, dueUntil, staleBefore } = ruleParams(day, DASHBOARD_DUE_DAYS);
    const found = new Map<ListName, { count: number; items: Item[] }>(
      CARDS.map((c) => [c.list, { count: 0, items: [] }]),
    );
    const totals = zeroCounts();
    const withoutTheme = zeroCounts();
    const rows = lists.all({ regionId, day: today, dueUntil, staleBefore });
    for (const { list, id, title, status, date, count, withoutTheme: themeless, counts } of rows) {
      if (list !== 'status') {
        // A card's rows come from agreements: id and title are there.
        if (id !== null && title !== null) found.get(list)!.items.push({ id, title, status, date });
        continue;
      }
      totals[status] = count ?? 0;
      withoutTheme[status] = themeless ?? 0;
      const perCard = cardCounts.parse(JSON.parse(counts ?? '{}'));
      for (const [name, entry] of found) entry.count += perCard[name] ?? 0;
    }
    const card = (list: ListName) => found.get(list)!;

    const perTheme = new Map<string, Counts>();
    for (const { themeId, status, n } of matrix.all({ regionId })) {
      let counts = perTheme.get(themeId);
      if (!counts) perTheme.set(themeId, (counts = zeroCounts()));
      counts[status] = n;
    }
    const sum = (c: Counts) => AGREEMENT_STATUSES.reduce((n, s) => n + c[s], 0);
    const themeRows: Dashboard['matrix'] = themes
      .all()
      // Archived themes only when agreements still carry them.
      .filter((t) => t.archivedAt === null || perTheme.has(t.id))
      .map((t) => {
        const counts = perTheme.get(t.id) ?? zeroCounts();
        return { themeId: t.id, themeName: t.name, counts, total: sum(counts) };
      });
    if (sum(withoutTheme) > 0) {
      themeRows.push({
        themeId: null,
        themeName: 'Zonder thema',
        counts: withoutTheme,
        total: sum(withoutTheme),
      });
    }
    return {
      regionId,
      day,
      matrix: themeRows,
      totals,
      evaluationsDue: card('evaluationsDue'),
      evaluationsOverdue: card('evaluationsOverdue'),
      withoutOwner: card('withoutOwner'),
      withoutDekking: card('withoutDekking'),
      staleProgress: card('staleProgress'),
      reviews: { wacht: card('wacht'), akkoord: card('akkoord'), opmerkingen: card('opmerkingen') },
    };
  };
}
