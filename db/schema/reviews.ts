/** Beoordelingspakketten: the tables of migration 0012, once (see register.ts). */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';

export const reviewPackage = sqliteTable('review_package', {
  id: id(),
  regionId: text('region_id').notNull(),
  reviewerId: text('reviewer_id'),
  reviewerName: text('reviewer_name').notNull(),
  senderName: text('sender_name').notNull(),
  senderOrganisation: text('sender_organisation').notNull(),
  message: text('message').notNull(),
  replyBy: text('reply_by'),
  includeConfidential: integer('include_confidential', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  actor: text('actor').notNull(),
});

export const reviewPackageAgreement = sqliteTable(
  'review_package_agreement',
  {
    packageId: text('package_id').notNull(),
    agreementId: text('agreement_id').notNull(),
    position: integer('position').notNull(),
    hash: text('hash').notNull(),
    snapshot: text('snapshot').notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.agreementId] })],
);

export const reviewResponse = sqliteTable('review_response', {
  id: id(),
  packageId: text('package_id').notNull(),
  contentHash: text('content_hash').notNull(),
  savedAt: text('saved_at').notNull(),
  receivedAt: text('received_at').notNull(),
  generalRemark: text('general_remark').notNull(),
  fileName: text('file_name').notNull(),
  actor: text('actor').notNull(),
});

export const reviewResponseVerdict = sqliteTable('review_response_verdict', {
  reviewId: text('review_id').primaryKey(),
  responseId: text('response_id').notNull(),
  packageId: text('package_id').notNull(),
  reviewedHash: text('reviewed_hash').notNull(),
  changed: text('changed').notNull(),
});
