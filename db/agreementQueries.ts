import type { AgreementStatus } from '../shared/domain';
import type {
  AgreementList,
  AgreementPage,
  agreementFilterQuery,
  agreementListQuery,
} from '../shared/schemas/agreementList';
import type { z } from '../shared/zod';
import { createDashboardQuery, createSummaryQuery, zeroCounts } from './agreementDashboard';
import { DETAILS_SQL, listSql, type Shape } from './agreementListSql';
import {
  createRowMapper,
  LIST_ROW_KINDS,
  type AgreementExportRow,
  type ListRow,
  type LiveTheme,
} from './agreementRows';
import { ruleParams } from './agreementSql';
import { prepareRows, type ColumnsOf, type PreparedRows } from './preparedSql';
import { likePattern, type Db } from './sqlite';

export type { AgreementExportRow };

/** The filters after zod's defaults, plus "today". */
export type AgreementQuery = z.output<typeof agreementFilterQuery> & { day: string };
/** One page of the list, plus "today". */
export type AgreementPageQuery = z.output<typeof agreementListQuery> & { day: string };

export function createAgreementQueries(db: Db) {
  const liveThemes = prepareRows<LiveTheme>(
    db,
    'SELECT id, name, sort_order AS sortOrder FROM theme WHERE deleted_at IS NULL',
    { id: 'text', name: 'text', sortOrder: 'number' },
  );
  const details = prepareRows<ListRow>(db, DETAILS_SQL, LIST_ROW_KINDS);
  /** Statements giving `Row`, prepared once per distinct SQL text (shapes repeat as the user filters). */
  function perShape<Row>(columns: ColumnsOf<Row>) {
    const statements = new Map<string, PreparedRows<Row>>();
    return (text: string) => {
      let stmt = statements.get(text);
      if (!stmt) statements.set(text, (stmt = prepareRows<Row>(db, text, columns)));
      return stmt;
    };
  }
  const statements = {
    counts: perShape<{ status: AgreementStatus; n: number; confidential: number }>({
      status: 'text',
      n: 'number',
      confidential: 'number',
    }),
    groups: perShape<{ themeId: string | null; name: string | null; count: number }>({
      themeId: 'text?',
      name: 'text?',
      count: 'number',
    }),
    ids: perShape<{ id: string }>({ id: 'text' }),
  };

  function shapeOf(q: AgreementQuery): Shape {
    return {
      search: q.search !== '',
      themes: q.themeIds.length > 0,
      statuses: q.statuses.length > 0,
      parties: q.partyIds.length > 0,
      owners: q.ownerIds.length > 0,
      financing: q.financing.length > 0,
      evaluationOverdue: q.evaluationOverdue,
      evaluationDue: q.evaluationDueWithinDays !== null,
      withoutDekking: q.withoutDekking,
      withoutOwner: q.withoutOwner,
      staleProgress: q.staleProgress,
      reviews: q.reviewStates.length > 0,
      hideConfidential: !q.includeConfidential,
    };
  }

  /** Only the parameters the statement names (better-sqlite3 refuses unknown ones). */
  function paramsOf(q: AgreementQuery, sqlText: string, page?: { offset: number; limit: number }) {
    const rules = ruleParams(q.day, q.evaluationDueWithinDays ?? 0);
    const all: Record<string, string | number> = {
      regionId: q.regionId,
      like: likePattern(q.search),
      themeIds: JSON.stringify(q.themeIds),
      statuses: JSON.stringify(q.statuses),
      partyIds: JSON.stringify(q.partyIds),
      ownerIds: JSON.stringify(q.ownerIds),
      financing: JSON.stringify(q.financing),
      reviewStates: JSON.stringify(q.reviewStates),
      ...rules,
      ...page,
    };
    return Object.fromEntries(Object.entries(all).filter(([name]) => sqlText.includes(`@${name}`)));
  }

  function run<Row>(
    statement: (text: string) => PreparedRows<Row>,
    q: AgreementQuery,
    sqlText: string,
    page?: { offset: number; limit: number },
  ): Row[] {
    return statement(sqlText).all(paramsOf(q, sqlText, page));
  }

  /** The list rows of `ids`, in that order, mapped with today's rules. */
  function rowsOf<T>(
    ids: string[],
    day: string,
    map: (m: ReturnType<typeof createRowMapper>, row: ListRow) => T,
  ): T[] {
    if (ids.length === 0) return [];
    const mapper = createRowMapper(liveThemes.all(), day);
    return details.all({ ids: JSON.stringify(ids) }).map((r) => map(mapper, r));
  }

  function allIds(q: AgreementQuery): string[] {
    const text = listSql.ids(shapeOf(q), q.sort, { grouped: false, limited: false });
    return run(statements.ids, q, text).map((r) => r.id);
  }

  /** The text of each agreement's latest live progress update (the one LAST_PROGRESS_ON dates). */
  const lastProgressText = prepareRows<{ agreementId: string; text: string }>(
    db,
    `SELECT agreement_id AS agreementId, text FROM (
       SELECT pu.agreement_id, pu.text, row_number() OVER (
         PARTITION BY pu.agreement_id ORDER BY pu.on_date DESC, pu.created_at DESC, pu.id DESC
       ) AS n
       FROM progress_update pu
       WHERE pu.deleted_at IS NULL AND pu.agreement_id IN (SELECT value FROM json_each(?)))
     WHERE n = 1`,
    { agreementId: 'text', text: 'text' },
  );

  /** The items of one page of the (grouped) sequence. */
  function pageOf(q: AgreementPageQuery, shape: Shape): AgreementPage {
    const ids = run(
      statements.ids,
      q,
      listSql.ids(shape, q.sort, { grouped: q.groupByTheme, limited: true }),
      { offset: q.offset, limit: q.limit },
    ).map((r) => r.id);
    return { items: rowsOf(ids, q.day, (m, r) => m.item(r)), offset: q.offset };
  }

  return {
    /** A page further down the list, without the counts and groups (the first page has them). */
    page: (q: AgreementPageQuery): AgreementPage => pageOf(q, shapeOf(q)),
    /**
     * One page of the filtered, sorted list (optionally grouped by theme), with the total, the
     * counts per status over every filter but the status filter, and the groups' sizes.
     */
    list(q: AgreementPageQuery): AgreementList {
      const shape = shapeOf(q);
      const statusCounts = zeroCounts();
      let total = 0;
      let confidentialCount = 0;
      const counted = run(statements.counts, q, listSql.counts(shape));
      for (const { status, n, confidential } of counted) {
        statusCounts[status] = n;
        if (shape.statuses && !q.statuses.includes(status)) continue;
        total += n;
        confidentialCount += confidential;
      }
      const groups = q.groupByTheme
        ? run(statements.groups, q, listSql.groups(shape)).map((g) => ({
            ...g,
            name: g.themeId === null ? 'Zonder thema' : (g.name ?? ''),
          }))
        : null;
      const { items } = pageOf(q, shape);
      return { items, offset: q.offset, total, statusCounts, confidentialCount, groups };
    },
    /** Every matching id, in the list's order (for "select all"). */
    ids: allIds,
    /** The same rows as the list, with the extra columns of the CSV export. */
    exportRows(q: AgreementQuery): AgreementExportRow[] {
      const found = rowsOf(allIds(q), q.day, (m, r) => m.exportRow(r));
      const texts = new Map(
        lastProgressText
          .all(JSON.stringify(found.map((r) => r.id)))
          .map((r) => [r.agreementId, r.text]),
      );
      for (const row of found) row.lastProgressText = texts.get(row.id) ?? null;
      return found;
    },
    dashboard: createDashboardQuery(db),
    summary: createSummaryQuery(db),
  };
}
export type AgreementQueries = ReturnType<typeof createAgreementQueries>;
