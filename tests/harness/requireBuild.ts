import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Playwright global setup: the end-to-end tests need the built renderer. */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The renderer the e2e tests serve: REGIODOSSIER_RENDERER_DIR or out/renderer. */
export function e2eRendererDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.REGIODOSSIER_RENDERER_DIR ?? 'out/renderer');
}

export default function requireBuild(): void {
  const index = path.join(e2eRendererDir(), 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `De gebouwde renderer ontbreekt (${path.relative(REPO_ROOT, index)}). Voer eerst "npm run build" uit.`,
    );
  }
}
