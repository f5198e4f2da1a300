import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type Download, type Page } from '@playwright/test';
import { expect, expectAccessible, screenshot } from './fixtures';
import { tabTo } from './pages/ui';
import { todayIso } from '../../shared/dates';
import {
  parseReviewResponse,
  responseFileName,
  type AgreementSnapshot,
  type ReviewPackage,
  type ReviewResponse,
} from '../../shared/review/formats';
import { reviewPageHtml, reviewPageStorageKey } from '../../electron/review/reviewPage';
import { HOSTILE_REVIEW_TEXT, hostileReviewPackageFixture } from '../fixtures/reviewPackage';

/**
 * The standalone review page (issue 23, "without Regiodossier"): the package as one .html file,
 * opened from disk in a plain Chromium page whose every network request is refused. No app,
 * no server: Playwright's own `test`, not the app fixture.
 */

interface Watched {
  url: string;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'regiodossier-beoordeling-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the page to disk and opens it with the network blocked, watching what it attempts. */
async function openReviewPage(page: Page, pkg: ReviewPackage): Promise<Watched> {
  const file = path.join(dir, 'Beoordeling Anna de Vries.html');
  await writeFile(file, reviewPageHtml(pkg));
  const watched: Watched = { url: pathToFileURL(file).href, requests: [], dialogs: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  // A CSP violation is reported as a console error too; this says which directive.
  await page.addInitScript({
    content:
      "document.addEventListener('securitypolicyviolation', function (e) {" +
      " console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });",
  });
  // Every request is refused but the page's own file (the route sees file:// as well).
  await page.route('**/*', (route) =>
    route.request().url() === watched.url ? route.continue() : route.abort(),
  );
  await page.goto(watched.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Beoordeling voor Anna de Vries',
  );
  return watched;
}

/** Nothing but the file was asked for, nothing ran that should not, nothing complained. */
async function expectQuiet(page: Page, watched: Watched): Promise<void> {
  expect(watched.requests.filter((url) => url !== watched.url)).toEqual([]);
  expect(watched.dialogs).toEqual([]);
  expect(watched.errors).toEqual([]);
  expect(
    await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
}

const article = (page: Page, a: AgreementSnapshot) =>
  page.getByRole('article', { name: a.title, exact: true });
const progress = (page: Page) => page.getByRole('status').filter({ hasText: / beoordeeld$/ });

async function savedResponse(download: Download): Promise<ReviewResponse> {
  const parsed = parseReviewResponse(await readFile(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

test('a reviewer reads the page offline, judges by keyboard, reloads and saves a valid response', async ({
  page,
}) => {
  const pkg = hostileReviewPackageFixture(3);
  const [first, second, third] = pkg.agreements as [AgreementSnapshot, ...AgreementSnapshot[]];
  const watched = await openReviewPage(page, pkg);

  // The header, as the app's review mode has it.
  await expect(page).toHaveTitle('Beoordeling voor Anna de Vries – Regio Utrecht-Oost');
  await expect(page.getByText('Regio Utrecht-Oost', { exact: true })).toBeVisible();
  await expect(page.getByText('Van Piet Bakker (Gemeente Zeist), 20 november 2026')).toBeVisible();
  await expect(page.getByText('Graag reageren vóór 1 december 2026')).toBeVisible();
  await expect(progress(page)).toHaveText('0 van 3 beoordeeld');
  await expect(progress(page)).toHaveAttribute('aria-live', 'polite');
  const one = article(page, first);
  await expect(one.getByText('Gemeente Zeist — trekker')).toBeVisible();
  await expect(one.getByText('Hans Smit, beleidsadviseur Wmo')).toBeVisible();
  await expect(one.getByText('Wmo, Zvw')).toBeVisible();
  await expect(one.getByText('Bestuurlijk regio-overleg, 1 oktober 2026').first()).toBeVisible();
  await expect(one.getByText('15 december 2026')).toBeVisible();

  // Hostile text is the characters it is; nothing of it became an element or ran.
  await expect(page.getByRole('heading', { level: 2, name: first.title, exact: true })).toHaveText(
    HOSTILE_REVIEW_TEXT.title,
  );
  await expect(
    page.getByRole('heading', { level: 2, name: second!.title, exact: true }),
  ).toHaveText(HOSTILE_REVIEW_TEXT.imageTitle);
  expect(await page.locator('blockquote').first().textContent()).toBe(HOSTILE_REVIEW_TEXT.message);
  await expect(one.getByText(HOSTILE_REVIEW_TEXT.theme, { exact: false })).toBeVisible();
  const description = one.locator('.beschrijving');
  await expect(description.locator('strong')).toHaveText('beweegles');
  await expect(description.getByText('<b>geen vet</b>')).toBeVisible();
  await expect(description.getByText('Lees meer')).toBeVisible();
  expect(await description.locator('a, b').count()).toBe(0);
  expect(
    await page
      .locator('img, iframe, svg, object, embed, style ~ style, [onerror], [onclick], [onload]')
      .count(),
  ).toBe(0);
  expect(await page.locator('[style]').count()).toBe(0);
  // The two JSON islands and the page's own script: no other.
  expect(await page.locator('script').count()).toBe(3);
  await expectAccessible(page, 'losse beoordelingspagina');

  // Keyboard only: the skip link, then akkoord on the first agreement.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de eerste afspraak' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: first.title, exact: true }),
  ).toBeFocused();
  const akkoord = one.getByRole('radio', { name: 'Akkoord' });
  await tabTo(page, akkoord);
  await page.keyboard.press('Space');
  await expect(akkoord).toBeChecked();
  await expect(progress(page)).toHaveText('1 van 3 beoordeeld');

  // A remark on the second: the arrow moves the choice to Opmerking, then the text.
  const two = article(page, second!);
  await tabTo(page, two.getByRole('radio', { name: 'Akkoord' }));
  await page.keyboard.press('ArrowRight');
  await expect(two.getByRole('radio', { name: 'Opmerking' })).toBeChecked();
  await expect(progress(page)).toHaveText('1 van 3 beoordeeld');
  const remark = '<img src=x onerror="window.__pwned=11"> Graag de kosten\nper gemeente erbij.';
  const twoRemark = two.getByRole('textbox', { name: 'Opmerking' });
  await tabTo(page, twoRemark);
  await page.keyboard.type(remark);
  await expect(progress(page)).toHaveText('2 van 3 beoordeeld');

  // Kept in the page's storage: a reload shows both, and the progress.
  const stored = await page.evaluate(
    (key) =>
      (
        globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
      ).localStorage.getItem(key),
    reviewPageStorageKey(pkg.packageId),
  );
  expect(JSON.parse(stored ?? '{}').agreements[first.id]).toMatchObject({ verdict: 'akkoord' });
  await page.reload();
  await expect(progress(page)).toHaveText('2 van 3 beoordeeld');
  await expect(akkoord).toBeChecked();
  await expect(two.getByRole('radio', { name: 'Opmerking' })).toBeChecked();
  await expect(twoRemark).toHaveValue(remark);

  // Opmerking without a remark: refused beside the field, which gets the focus.
  const three = article(page, third!);
  await tabTo(page, three.getByRole('radio', { name: 'Akkoord' }));
  await page.keyboard.press('ArrowRight');
  const save = page.getByRole('button', { name: 'Reactie opslaan' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const threeRemark = three.getByRole('textbox', { name: 'Opmerking' });
  await expect(threeRemark).toBeFocused();
  await expect(threeRemark).toHaveAttribute('aria-invalid', 'true');
  await expect(threeRemark).toHaveAccessibleDescription(
    'Verplicht bij een opmerking. Schrijf hier uw opmerking, of kies Akkoord.',
  );
  await expect(page.getByText(/^Nog niet opgeslagen: bij een afspraak/)).toBeVisible();
  await expectAccessible(page, 'losse beoordelingspagina, opmerking ontbreekt');
  await page.keyboard.type('Eerst de evaluatie afwachten.');
  await expect(threeRemark).toHaveAttribute('aria-invalid', 'false');
  await expect(progress(page)).toHaveText('3 van 3 beoordeeld');

  await tabTo(page, page.getByRole('textbox', { name: 'Algemene opmerking' }));
  await page.keyboard.type('Goed werk. </textarea><b>vet</b>');
  await tabTo(page, save);
  const today = todayIso();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const name = responseFileName(pkg.region.name, pkg.reviewer.name, today);
  expect(download.suggestedFilename()).toBe(name);
  const response = await savedResponse(download);
  expect(response).toEqual({
    format: 'regiodossier-reactie',
    version: 1,
    packageId: pkg.packageId,
    reviewer: pkg.reviewer,
    savedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    generalRemark: 'Goed werk. </textarea><b>vet</b>',
    verdicts: [
      { agreementId: first.id, hash: first.hash, verdict: 'akkoord', remark: '', on: today },
      { agreementId: second!.id, hash: second!.hash, verdict: 'opmerking', remark, on: today },
      {
        agreementId: third!.id,
        hash: third!.hash,
        verdict: 'opmerking',
        remark: 'Eerst de evaluatie afwachten.',
        on: today,
      },
    ],
  });
  await expect(
    page.getByText(
      `Uw reactie is opgeslagen als ${name}. Stuur dit bestand naar Piet Bakker (Gemeente Zeist).`,
    ),
  ).toBeVisible();
  await expectQuiet(page, watched);
  await screenshot(page, 'losse-beoordelingspagina');
});

test('without storage the page says so calmly, and asks before saving an empty response', async ({
  page,
}) => {
  // As a browser that keeps nothing for a file on disk.
  await page.addInitScript({
    content:
      "Object.defineProperty(window, 'localStorage', { configurable: true, get: function () {" +
      " throw new DOMException('Geen opslag', 'SecurityError'); } });",
  });
  const pkg = hostileReviewPackageFixture(3);
  const watched = await openReviewPage(page, pkg);
  await expect(page.getByText(/alleen staan zolang deze pagina open is/)).toBeVisible();

  // A choice made by mistake can be taken back: "Oordeel wissen" leaves the agreement unjudged.
  const one = article(page, pkg.agreements[0]!);
  const akkoord = one.getByRole('radio', { name: 'Akkoord' });
  await tabTo(page, akkoord);
  await page.keyboard.press('Space');
  await expect(progress(page)).toHaveText('1 van 3 beoordeeld');
  await tabTo(page, one.getByRole('button', { name: 'Oordeel wissen' }));
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText('0 van 3 beoordeeld');
  await expect(akkoord).not.toBeChecked();
  await expect(akkoord).toBeFocused();
  await expect(one.getByRole('button', { name: 'Oordeel wissen' })).toBeHidden();

  const save = page.getByRole('button', { name: 'Reactie opslaan' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const question = page.getByText(
    'U heeft nog geen afspraak beoordeeld en geen algemene opmerking geschreven. Wilt u toch een lege reactie opslaan?',
  );
  await expect(question).toBeFocused();
  await expectAccessible(page, 'losse beoordelingspagina, lege reactie');
  // "Nog niet opslaan" goes back to the button; asked again, "Toch opslaan" saves.
  await tabTo(page, page.getByRole('button', { name: 'Nog niet opslaan' }));
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Toch opslaan' }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const response = await savedResponse(download);
  expect(response).toMatchObject({ packageId: pkg.packageId, generalRemark: '', verdicts: [] });
  await expect(page.getByText(/^Uw reactie is opgeslagen als /)).toBeVisible();
  await expectQuiet(page, watched);
});
