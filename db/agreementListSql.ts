/**
 * The SQL of the afsprakenregister's list, built per "shape" (which filters a query uses), so each
 * statement has no dead conditions. Filtering, ordering, paging and counting all happen in SQLite
 * (indexed: agreement_region, agreement_sort, agreement_evaluation, agreement_updated); only the
 * rows of one page get their details (owner, themes, parties, financing, progress, review).
 */
import { AGREEMENT_STATUSES } from '../shared/domain';
import type { AgreementSort } from '../shared/schemas/agreementList';
import { LIST_COLUMNS } from './agreementRows';
import { LAST_PROGRESS_ON, OWNER_JOIN, OWNER_NAME, REVIEW_STATE, RULES } from './agreementSql';

/** Which filters a query uses: each shape gets its own statement. */
export interface Shape {
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

/** An agreement once per live theme, or once without (theme_id NULL): the grouped sequence. */
const GROUP_JOIN = `LEFT JOIN agreement_theme gt ON gt.agreement_id = a.id
    AND EXISTS (SELECT 1 FROM theme lt WHERE lt.id = gt.theme_id AND lt.deleted_at IS NULL)
  LEFT JOIN theme grp ON grp.id = gt.theme_id`;
const GROUP_ORDER = 'grp.id IS NULL, grp.sort_order, grp.name, grp.id';

const STATUS_RANK = `CASE a.status ${AGREEMENT_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/** Each order ends in a unique column, so pages never overlap or skip a row. */
const ORDER: Record<AgreementSort, string> = {
  title: 'a.sort_key, a.id',
  status: `${STATUS_RANK}, a.sort_key, a.id`,
  nextEvaluation: 'a.next_evaluation IS NULL, a.next_evaluation, a.sort_key, a.id',
  updated: 'a.updated_at DESC, a.id',
};

function whereOf(s: Shape, withStatuses = s.statuses): string {
  const where = ['a.region_id = @regionId', 'a.deleted_at IS NULL'];
  if (s.hideConfidential) where.push('a.confidential = 0');
  if (withStatuses) where.push(`a.status ${inJson('statuses')}`);
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

/** The statements of one shape. Parameters: the filters', @limit/@offset, @ids (JSON). */
export const listSql = {
  /** Per status (over every filter but the status filter): count and how many vertrouwelijk. */
  counts: (s: Shape) =>
    `SELECT a.status AS status, count(*) AS n, sum(a.confidential) AS confidential
     FROM agreement a WHERE ${whereOf(s, false)} GROUP BY a.status`,

  /** The groups of the grouped sequence, in order, with their sizes. */
  groups: (s: Shape) =>
    `SELECT grp.id AS themeId, grp.name AS name, count(*) AS count
     FROM agreement a ${GROUP_JOIN} WHERE ${whereOf(s)}
     GROUP BY grp.id ORDER BY ${GROUP_ORDER}`,

  /** One page of ids, in order; `grouped` pages through the grouped sequence; no limit: all. */
  ids: (s: Shape, sort: AgreementSort, page: { grouped: boolean; limited: boolean }) =>
    `SELECT a.id AS id FROM agreement a ${page.grouped ? GROUP_JOIN : ''} WHERE ${whereOf(s)}
     ORDER BY ${page.grouped ? `${GROUP_ORDER}, ` : ''}${ORDER[sort]}
     ${page.limited ? 'LIMIT @limit OFFSET @offset' : ''}`,
};

/** The list columns of the agreements whose ids are in @ids (a JSON array), in that order. */
export const DETAILS_SQL = `SELECT ${Object.entries(LIST_COLUMNS)
  .map(([alias, column]) => `a.${column.name} AS ${alias}`)
  .join(', ')}, ${OWNER_NAME} AS ownerName,
    ${LAST_PROGRESS_ON} AS lastProgressOn, ${REVIEW_STATE} AS reviewState,
    ${THEME_IDS} AS themeIds, ${PARTIES} AS parties, ${FINANCING} AS financing
  FROM json_each(@ids) j JOIN agreement a ON a.id = j.value ${OWNER_JOIN}
  ORDER BY j.key`;
