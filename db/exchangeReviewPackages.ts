/**
 * The beoordelingspakketten's side of the exchange format (docs/exchange-format.md): packages
 * with their agreements nested (hash and snapshot as sent), responses with the reviews they added
 * nested, dumped and inserted as they are. The reviews are agreement_review rows
 * (db/exchangeAgreements.ts), inserted before these.
 */
import { sql } from 'drizzle-orm';
import type { ExchangeDocument } from '../shared/exchange/schema';
import { columnsBut } from './ownColumns';
import { dumpRows, grouped, whereScope } from './exchangeRows';
import { prepareSelect } from './preparedSql';
import { whereId } from './rowById';
import {
  reviewPackage,
  reviewPackageAgreement,
  reviewResponse,
  reviewResponseVerdict,
} from './schema';
import type { Db } from './sqlite';

export type ReviewPackageCollection = 'reviewPackages' | 'reviewResponses';
const COLLECTIONS = new Set<string>(['reviewPackages', 'reviewResponses']);
export const isReviewPackageCollection = (c: string): c is ReviewPackageCollection =>
  COLLECTIONS.has(c);

const REGION_PACKAGES = 'SELECT id FROM review_package WHERE region_id = @r';
/** The people a region's packages were sent to (the file stays self-contained). */
export const REGION_REVIEWERS = `SELECT reviewer_id FROM review_package
  WHERE region_id = @r AND reviewer_id IS NOT NULL`;
const IN_REGION_PACKAGES = `package_id IN (${REGION_PACKAGES})`;

type Row = Record<string, unknown>;

function dumpPackages(db: Db, regionId: string | null): Row[] {
  const a = reviewPackageAgreement;
  const agreements = grouped(
    db,
    { parentId: a.packageId, agreementId: a.agreementId, hash: a.hash, snapshot: a.snapshot },
    sql`FROM ${a} ${whereScope(IN_REGION_PACKAGES, regionId)} ORDER BY ${a.packageId}, ${a.position}`,
    regionId,
  );
  const rows = dumpRows(
    db,
    {
      table: reviewPackage,
      fields: columnsBut(reviewPackage, []),
      scope: 'region_id = @r',
      order: sql`${reviewPackage.createdAt}, ${reviewPackage.id}`,
    },
    regionId,
  );
  return rows.map((r) => ({
    ...r,
    agreements: (agreements.get(r.id) ?? []).map((x) => ({
      ...x,
      snapshot: JSON.parse(x.snapshot) as unknown,
    })),
  }));
}

function dumpResponses(db: Db, regionId: string | null): Row[] {
  const v = reviewResponseVerdict;
  const verdicts = grouped(
    db,
    {
      parentId: v.responseId,
      reviewId: v.reviewId,
      reviewedHash: v.reviewedHash,
      changed: v.changed,
    },
    sql`FROM ${v} ${whereScope(IN_REGION_PACKAGES, regionId)} ORDER BY ${v.responseId}, ${v.reviewId}`,
    regionId,
  );
  const rows = dumpRows(
    db,
    {
      table: reviewResponse,
      fields: columnsBut(reviewResponse, []),
      scope: IN_REGION_PACKAGES,
      order: sql`${reviewResponse.receivedAt}, ${reviewResponse.id}`,
    },
    regionId,
  );
  return rows.map((r) => ({
    ...r,
    verdicts: (verdicts.get(r.id) ?? []).map((x) => ({
      ...x,
      changed: JSON.parse(x.changed) as unknown,
    })),
  }));
}

export function dumpReviewPackageCollection(
  db: Db,
  collection: ReviewPackageCollection,
  regionId: string | null,
): Row[] {
  return collection === 'reviewPackages' ? dumpPackages(db, regionId) : dumpResponses(db, regionId);
}

/**
 * Inserts packages (with their agreements) and responses (with the links to their reviews);
 * regions, people, agreements and their reviews must be in already.
 */
export function insertReviewPackageCollections(
  db: Db,
  data: Pick<ExchangeDocument, ReviewPackageCollection>,
): Record<ReviewPackageCollection, number> {
  const insertPackage = db.prepare(`INSERT INTO review_package (id, region_id, reviewer_id,
    reviewer_name, sender_name, sender_organisation, message, reply_by, include_confidential,
    created_at, actor) VALUES (@id, @regionId, @reviewerId, @reviewerName, @senderName,
    @senderOrganisation, @message, @replyBy, @includeConfidential, @createdAt, @actor)`);
  const insertAgreement = db.prepare(`INSERT INTO review_package_agreement
    (package_id, agreement_id, position, hash, snapshot) VALUES (?, ?, ?, ?, ?)`);
  const insertResponse = db.prepare(`INSERT INTO review_response (id, package_id, content_hash,
    saved_at, received_at, general_remark, file_name, actor) VALUES (@id, @packageId,
    @contentHash, @savedAt, @receivedAt, @generalRemark, @fileName, @actor)`);
  const insertVerdict = db.prepare(`INSERT INTO review_response_verdict
    (review_id, response_id, package_id, reviewed_hash, changed) VALUES (?, ?, ?, ?, ?)`);
  for (const { agreements, ...p } of data.reviewPackages) {
    insertPackage.run({ ...p, includeConfidential: p.includeConfidential ? 1 : 0 });
    agreements.forEach((a, position) =>
      insertAgreement.run(p.id, a.agreementId, position, a.hash, JSON.stringify(a.snapshot)),
    );
  }
  for (const { verdicts, ...r } of data.reviewResponses) {
    insertResponse.run(r);
    for (const v of verdicts)
      insertVerdict.run(v.reviewId, r.id, r.packageId, v.reviewedHash, JSON.stringify(v.changed));
  }
  return {
    reviewPackages: data.reviewPackages.length,
    reviewResponses: data.reviewResponses.length,
  };
}

/** Whether a package or response with this id is already stored (for import checks). */
export function createReviewPackageLookup(db: Db) {
  const exists = (t: typeof reviewPackage | typeof reviewResponse) =>
    prepareSelect(db, { id: t.id }, sql`FROM ${t} WHERE ${whereId(t)}`);
  const statements = {
    review_package: exists(reviewPackage),
    review_response: exists(reviewResponse),
  };
  return (table: keyof typeof statements, id: string): boolean =>
    statements[table].get({ id }) !== undefined;
}
