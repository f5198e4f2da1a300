import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Chromium for Playwright: a locally installed browser (nothing is downloaded). */

export { CHROMIUM_ARGS } from '../../electron/dossier/chromiumPrinter';

const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FALLBACK = '/usr/bin/chromium';

/** CHROMIUM_PATH, else the first of chromium / chromium-browser / google-chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return configured;
  for (const command of COMMANDS) {
    const found = lookup(command);
    if (found) return found;
  }
  return FALLBACK;
}

function lookup(command: string): string | null {
  try {
    const out = execFileSync('sh', ['-c', `command -v ${command}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}
