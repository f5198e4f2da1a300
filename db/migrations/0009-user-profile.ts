import type { Migration } from './types';

/**
 * "Uw naam" and "Organisatie" leave the dossier (issue 19, major 4): they are the user profile of
 * the computer (electron/files/userProfile.ts), so a copy of the file handed to a colleague no
 * longer writes their changes under the first user's name. The dossier keeps the names where
 * they belong, in its history (audit log, status changes, minutes versions). The old rows are
 * not copied into any profile: the app asks the name on each computer at first use.
 */
export const m0009UserProfile: Migration = {
  version: 9,
  name: 'user-profile',
  up(db) {
    db.exec(`DELETE FROM setting WHERE key IN ('userName', 'organisation')`);
  },
};
