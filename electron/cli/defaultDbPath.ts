import path from 'node:path';
import { DB_ENV, DEFAULT_DB_NAME } from '../dbLocation';

/** The app's name as Electron uses it for the userData folder (package.json productName). */
export const APP_FOLDER = 'Regiodossier';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/** Electron's userData folder for this app, without Electron: app.getPath('userData'). */
export function defaultUserDataDir({ platform, env, homedir }: PlatformFacts): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin')
    return path.posix.join(homedir, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config'), APP_FOLDER);
}

/** The database the app opens by default: <userData>/regiodossier.db. */
export function defaultDbPath(facts: PlatformFacts): string {
  const dir = defaultUserDataDir(facts);
  return facts.platform === 'win32'
    ? path.win32.join(dir, DEFAULT_DB_NAME)
    : path.posix.join(dir, DEFAULT_DB_NAME);
}

/** `--db <file>`, else $REGIODOSSIER_DB, else the app's default; relative paths against cwd. */
export function resolveDbFile(
  option: string | undefined,
  facts: PlatformFacts & { cwd: string },
): string {
  const chosen = option || facts.env[DB_ENV]?.trim();
  if (!chosen) return defaultDbPath(facts);
  return chosen === ':memory:' ? chosen : path.resolve(facts.cwd, chosen);
}
