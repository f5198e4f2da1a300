import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../harness/launch';

/** End-to-end tests in Chromium through browser mode (docs/architecture.md §1, §8). Electron tests: ./electron. */

const here = path.dirname(fileURLToPath(import.meta.url));
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: here,
  testIgnore: ['electron/**'],
  outputDir: path.resolve(here, '../../test-results'),
  globalSetup: path.resolve(here, '../harness/requireBuild.ts'),
  fullyParallel: false,
  workers: ci ? 1 : 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: 'list',
  // CI machines are shared (issue 19 saw load average 15 on 2 cores): time in proportion there.
  // Tests wait on states, so a generous limit costs nothing when all is well.
  timeout: ci ? 120_000 : 60_000,
  expect: { timeout: ci ? 20_000 : 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'nl-NL',
    // Dialogs appear without fade-in, so axe measures final colours, not a transition frame.
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Amsterdam',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
});
