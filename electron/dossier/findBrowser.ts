import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A locally installed Chromium-family browser for printing outside the app (the CLI, the tests):
 * REGIODOSSIER_BROWSER or CHROMIUM_PATH, else Chromium, Chrome or Edge where they usually are.
 * Null when there is none; nothing is ever downloaded.
 */
export function findBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  for (const configured of [env.REGIODOSSIER_BROWSER, env.CHROMIUM_PATH]) {
    if (configured?.trim() && existsSync(configured.trim())) return configured.trim();
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    const files = [
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    for (const root of roots) {
      for (const file of files) {
        const full = path.join(root!, file);
        if (existsSync(full)) return full;
      }
    }
    return null;
  }
  if (platform === 'darwin') {
    for (const app of [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]) {
      if (existsSync(app)) return app;
    }
    return null;
  }
  for (const command of [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
  ]) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${command}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { PATH: env.PATH ?? '' },
      }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not installed: try the next
    }
  }
  return null;
}
