import type { Migration } from './types';

/**
 * Beoordelen op de eigen laptop (issue 23; docs/review-package.md): the packages a coordinator
 * sent, each agreement in them with the hash and the snapshot as sent (to say later what changed),
 * the responses read in (one per file content: the same file twice adds nothing), and which
 * agreement reviews came from which response and whether they were on an earlier version. The
 * reviews themselves stay rows of agreement_review, as every other review.
 */
export const m0012ReviewPackages: Migration = {
  version: 12,
  name: 'review-packages',
  up(db) {
    db.exec(`
      CREATE TABLE review_package (
        id TEXT PRIMARY KEY,
        region_id TEXT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
        reviewer_id TEXT REFERENCES contact (id) ON DELETE SET NULL,
        reviewer_name TEXT NOT NULL,
        sender_name TEXT NOT NULL,
        sender_organisation TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        reply_by TEXT,
        include_confidential INTEGER NOT NULL CHECK (include_confidential IN (0, 1)),
        created_at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_package_region ON review_package (region_id, created_at);
      CREATE INDEX review_package_reviewer ON review_package (reviewer_id);

      CREATE TABLE review_package_agreement (
        package_id TEXT NOT NULL REFERENCES review_package (id) ON DELETE CASCADE,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        hash TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        PRIMARY KEY (package_id, agreement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX review_package_agreement_agreement ON review_package_agreement (agreement_id);

      CREATE TABLE review_response (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL REFERENCES review_package (id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        general_remark TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        actor TEXT NOT NULL,
        UNIQUE (package_id, content_hash)
      ) STRICT;

      CREATE TABLE review_response_verdict (
        review_id TEXT PRIMARY KEY REFERENCES agreement_review (id) ON DELETE CASCADE,
        response_id TEXT NOT NULL REFERENCES review_response (id) ON DELETE CASCADE,
        package_id TEXT NOT NULL REFERENCES review_package (id) ON DELETE CASCADE,
        reviewed_hash TEXT NOT NULL,
        changed TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX review_response_verdict_response ON review_response_verdict (response_id);
      CREATE INDEX review_response_verdict_package ON review_response_verdict (package_id);
    `);
  },
};
