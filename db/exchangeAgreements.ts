/**
 * The afsprakenregister's side of the exchange format (docs/exchange-format.md): agreements with
 * their nested sets, status changes, progress updates and reviews — dumped and inserted as is.
 */
import type { ExchangeDocument } from '../shared/exchange/schema';
import { eq, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AgreementPartyRole, FinancingStream } from '../shared/domain';
import { columnsBut } from './ownColumns';
import { dumpRows } from './exchangeRows';
import { param, params } from './placeholders';
import { prepareRows, type ColumnsOf, type RowOf } from './preparedSql';
import {
  agreement as agreementTable,
  agreementDecisionLink,
  agreementFinancing,
  agreementParty,
  agreementReview,
  agreementStatusChange,
  agreementTheme,
  progressUpdate,
} from './schema';
import type { Db } from './sqlite';
import { derivedColumns } from './agreementRow';

type Row = Record<string, unknown>;
export type AgreementCollection =
  'agreements' | 'agreementStatusChanges' | 'progressUpdates' | 'agreementReviews';

const TABLES = {
  agreements: agreementTable,
  agreementStatusChanges: agreementStatusChange,
  progressUpdates: progressUpdate,
  agreementReviews: agreementReview,
} satisfies Record<AgreementCollection, SQLiteTable>;
export const isAgreementCollection = (c: string): c is AgreementCollection =>
  Object.hasOwn(TABLES, c);

/**
 * The exported fields: an agreement's follow from db/schema (a new column is exported without
 * another edit here); the others name theirs as the format does (from, to, on).
 */
const FIELDS = {
  agreements: columnsBut(agreementTable, ['searchText', 'sortKey', 'descriptionText']),
  agreementStatusChanges: {
    id: agreementStatusChange.id,
    agreementId: agreementStatusChange.agreementId,
    from: agreementStatusChange.fromStatus,
    to: agreementStatusChange.toStatus,
    on: agreementStatusChange.onDate,
    at: agreementStatusChange.at,
    actor: agreementStatusChange.actor,
    note: agreementStatusChange.note,
    reason: agreementStatusChange.reason,
  },
  progressUpdates: {
    id: progressUpdate.id,
    createdAt: progressUpdate.createdAt,
    updatedAt: progressUpdate.updatedAt,
    deletedAt: progressUpdate.deletedAt,
    trashGroup: progressUpdate.trashGroup,
    agreementId: progressUpdate.agreementId,
    on: progressUpdate.onDate,
    text: progressUpdate.text,
    statusChangeId: progressUpdate.statusChangeId,
    actor: progressUpdate.actor,
  },
  agreementReviews: {
    id: agreementReview.id,
    agreementId: agreementReview.agreementId,
    reviewerName: agreementReview.reviewerName,
    on: agreementReview.onDate,
    verdict: agreementReview.verdict,
    remark: agreementReview.remark,
    createdAt: agreementReview.createdAt,
  },
} satisfies Record<AgreementCollection, object>;

/** Stable order: records by creation; status changes in the order they were recorded. */
const ORDER: Record<AgreementCollection, SQL> = {
  agreements: sql`${agreementTable.createdAt}, ${agreementTable.id}`,
  agreementStatusChanges: sql`${agreementStatusChange.at}, rowid`,
  progressUpdates: sql`${progressUpdate.createdAt}, ${progressUpdate.id}`,
  agreementReviews: sql`${agreementReview.createdAt}, ${agreementReview.id}`,
};

const REGION_AGREEMENTS = 'SELECT id FROM agreement WHERE region_id = @r';
const SCOPE: Record<AgreementCollection, string> = {
  agreements: 'region_id = @r',
  agreementStatusChanges: `agreement_id IN (${REGION_AGREEMENTS})`,
  progressUpdates: `agreement_id IN (${REGION_AGREEMENTS})`,
  agreementReviews: `agreement_id IN (${REGION_AGREEMENTS})`,
};
/** People and parties the region's agreements refer to (owners, parties involved). */
export const REGION_AGREEMENT_OWNERS = 'SELECT owner_id FROM agreement WHERE region_id = @r';
export const REGION_AGREEMENT_PARTIES = `SELECT party_id FROM agreement_party
  WHERE agreement_id IN (${REGION_AGREEMENTS})`;

/** Decisions of the region's meetings (db/exchangeMeetings.ts puts those in a one-region file). */
const REGION_DECISIONS = `SELECT d.id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id
  JOIN meeting m ON m.id = i.meeting_id WHERE m.region_id = @r`;

/** One collection's rows as stored, everything or one region's, in the export's order. */
const storedRows = <C extends AgreementCollection>(db: Db, c: C, regionId: string | null) =>
  dumpRows(db, { table: TABLES[c], fields: FIELDS[c], scope: SCOPE[c], order: ORDER[c] }, regionId);

/** One collection of the afsprakenregister's side as exchange records, everything or one region's. */
export function dumpAgreementCollection(
  db: Db,
  collection: AgreementCollection,
  regionId: string | null,
): Row[] {
  return collection === 'agreements'
    ? nestAgreements(db, storedRows(db, collection, regionId), regionId)
    : storedRows(db, collection, regionId);
}

/** Rows of a nested set, by agreement, without the agreement id. */
function groupBy<Row extends { agreementId: string }>(
  db: Db,
  text: string,
  columns: ColumnsOf<Row>,
  regionId: string | null,
  regionOnly = '',
): Map<string, Omit<Row, 'agreementId'>[]> {
  const where = regionId ? `WHERE agreement_id IN (${REGION_AGREEMENTS}) ${regionOnly}` : '';
  const out = new Map<string, Omit<Row, 'agreementId'>[]>();
  const rows = prepareRows<Row>(db, text.replace('$WHERE', where), columns);
  for (const { agreementId, ...row } of rows.all(regionId ? { r: regionId } : {})) {
    let list = out.get(agreementId);
    if (!list) out.set(agreementId, (list = []));
    list.push(row);
  }
  return out;
}

/** Turns flat agreement rows into exchange records with their nested sets. */
function nestAgreements(
  db: Db,
  rows: RowOf<(typeof FIELDS)['agreements']>[],
  regionId: string | null,
) {
  const themes = groupBy<{ agreementId: string; id: string }>(
    db,
    'SELECT agreement_id AS agreementId, theme_id AS id FROM agreement_theme $WHERE ORDER BY agreement_id, theme_id',
    { agreementId: 'text', id: 'text' },
    regionId,
  );
  const parties = groupBy<{ agreementId: string; partyId: string; role: AgreementPartyRole }>(
    db,
    `SELECT agreement_id AS agreementId, party_id AS partyId, role FROM agreement_party $WHERE
     ORDER BY agreement_id, party_id`,
    { agreementId: 'text', partyId: 'text', role: 'text' },
    regionId,
  );
  const financing = groupBy<{ agreementId: string; stream: FinancingStream }>(
    db,
    `SELECT agreement_id AS agreementId, stream FROM agreement_financing $WHERE
     ORDER BY agreement_id, CASE stream WHEN 'wmo' THEN 0 WHEN 'zvw' THEN 1 ELSE 2 END`,
    { agreementId: 'text', stream: 'text' },
    regionId,
  );
  const links = groupBy<{ agreementId: string; decisionId: string; kind: 'created' | 'changed' }>(
    db,
    `SELECT agreement_id AS agreementId, decision_id AS decisionId, kind
     FROM agreement_decision_link $WHERE ORDER BY agreement_id, decision_id`,
    { agreementId: 'text', decisionId: 'text', kind: 'text' },
    regionId,
    // A one-region file holds only its own meetings' decisions: links to others stay out.
    `AND decision_id IN (${REGION_DECISIONS})`,
  );
  return rows.map(({ dekkingGranted, dekkingBy, dekkingOn, ...rest }) => ({
    ...rest,
    dekking: { granted: dekkingGranted, by: dekkingBy, on: dekkingOn },
    themeIds: (themes.get(rest.id) ?? []).map((t) => t.id),
    parties: parties.get(rest.id) ?? [],
    financing: (financing.get(rest.id) ?? []).map((f) => f.stream),
    decisionLinks: links.get(rest.id) ?? [],
  }));
}

/**
 * Inserts agreements (with their sets but not their decision links: insertDecisionLinks, once the
 * decisions are in), then status changes, progress and reviews. `plainText` derives the
 * description's plain text from its (already sanitised) HTML, as the handlers do.
 */
export function insertAgreementCollections(
  db: Db,
  data: Pick<ExchangeDocument, AgreementCollection>,
  plainText: (html: string) => string,
): Record<AgreementCollection, number> {
  const orm = drizzle(db);
  const theme = orm
    .insert(agreementTheme)
    .values(params(agreementTheme, 'agreementId', 'themeId'))
    .prepare();
  const party = orm
    .insert(agreementParty)
    .values(params(agreementParty, 'agreementId', 'partyId', 'role'))
    .prepare();
  const financing = orm
    .insert(agreementFinancing)
    .values(params(agreementFinancing, 'agreementId', 'stream'))
    .prepare();
  for (const a of data.agreements) {
    const { themeIds, parties, financing: streams, decisionLinks: _links, dekking, ...flat } = a;
    const descriptionText = plainText(a.descriptionHtml);
    orm
      .insert(agreementTable)
      .values({
        ...flat,
        trashGroup: a.deletedAt ? (a.trashGroup ?? a.id) : null,
        descriptionText,
        dekkingGranted: dekking.granted,
        dekkingBy: dekking.by,
        dekkingOn: dekking.on,
        ...derivedColumns({ ...a, descriptionText }),
      })
      .run();
    for (const themeId of themeIds) theme.run({ agreementId: a.id, themeId });
    for (const p of parties) party.run({ agreementId: a.id, ...p });
    for (const stream of streams) financing.run({ agreementId: a.id, stream });
  }
  // Exchange fields by name (from, to, on) into their columns.
  const change = orm
    .insert(agreementStatusChange)
    .values({
      ...params(agreementStatusChange, 'id', 'agreementId', 'at', 'actor', 'note', 'reason'),
      fromStatus: param('from'),
      toStatus: param('to'),
      onDate: param('on'),
    })
    .prepare();
  for (const c of data.agreementStatusChanges) change.run(c);
  const progress = orm
    .insert(progressUpdate)
    .values({
      ...params(progressUpdate, 'id', 'createdAt', 'updatedAt', 'deletedAt', 'trashGroup'),
      ...params(progressUpdate, 'agreementId', 'text', 'statusChangeId', 'actor'),
      onDate: param('on'),
    })
    .prepare();
  for (const p of data.progressUpdates) {
    progress.run({ ...p, trashGroup: p.deletedAt ? (p.trashGroup ?? p.id) : null });
  }
  const review = orm
    .insert(agreementReview)
    .values({
      ...params(agreementReview, 'id', 'agreementId', 'reviewerName', 'verdict', 'remark'),
      createdAt: param('createdAt'),
      onDate: param('on'),
    })
    .prepare();
  for (const r of data.agreementReviews) review.run(r);
  return {
    agreements: data.agreements.length,
    agreementStatusChanges: data.agreementStatusChanges.length,
    progressUpdates: data.progressUpdates.length,
    agreementReviews: data.agreementReviews.length,
  };
}

/**
 * The agreements' links to decisions: after the decisions themselves, which they reference
 * (agreement_decision_link.decision_id has a foreign key to decision from migration 0007).
 */
export function insertDecisionLinks(db: Db, agreements: ExchangeDocument['agreements']) {
  const link = drizzle(db)
    .insert(agreementDecisionLink)
    .values(params(agreementDecisionLink, 'agreementId', 'decisionId', 'kind'))
    .prepare();
  for (const a of agreements) {
    for (const d of a.decisionLinks) link.run({ agreementId: a.id, ...d });
  }
}

/** Rows of an agreement's history that are not entities: status changes and reviews. */
export type ActivityTable = 'agreement_status_change' | 'agreement_review';

/** Whether a status change or review with this id is already stored (for import checks). */
export function createActivityLookup(db: Db) {
  const orm = drizzle(db);
  const statements = {
    agreement_status_change: orm
      .select({ id: agreementStatusChange.id })
      .from(agreementStatusChange)
      .where(eq(agreementStatusChange.id, param('id')))
      .prepare(),
    agreement_review: orm
      .select({ id: agreementReview.id })
      .from(agreementReview)
      .where(eq(agreementReview.id, param('id')))
      .prepare(),
  };
  return (table: ActivityTable, id: string): boolean => statements[table].get({ id }) !== undefined;
}
