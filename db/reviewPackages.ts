/**
 * The coordinator's side of "beoordelen op de eigen laptop" (issue 23, migration 0012): the
 * packages sent, their agreements with hash and snapshot as sent, the responses read in and the
 * link from each review a response added to it. Writes run inside the caller's transaction
 * (electron/api/reviewPackages.ts makes a package or reads a response in as one).
 */
import { REVIEW_STATE } from './agreementSql';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

export interface PackageRow {
  id: string;
  regionId: string;
  reviewerId: string | null;
  reviewerName: string;
  senderName: string;
  senderOrganisation: string;
  message: string;
  replyBy: string | null;
  includeConfidential: number;
  createdAt: string;
  actor: string;
}

export interface PackageListRow {
  id: string;
  reviewerId: string | null;
  reviewerName: string;
  createdAt: string;
  replyBy: string | null;
  agreements: number;
  responses: number;
  lastResponseAt: string | null;
}

const PACKAGE_COLUMNS = `id, region_id AS regionId, reviewer_id AS reviewerId,
  reviewer_name AS reviewerName, sender_name AS senderName,
  sender_organisation AS senderOrganisation, message, reply_by AS replyBy,
  include_confidential AS includeConfidential, created_at AS createdAt, actor`;
const PACKAGE_KINDS = {
  id: 'text',
  regionId: 'text',
  reviewerId: 'text?',
  reviewerName: 'text',
  senderName: 'text',
  senderOrganisation: 'text',
  message: 'text',
  replyBy: 'text?',
  includeConfidential: 'number',
  createdAt: 'text',
  actor: 'text',
} as const;

const LIST_COLUMNS = `p.id, p.reviewer_id AS reviewerId, p.reviewer_name AS reviewerName,
  p.created_at AS createdAt, p.reply_by AS replyBy,
  (SELECT count(*) FROM review_package_agreement pa WHERE pa.package_id = p.id) AS agreements,
  (SELECT count(*) FROM review_response r WHERE r.package_id = p.id) AS responses,
  (SELECT max(r.received_at) FROM review_response r WHERE r.package_id = p.id) AS lastResponseAt`;
const LIST_KINDS = {
  id: 'text',
  reviewerId: 'text?',
  reviewerName: 'text',
  createdAt: 'text',
  replyBy: 'text?',
  agreements: 'number',
  responses: 'number',
  lastResponseAt: 'text?',
} as const;

export function createReviewPackageRepository(db: Db) {
  const insertPackage = db.prepare(`INSERT INTO review_package (id, region_id, reviewer_id,
    reviewer_name, sender_name, sender_organisation, message, reply_by, include_confidential,
    created_at, actor) VALUES (@id, @regionId, @reviewerId, @reviewerName, @senderName,
    @senderOrganisation, @message, @replyBy, @includeConfidential, @createdAt, @actor)`);
  const insertAgreement = db.prepare(`INSERT INTO review_package_agreement
    (package_id, agreement_id, position, hash, snapshot)
    VALUES (@packageId, @agreementId, @position, @hash, @snapshot)`);
  const getPackage = prepareRows<PackageRow>(
    db,
    `SELECT ${PACKAGE_COLUMNS} FROM review_package WHERE id = ?`,
    PACKAGE_KINDS,
  );
  const agreementsOf = prepareRows<{ agreementId: string; hash: string; snapshot: string }>(
    db,
    `SELECT agreement_id AS agreementId, hash, snapshot FROM review_package_agreement
      WHERE package_id = ? ORDER BY position`,
    { agreementId: 'text', hash: 'text', snapshot: 'text' },
  );
  const ofRegion = prepareRows<PackageListRow>(
    db,
    `SELECT ${LIST_COLUMNS} FROM review_package p WHERE p.region_id = ?
      ORDER BY p.created_at DESC, p.id`,
    LIST_KINDS,
  );
  const ofAgreement = prepareRows<PackageListRow>(
    db,
    `SELECT ${LIST_COLUMNS} FROM review_package_agreement x
      CROSS JOIN review_package p ON p.id = x.package_id
      WHERE x.agreement_id = ? ORDER BY p.created_at DESC, p.id`,
    LIST_KINDS,
  );
  const meetingAgreements = prepareRows<{ id: string }>(
    db,
    `SELECT a.id FROM agenda_item i
      CROSS JOIN agenda_item_agreement l ON l.agenda_item_id = i.id
      CROSS JOIN agreement a ON a.id = l.agreement_id
      WHERE i.meeting_id = ? AND i.deleted_at IS NULL AND a.deleted_at IS NULL
      GROUP BY a.id ORDER BY min(i.position), a.sort_key`,
    { id: 'text' },
  );
  const waiting = prepareRows<{ id: string }>(
    db,
    `SELECT a.id FROM agreement a
      WHERE a.region_id = ? AND a.deleted_at IS NULL AND a.review_requested_on IS NOT NULL
        AND ${REVIEW_STATE} = 'wacht'
      ORDER BY a.sort_key`,
    { id: 'text' },
  );
  const responseByContent = prepareRows<{ id: string }>(
    db,
    'SELECT id FROM review_response WHERE package_id = ? AND content_hash = ?',
    { id: 'text' },
  );
  const insertResponse = db.prepare(`INSERT INTO review_response (id, package_id, content_hash,
    saved_at, received_at, general_remark, file_name, actor) VALUES (@id, @packageId,
    @contentHash, @savedAt, @receivedAt, @generalRemark, @fileName, @actor)`);
  const insertVerdict = db.prepare(`INSERT INTO review_response_verdict
    (review_id, response_id, package_id, reviewed_hash, changed)
    VALUES (@reviewId, @responseId, @packageId, @reviewedHash, @changed)`);
  const verdictsRead = prepareRows<{
    agreementId: string;
    verdict: string;
    remark: string;
    onDate: string;
    reviewedHash: string;
  }>(
    db,
    `SELECT rv.agreement_id AS agreementId, rv.verdict, rv.remark, rv.on_date AS onDate,
        v.reviewed_hash AS reviewedHash
      FROM review_response_verdict v CROSS JOIN agreement_review rv ON rv.id = v.review_id
      WHERE v.package_id = ?`,
    { agreementId: 'text', verdict: 'text', remark: 'text', onDate: 'text', reviewedHash: 'text' },
  );
  const reviewsFromPackages = prepareRows<{
    reviewId: string;
    packageId: string;
    packageCreatedAt: string;
    changed: string;
  }>(
    db,
    `SELECT v.review_id AS reviewId, v.package_id AS packageId, p.created_at AS packageCreatedAt,
        v.changed
      FROM agreement_review rv CROSS JOIN review_response_verdict v ON v.review_id = rv.id
      CROSS JOIN review_package p ON p.id = v.package_id
      WHERE rv.agreement_id = ?`,
    { reviewId: 'text', packageId: 'text', packageCreatedAt: 'text', changed: 'text' },
  );

  return {
    insertPackage: (p: PackageRow) => void insertPackage.run(p),
    insertAgreement: (a: {
      packageId: string;
      agreementId: string;
      position: number;
      hash: string;
      snapshot: string;
    }) => void insertAgreement.run(a),
    find: (id: string): PackageRow | null => getPackage.get(id) ?? null,
    agreementsOf: (packageId: string) => agreementsOf.all(packageId),
    ofRegion: (regionId: string) => ofRegion.all(regionId),
    ofAgreement: (agreementId: string) => ofAgreement.all(agreementId),
    /** The live agreements on a meeting's live agenda, in agenda order, each once. */
    meetingAgreements: (meetingId: string) => meetingAgreements.all(meetingId).map((r) => r.id),
    /** The region's live agreements that wait for a reaction (db/agreementSql.ts REVIEW_STATE). */
    waiting: (regionId: string) => waiting.all(regionId).map((r) => r.id),
    responseByContent: (packageId: string, contentHash: string) =>
      responseByContent.get(packageId, contentHash)?.id ?? null,
    insertResponse: (r: {
      id: string;
      packageId: string;
      contentHash: string;
      savedAt: string;
      receivedAt: string;
      generalRemark: string;
      fileName: string;
      actor: string;
    }) => void insertResponse.run(r),
    insertVerdict: (v: {
      reviewId: string;
      responseId: string;
      packageId: string;
      reviewedHash: string;
      changed: string;
    }) => void insertVerdict.run(v),
    /** The verdicts earlier responses of this package added (to add each only once). */
    verdictsRead: (packageId: string) => verdictsRead.all(packageId),
    /** Per review of the agreement that came from a package: the package and what had changed. */
    reviewsFromPackages: (agreementId: string) => reviewsFromPackages.all(agreementId),
  };
}
export type ReviewPackageRepository = ReturnType<typeof createReviewPackageRepository>;

/**
 * The packages sent to a person, for the access request (db/personalData.ts): the region, when,
 * by whom, the message, the agreements' titles as sent and how many responses were read in.
 */
export function packagesSentTo(db: Db, contactId: string) {
  return prepareRows<{
    region: string;
    created_at: string;
    reply_by: string | null;
    sender_name: string;
    message: string;
    agreements: string;
    responses: number;
  }>(
    db,
    `SELECT r.name AS region, p.created_at, p.reply_by, p.sender_name, p.message,
        (SELECT json_group_array(json_extract(x.snapshot, '$.title')) FROM
          (SELECT snapshot FROM review_package_agreement WHERE package_id = p.id ORDER BY position) x)
          AS agreements,
        (SELECT count(*) FROM review_response rr WHERE rr.package_id = p.id) AS responses
      FROM review_package p JOIN region r ON r.id = p.region_id
      WHERE p.reviewer_id = ? ORDER BY p.created_at, p.id`,
    {
      region: 'text',
      created_at: 'text',
      reply_by: 'text?',
      sender_name: 'text',
      message: 'text',
      agreements: 'text',
      responses: 'number',
    },
  )
    .all(contactId)
    .map((r) => ({ ...r, agreements: JSON.parse(r.agreements) as string[] }));
}
