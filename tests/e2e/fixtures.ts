import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Input, Method, Output } from '../../shared/api/contract';
import { BROWSER_MODE_USER, startServer, type HarnessServer } from '../harness/server';
import { memoryProfile } from '../../electron/api/userProfile';
import type { UserProfile } from '../../shared/schemas/system';
import { e2eRendererDir } from '../harness/requireBuild';

/**
 * Shared fixtures of the browser-mode end-to-end tests.
 *   test('…', async ({ app, page }) => { app.api('regions.create', {...}); await page.reload(); })
 */

export interface AppFixture {
  server: HarnessServer;
  url: string;
  /** Calls the handler table directly (seeding); throws on an error envelope. */
  api<M extends Method>(method: M, input: Input<M>): Output<M>;
  /** Opens a hash route, e.g. `app.goto('/partijen')`. */
  goto(route?: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture; userProfile: Partial<UserProfile> }>({
  /**
   * The user profile "of this computer" (browser mode keeps it in memory). A spec that needs a
   * computer used for the first time says `test.use({ userProfile: {} })`.
   */
  userProfile: [{ userName: BROWSER_MODE_USER }, { option: true }],
  // Automatic: every test gets its own server and database, with `page` already on the app.
  app: [
    async ({ page, userProfile }, use) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'regiodossier-e2e-'));
      const server = await startServer({
        dbFile: path.join(dir, 'regiodossier.db'),
        rendererDir: e2eRendererDir(),
        profile: memoryProfile(userProfile),
      });
      const goto = async (route = '/') => {
        const hash = route.startsWith('/') ? route : `/${route}`;
        await page.goto(`${server.url.slice(0, -'#/'.length)}#${hash}`);
      };
      const api = <M extends Method>(method: M, input: Input<M>): Output<M> => {
        const result = server.api.invoke(method, input);
        if (!result.ok) throw new Error(`${method} mislukt: ${result.error.message}`);
        return result.value as Output<M>;
      };
      try {
        await page.goto(server.url);
        await use({ server, url: server.url, api, goto });
      } finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    { auto: true },
  ],
});

export { expect };

/** What the shim adds to the page, for typing code inside `page.evaluate` (no DOM lib here). */
export interface PageWindow {
  regio: {
    invoke(method: string, input?: unknown): Promise<unknown>;
    on(event: string, callback: (payload: unknown) => void): () => void;
  };
  /** Fires `regio.on` callbacks, as the main process would; answers how many listeners ran. */
  __regioEmit(event: string, payload?: unknown): number;
  location: { search: string; hash: string };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core (WCAG 2.1 A/AA) on the current page: zero violations, listed readably otherwise. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  [${v.impact ?? 'onbekend'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
  expect(
    violations.length,
    `Toegankelijkheid "${name}": ${violations.length} overtreding(en)\n${report}`,
  ).toBe(0);
}

const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Saves tests/e2e/screenshots/<name>.png (gitignored) for engineers to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'scherm';
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Keeps a copy of an exported file beside the screenshots, to look at after the run. */
export async function keepFile(file: string, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const kept = path.join(SCREENSHOT_DIR, name);
  await copyFile(file, kept);
  return kept;
}
