import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { chooseWithArrows, selectField, tabTo } from './pages/ui';
import { parseReviewPackage } from '../../shared/review/formats';
import { startServer } from '../harness/server';
import { memoryProfile } from '../../electron/api/userProfile';
import { e2eRendererDir } from '../harness/requireBuild';

/**
 * Issue 23's done-when, in browser mode with two databases and two browser contexts: the
 * coordinator makes a package from a selection; a reviewer opens it in the app's review mode (a
 * dossier of her own) and, once more, as the standalone page in a plain Chromium page with the
 * network blocked; both save a response; the coordinator reads them in and sees the marks on the
 * agreements and the Overzicht. Axe on every screen.
 */

const emit = (page: Page, event: string) =>
  page.evaluate((name) => (globalThis as unknown as PageWindow).__regioEmit(name), event);

/** The reviewer's own app: another database, another browser context. */
async function reviewerApp(browser: Browser, dir: string) {
  const server = await startServer({
    dbFile: path.join(dir, 'wethouder.db'),
    rendererDir: e2eRendererDir(),
    profile: memoryProfile({ userName: '' }),
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  return { server, page, close: async () => (await context.close(), await server.close()) };
}

test('a package goes out, comes back twice, and its marks show on the agreements and the Overzicht', async ({
  app,
  page,
  browser,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-rondgang-'));
  try {
    app.api('dossier.loadDemo', {});
    await app.goto('/afspraken');
    await page.reload();

    // The coordinator chooses two agreements and makes a package for Hans Smit.
    const rows = page.getByRole('checkbox', { name: /^(?!Alle ).* selecteren$/ });
    await rows.nth(0).check();
    await rows.nth(1).check();
    await page.getByRole('button', { name: 'Beoordelingspakket maken…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Beoordelingspakket maken' });
    await expect(dialog).toContainText('In het pakket (Regio Utrecht-Oost): 2 afspraken');
    const reviewer = selectField(dialog, 'Beoordelaar');
    await tabTo(page, reviewer);
    await page.keyboard.type('Hans');
    await chooseWithArrows(page, /^Hans Smit/);
    await dialog
      .getByRole('textbox', { name: 'Bericht' })
      .fill('Graag vóór het bestuurlijk overleg.');
    await dialog.getByRole('textbox', { name: 'Graag reageren vóór' }).fill('15-12-2026');
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'beoordelingspakket maken');
    await screenshot(page, 'beoordelingspakket-maken');
    await dialog.getByRole('button', { name: 'Pakket opslaan…' }).click();
    await expect(dialog).toContainText('Het pakket is opgeslagen');
    await expectAccessible(page, 'beoordelingspakket opgeslagen');
    await screenshot(page, 'beoordelingspakket-opgeslagen');
    const pkgName = fs
      .readdirSync(app.server.desktop.exportDir)
      .find((f) => f.endsWith('.regiodossier-beoordeling'))!;
    expect(pkgName).toMatch(/^Regio Utrecht-Oost - beoordeling Hans Smit - \d\d-\d\d-\d{4}\./);
    const pkgFile = path.join(app.server.desktop.exportDir, pkgName);
    const htmlFile = pkgFile.replace(/\.regiodossier-beoordeling$/, '.html');
    const parsed = parseReviewPackage(fs.readFileSync(pkgFile, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const [first, second] = parsed.value.agreements;
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();

    // The reviewer, in her own Regiodossier: Openen… takes the package into review mode.
    const reviewer1 = await reviewerApp(browser, dir);
    try {
      const r = reviewer1.page;
      reviewer1.server.desktop.nextOpen = pkgFile;
      await emit(r, 'file-open');
      await expect(r.getByRole('heading', { level: 1 })).toHaveText('Beoordeling voor Hans Smit');
      await r.getByRole('radio', { name: `Akkoord: ${first!.title}` }).check();
      await r.getByRole('radio', { name: `Opmerking: ${second!.title}` }).check();
      await r.locator('[data-remark="2"]').fill('Graag de kosten per gemeente erbij.');
      await expect(r.getByRole('status').first()).toHaveText('2 van 2 beoordeeld');
      await expectAccessible(r, 'beoordelingsmodus van de wethouder');
      await r.getByRole('button', { name: 'Reactie opslaan' }).click();
      await expect(r.getByRole('main')).toContainText('Uw reactie is opgeslagen als');
    } finally {
      await reviewer1.close();
    }
    // The reviewer's save dialog answered in her own exports folder.
    const exports = path.join(dir, 'exports');
    const fromApp = path.join(
      exports,
      fs.readdirSync(exports).find((f) => f.endsWith('.regiodossier-reactie'))!,
    );

    // Without Regiodossier: the standalone page, offline.
    const plain = await browser.newContext({ acceptDownloads: true });
    let fromPage = '';
    try {
      const p = await plain.newPage();
      const url = pathToFileURL(htmlFile).href;
      const asked: string[] = [];
      await p.route('**/*', (route) => {
        asked.push(route.request().url());
        return route.request().url() === url ? route.continue() : route.abort();
      });
      await p.goto(url);
      const article = p.getByRole('article', { name: second!.title, exact: true });
      await article.getByRole('radio', { name: 'Akkoord' }).check();
      await expectAccessible(p, 'losse pagina van de wethouder');
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('button', { name: 'Reactie opslaan' }).click(),
      ]);
      fromPage = path.join(dir, 'van-de-pagina.regiodossier-reactie');
      await download.saveAs(fromPage);
      expect(asked.filter((u) => u !== url)).toEqual([]);
    } finally {
      await plain.close();
    }

    // The coordinator reads both in (Bestand → Reactie inlezen…).
    await app.goto('/overzicht');
    await emit(page, 'review-import');
    await page.locator('[data-response-input]').setInputFiles(fromApp);
    const result = page.getByRole('dialog', { name: 'Reactie ingelezen' });
    await expect(result).toContainText('Reactie van Hans Smit');
    await expect(result).toContainText('2 oordelen toegevoegd');
    await expect(result).toContainText('Graag de kosten per gemeente erbij.');
    await expectAccessible(page, 'reactie ingelezen');
    await screenshot(page, 'reactie-ingelezen');
    await result.getByRole('button', { name: 'Sluiten' }).first().click();

    await page.locator('[data-response-input]').setInputFiles(fromPage);
    await expect(result).toContainText('1 oordeel toegevoegd');
    await result.getByRole('button', { name: 'Sluiten' }).first().click();

    // The same file again adds nothing.
    await page.locator('[data-response-input]').setInputFiles(fromApp);
    await expect(result).toContainText('was al ingelezen; er is niets toegevoegd');
    await result.getByRole('button', { name: 'Sluiten' }).first().click();

    const card = page.getByRole('region', { name: 'Beoordelingspakketten' });
    await expect(card).toContainText('Alle pakketten zijn beantwoord.');
    await expect(card.getByRole('row', { name: /Hans Smit/ })).toContainText('Ontvangen');
    await expectAccessible(page, 'overzicht met beantwoord pakket');

    await app.goto(`/afspraken/${second!.id}`);
    await expect(page.getByText('Opmerking door Hans Smit')).toBeVisible();
    await expect(page.getByText('Akkoord door Hans Smit')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Beoordelingspakketten' })).toContainText(
      'Voorgelegd aan Hans Smit',
    );
    await expectAccessible(page, 'afspraak met beoordelingspakket');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
