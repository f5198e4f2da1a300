import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Electron end-to-end smoke test (docs/architecture.md §8). Launches the built app (out/main/main.js);
 * skips with a printed reason on machines without an Electron binary.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  outputDir: path.resolve(here, '../../../test-results/electron'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
});
