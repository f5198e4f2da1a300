import fs from 'node:fs';
import path from 'node:path';
import { userProfile, type UserProfile } from '../../shared/schemas/system';
import { EMPTY_PROFILE, type ProfileStore } from '../api/userProfile';

/** The profile file's name in the app's own folder (beside recente-dossiers.json). */
export const PROFILE_FILE_NAME = 'gebruiker.json';

/**
 * The user profile as a small JSON file in the app's own folder (app.getPath('userData')), not
 * in any dossier. A missing file is an empty profile; a file that is not a valid profile is
 * logged and read as empty (the app then asks the name again), never half used. Written through
 * a temporary file and a rename, so it is never half written.
 */
export function fileProfile(file: string, logError: (error: unknown) => void): ProfileStore {
  let cached: UserProfile | null = null;
  const read = (): UserProfile => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return EMPTY_PROFILE; // none yet
    }
    try {
      const parsed = userProfile.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      logError(new Error(`Gebruikersprofiel ${file} is ongeldig: ${parsed.error.message}`));
    } catch (error) {
      logError(error);
    }
    return EMPTY_PROFILE;
  };
  return {
    get: () => (cached ??= read()),
    set: (next) => {
      const profile = userProfile.parse(next);
      const tmp = `${file}.tmp`;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, `${JSON.stringify(profile, null, 2)}\n`);
      fs.renameSync(tmp, file);
      cached = profile;
    },
  };
}
