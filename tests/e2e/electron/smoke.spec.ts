import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectron, projectRoot } from './electronBinary';

const lookup = findElectron();
const mainJs = path.join(projectRoot, 'out', 'main', 'main.js');

type Bridge = {
  invoke(method: string, input?: unknown): Promise<{ ok: boolean; value?: unknown }>;
};

/** better-sqlite3 for this Electron (scripts/ensureElectronNative.mjs); builds it when missing. */
function ensureNative(version: string) {
  const binding = path.join(projectRoot, '.native', `electron-${version}`, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return;
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts', 'ensureElectronNative.mjs')],
    {
      cwd: projectRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error('scripts/ensureElectronNative.mjs mislukte; zie de uitvoer hierboven.');
}

test.describe('Electron-app', () => {
  let app: ElectronApplication | undefined;
  let tmp: string;

  test.beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regio-electron-e2e-'));
  });
  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('start met een nieuwe database in het eerste-startscherm', async () => {
    if (!lookup.ok) {
      const reason = `Electron-e2e overgeslagen: geen Electron-binary op deze machine (${lookup.reason}).`;
      console.log(reason);
      test.skip(true, reason);
      return;
    }
    expect(
      fs.existsSync(mainJs),
      'out/main/main.js ontbreekt: voer eerst `npm run build` uit',
    ).toBe(true);
    ensureNative(lookup.version);

    const db = path.join(tmp, 'e2e.db');
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: lookup.executable,
      args: [...(asRoot ? ['--no-sandbox'] : []), projectRoot, '--db', db],
      cwd: projectRoot,
      env: {
        ...process.env,
        REGIODOSSIER_USER_DATA: path.join(tmp, 'userData'),
        ELECTRON_RENDERER_URL: '',
      },
    });
    const page = await app.firstWindow();

    const windowTitle = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(windowTitle).toContain('Regiodossier');
    await expect(page).toHaveTitle(/Regiodossier/);
    expect(page.url()).toMatch(/^app:\/\/regiodossier\//);
    await expect(page.getByText('Nieuwe regio').first()).toBeVisible();

    // The page sees exactly window.regio = { invoke, on } and no Node.
    const exposed = await page.evaluate(() => ({
      regio: Object.keys((globalThis as unknown as { regio: object }).regio).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({
      regio: ['invoke', 'on'],
      require: 'undefined',
      process: 'undefined',
    });

    const info = await page.evaluate(() =>
      (globalThis as unknown as { regio: Bridge }).regio.invoke('app.info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { databasePath: db, empty: true } });
    expect(fs.existsSync(db)).toBe(true);
  });
});
