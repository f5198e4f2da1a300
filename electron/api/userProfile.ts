import type { UserProfile } from '../../shared/schemas/system';

/**
 * The user profile: who works on this computer (docs/architecture.md §3). The transport supplies
 * it (the app: a JSON file in its own folder, electron/files/userProfile.ts; the CLI: --user or
 * REGIODOSSIER_USER, else the OS user name; tests and browser mode: memoryProfile), so a dossier
 * file carries no name of its own: its history keeps the names of who changed what.
 */
export interface ProfileStore {
  get(): UserProfile;
  /** Replaces the profile; throws when it cannot be stored (nothing is then changed). */
  set(profile: UserProfile): void;
}

export const EMPTY_PROFILE: UserProfile = { userName: '', organisation: '' };

/** A profile kept in memory only (tests, browser mode, the import's worker thread). */
export function memoryProfile(initial: Partial<UserProfile> = {}): ProfileStore {
  let profile: UserProfile = { ...EMPTY_PROFILE, ...initial };
  return {
    get: () => profile,
    set: (next) => {
      profile = { ...next };
    },
  };
}
