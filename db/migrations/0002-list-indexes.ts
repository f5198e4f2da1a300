import type { Migration } from './types';

/**
 * Indexes for the lists at scale (5,000 parties, 20,000 people): counting a party's live people
 * from the index alone, and the people list in name order.
 */
export const m0002ListIndexes: Migration = {
  version: 2,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX contact_party_live ON contact (party_id) WHERE deleted_at IS NULL;
      CREATE INDEX membership_region_live ON region_membership (region_id, role)
        WHERE deleted_at IS NULL;
    `);
  },
};
