import { AGREEMENT_STATUSES, type AgreementStatus } from '../shared/domain';
import type {
  AgreementList,
  AgreementListItem,
  agreementListQuery,
} from '../shared/schemas/agreement';
import type { z } from '../shared/zod';
import { createDashboardQuery } from './agreementDashboard';
import {
  createRowMapper,
  LIST_COLUMNS,
  type AgreementExportRow,
  type ListRow,
} from './agreementRows';
import { sortAgreements } from './agreementSort';
import {
  LAST_PROGRESS_ON,
  OWNER_JOIN,
  OWNER_NAME,
  REVIEW_STATE,
  RULES,
  ruleParams,
} from './agreementSql';
import { likePattern, type Db } from './sqlite';

export type { AgreementExportRow };

/** The list query after zod's defaults, plus "today". */
export type AgreementQuery = z.output<typeof agreementListQuery> & { day: string };

/**
 * Which filters a query uses: each shape gets its own statement, with no dead conditions.
 * Sorting happens in JavaScript (see agreementSort.ts), so the sort is not part of the shape.
 */
interface Shape {
  counts: boolean;
  search: boolean;
  themes: boolean;
  statuses: boolean;
  parties: boolean;
  owners: boolean;
  financing: boolean;
  evaluationOverdue: boolean;
  evaluationDue: boolean;
  withoutDekking: boolean;
  withoutOwner: boolean;
  staleProgress: boolean;
  reviews: boolean;
  hideConfidential: boolean;
}

/** Theme ids only: names and order come from the (few) live themes, looked up once per query. */
const THEME_IDS = `(SELECT group_concat(at.theme_id, char(31)) FROM agreement_theme at
  WHERE at.agreement_id = a.id)`;
const PARTIES = `(SELECT group_concat(p.name || char(31) || ap.role, char(30))
  FROM agreement_party ap JOIN party p ON p.id = ap.party_id AND p.deleted_at IS NULL
  WHERE ap.agreement_id = a.id)`;
const FINANCING = `(SELECT group_concat(f.stream, char(31)) FROM agreement_financing f
  WHERE f.agreement_id = a.id)`;
const inJson = (param: string) => `IN (SELECT value FROM json_each(@${param}))`;

function whereOf(s: Shape): string {
  const where = ['a.region_id = @regionId', 'a.deleted_at IS NULL'];
  if (s.hideConfidential) where.push('a.confidential = 0');
  if (s.statuses) where.push(`a.status ${inJson('statuses')}`);
  if (s.owners) where.push(`a.owner_id ${inJson('ownerIds')}`);
  if (s.search) where.push("a.search_text LIKE @like ESCAPE '\\'");
  if (s.themes) {
    where.push(`EXISTS (SELECT 1 FROM agreement_theme ft WHERE ft.agreement_id = a.id
      AND ft.theme_id ${inJson('themeIds')})`);
  }
  if (s.parties) {
    where.push(`EXISTS (SELECT 1 FROM agreement_party fp WHERE fp.agreement_id = a.id
      AND fp.party_id ${inJson('partyIds')})`);
  }
  if (s.financing) {
    where.push(`EXISTS (SELECT 1 FROM agreement_financing ff WHERE ff.agreement_id = a.id
      AND ff.stream ${inJson('financing')})`);
  }
  if (s.evaluationOverdue) where.push(RULES.evaluationOverdue);
  if (s.evaluationDue) where.push(RULES.evaluationDue);
  if (s.withoutDekking) where.push(RULES.withoutDekking);
  if (s.withoutOwner) where.push(RULES.withoutOwner);
  if (s.staleProgress) where.push(RULES.staleProgress);
  if (s.reviews) where.push(`${REVIEW_STATE} ${inJson('reviewStates')}`);
  return where.join('\n AND ');
}

function listSql(s: Shape): string {
  if (s.counts) {
    return `SELECT a.status AS status, count(*) AS n FROM agreement a WHERE ${whereOf(s)}
      GROUP BY a.status`;
  }
  const own = Object.entries(LIST_COLUMNS).map(([alias, column]) => `a.${column.name} AS ${alias}`);
  return `SELECT ${own.join(', ')}, ${OWNER_NAME} AS ownerName,
      ${LAST_PROGRESS_ON} AS lastProgressOn, ${REVIEW_STATE} AS reviewState,
      ${THEME_IDS} AS themeIds, ${PARTIES} AS parties, ${FINANCING} AS financing
    FROM agreement a ${OWNER_JOIN} WHERE ${whereOf(s)}`;
}

export const emptyStatusCounts = (): Record<AgreementStatus, number> =>
  Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;

export function createAgreementQueries(db: Db) {
  const liveThemes = db
    .prepare('SELECT id, name, sort_order FROM theme WHERE deleted_at IS NULL')
    .raw(true);
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const statement = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let stmt = statements.get(key);
    if (!stmt) statements.set(key, (stmt = db.prepare(listSql(shape))));
    return stmt;
  };

  function shapeOf(q: AgreementQuery): Shape {
    return {
      counts: false,
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

  /** Only the parameters the shape's statement names (better-sqlite3 refuses unknown ones). */
  function paramsOf(q: AgreementQuery, s: Shape): Record<string, string> {
    const rules = ruleParams(q.day, q.evaluationDueWithinDays ?? 0);
    return {
      regionId: q.regionId,
      ...(s.search && { like: likePattern(q.search) }),
      ...(s.themes && { themeIds: JSON.stringify(q.themeIds) }),
      ...(s.statuses && { statuses: JSON.stringify(q.statuses) }),
      ...(s.parties && { partyIds: JSON.stringify(q.partyIds) }),
      ...(s.owners && { ownerIds: JSON.stringify(q.ownerIds) }),
      ...(s.financing && { financing: JSON.stringify(q.financing) }),
      ...(s.reviews && { reviewStates: JSON.stringify(q.reviewStates) }),
      ...((s.evaluationOverdue || s.evaluationDue || s.staleProgress) && { day: rules.day }),
      ...(s.evaluationDue && { dueUntil: rules.dueUntil }),
      ...(s.staleProgress && { staleBefore: rules.staleBefore }),
    };
  }

  function rows<T extends AgreementListItem>(
    q: AgreementQuery,
    map: (mapper: ReturnType<typeof createRowMapper>, row: ListRow) => T,
  ): { rows: T[]; shape: Shape } {
    const shape = shapeOf(q);
    const raw = statement(shape).all(paramsOf(q, shape)) as ListRow[];
    const mapper = createRowMapper(liveThemes.all() as [string, string, number][], q.day);
    return {
      rows: sortAgreements(
        raw.map((r) => map(mapper, r)),
        q.sort,
      ),
      shape,
    };
  }

  /** The text of each agreement's latest live progress update (the one LAST_PROGRESS_ON dates). */
  const lastProgressText = db.prepare(
    `SELECT agreement_id AS agreementId, text FROM (
       SELECT pu.agreement_id, pu.text, row_number() OVER (
         PARTITION BY pu.agreement_id ORDER BY pu.on_date DESC, pu.created_at DESC, pu.id DESC
       ) AS n
       FROM progress_update pu
       WHERE pu.deleted_at IS NULL AND pu.agreement_id IN (SELECT value FROM json_each(?)))
     WHERE n = 1`,
  );

  return {
    /** The filtered, sorted list, with counts per status over every filter but the status filter. */
    list(q: AgreementQuery): AgreementList {
      const { rows: found, shape } = rows(q, (m, r) => m.item(r));
      const statusCounts = emptyStatusCounts();
      if (shape.statuses) {
        const countShape = { ...shape, counts: true, statuses: false };
        const counted = statement(countShape).all(paramsOf(q, countShape)) as {
          status: AgreementStatus;
          n: number;
        }[];
        for (const { status, n } of counted) statusCounts[status] = n;
      } else {
        for (const row of found) statusCounts[row.status] += 1;
      }
      return { items: found, statusCounts, total: found.length };
    },
    /** The same rows as the list, with the extra columns of the CSV export. */
    exportRows(q: AgreementQuery): AgreementExportRow[] {
      const found = rows(q, (m, r) => m.exportRow(r)).rows;
      const texts = new Map(
        (
          lastProgressText.all(JSON.stringify(found.map((r) => r.id))) as {
            agreementId: string;
            text: string;
          }[]
        ).map((r) => [r.agreementId, r.text]),
      );
      for (const row of found) row.lastProgressText = texts.get(row.id) ?? null;
      return found;
    },
    dashboard: createDashboardQuery(db),
  };
}
export type AgreementQueries = ReturnType<typeof createAgreementQueries>;
