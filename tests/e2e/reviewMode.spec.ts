import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { tabTo } from './pages/ui';
import { todayIso } from '../../shared/dates';
import { parseReviewResponse, responseFileName } from '../../shared/review/formats';
import {
  HOSTILE_REVIEW_TEXT,
  hostileReviewPackageFixture,
  reviewPackageFixture,
  writeJsonFile,
} from '../fixtures/reviewPackage';

/**
 * Review mode in the app (issue 23, "in Regiodossier"): a beoordelingspakket opened with
 * Bestand → Openen…, at start (a double-click) or by a drop, in the calm review view over the
 * dossier, which it never touches; the reactions kept on every change, and "Reactie opslaan"
 * writing the response through the save dialog.
 */

let dir = '';
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-reviewmode-'));
});
test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const emit = (page: Page, event: string) =>
  page.evaluate((name) => (globalThis as unknown as PageWindow).__regioEmit(name), event);

const pwned = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null);

test('Openen… shows the package calmly; judged by keyboard, kept over a reload, saved as a response', async ({
  app,
  page,
}) => {
  app.api('regions.create', { name: 'Regio Eemland' });
  await page.reload();
  const pkg = hostileReviewPackageFixture(3);
  const file = writeJsonFile(dir, 'Beoordeling Anna de Vries.regiodossier-beoordeling', pkg);
  const dossier = fs.readFileSync(app.server.api.ctx.databasePath);

  app.server.desktop.nextOpen = file;
  await emit(page, 'file-open');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Beoordeling voor Anna de Vries',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('status').first()).toHaveText('0 van 3 beoordeeld');
  // Hostile text is shown as the characters it is, and nothing of it ran.
  await expect(
    page.getByRole('heading', { level: 2, name: HOSTILE_REVIEW_TEXT.title }),
  ).toBeVisible();
  await expect(main).toContainText('<script>window.__pwned=4</script>');
  await expect(main).toContainText('<b>geen vet</b>');
  expect(await pwned(page)).toBeNull();
  // The dossier's navigation is hidden behind review mode.
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).first()).toBeHidden();
  await expectAccessible(page, 'beoordelingsmodus');
  await screenshot(page, 'beoordelingsmodus');

  // Keyboard only: akkoord on the first, a remark on the second.
  const first = page.getByRole('radio', { name: `Akkoord: ${HOSTILE_REVIEW_TEXT.title}` });
  await tabTo(page, first, { max: 80 });
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // A radio group is one tab stop; the arrow key chooses the next verdict.
  await tabTo(
    page,
    page.getByRole('radio', { name: `Akkoord: ${HOSTILE_REVIEW_TEXT.imageTitle}` }),
    {
      max: 80,
    },
  );
  await page.keyboard.press('ArrowRight');
  const remark = page.getByRole('radio', { name: `Opmerking: ${HOSTILE_REVIEW_TEXT.imageTitle}` });
  await expect(remark).toBeChecked();
  await page.keyboard.press('Tab');
  const remarkField = page.locator('[data-remark="2"]');
  await expect(remarkField).toBeFocused();
  await page.keyboard.type('<img src=x onerror="window.__pwned=11"> Graag de kosten erbij.');
  await expect(page.getByRole('status').first()).toHaveText('2 van 3 beoordeeld');

  // The laptop closes: after a reload and opening the package again, nothing is lost.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Regio' })).toBeVisible();
  app.server.desktop.nextOpen = file;
  await emit(page, 'file-open');
  await expect(page.getByRole('status').first()).toHaveText('2 van 3 beoordeeld');
  await expect(page.locator('[data-remark="2"]')).toHaveValue(
    '<img src=x onerror="window.__pwned=11"> Graag de kosten erbij.',
  );

  // "Opmerking" with nothing written is refused beside its field, and nothing is saved.
  await page.getByRole('radio', { name: 'Opmerking: Valpreventie 3' }).check();
  await page.getByRole('button', { name: 'Reactie opslaan' }).click();
  await expect(main).toContainText('Nog niet opgeslagen: bij een afspraak');
  await expect(page.locator('[data-remark="3"]')).toBeFocused();
  await expect(page.getByText('Schrijf uw opmerking, of kies Akkoord.')).toBeVisible();
  await page.keyboard.type('Eerst de evaluatie afwachten.');

  await page.getByLabel('Algemene opmerking').fill('Goed werk.');
  await page.getByRole('button', { name: 'Reactie opslaan' }).click();
  const name = responseFileName(pkg.region.name, pkg.reviewer.name, todayIso());
  await expect(main).toContainText(`Uw reactie is opgeslagen als ${name}`);
  await expectAccessible(page, 'beoordelingsmodus, reactie opgeslagen');
  const saved = path.join(app.server.desktop.exportDir, name);
  const parsed = parseReviewResponse(fs.readFileSync(saved, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.value.packageId).toBe(pkg.packageId);
  expect(parsed.value.reviewer).toEqual(pkg.reviewer);
  expect(parsed.value.generalRemark).toBe('Goed werk.');
  expect(
    parsed.value.verdicts.map((v) => [v.agreementId, v.hash, v.verdict, v.remark, v.on]),
  ).toEqual([
    [pkg.agreements[0]!.id, pkg.agreements[0]!.hash, 'akkoord', '', todayIso()],
    [
      pkg.agreements[1]!.id,
      pkg.agreements[1]!.hash,
      'opmerking',
      '<img src=x onerror="window.__pwned=11"> Graag de kosten erbij.',
      todayIso(),
    ],
    [
      pkg.agreements[2]!.id,
      pkg.agreements[2]!.hash,
      'opmerking',
      'Eerst de evaluatie afwachten.',
      todayIso(),
    ],
  ]);
  expect(await pwned(page)).toBeNull();

  // Closing returns to the dossier; the dossier file was never written.
  await page.getByRole('button', { name: 'Beoordeling sluiten' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).first()).toBeVisible();
  expect(fs.readFileSync(app.server.api.ctx.databasePath).equals(dossier)).toBe(true);
});

test('a tampered package is refused in Dutch; the app opens a package it was started with, and a dropped one', async ({
  app,
  page,
}) => {
  app.api('regions.create', { name: 'Regio Eemland' });
  await page.reload();
  const pkg = reviewPackageFixture(2);
  const tampered = {
    ...pkg,
    agreements: [{ ...pkg.agreements[0]!, title: 'Andere titel' }, pkg.agreements[1]!],
  };
  app.server.desktop.nextOpen = writeJsonFile(dir, 'Gewijzigd.regiodossier-beoordeling', tampered);
  await emit(page, 'file-open');
  const refusal = page.getByRole('dialog', { name: 'Beoordelingspakket niet geopend' });
  await expect(refusal).toContainText('Gewijzigd.regiodossier-beoordeling is niet geopend');
  await expect(refusal).toContainText('de controlecode klopt niet bij ‘Andere titel’');
  await expect(refusal).toContainText('Uw dossier is niet veranderd.');
  await expectAccessible(page, 'beoordelingspakket geweigerd');
  await page.keyboard.press('Escape');
  await expect(refusal).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).first()).toBeVisible();

  // A double-click on the file started the app: the page takes the package when it starts.
  app.server.desktop.openedWith(writeJsonFile(dir, 'Pakket.regiodossier-beoordeling', pkg));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Beoordeling voor Anna de Vries',
  );
  await page.getByRole('button', { name: 'Beoordeling sluiten' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).first()).toBeVisible();

  // Dropped on the window.
  const dataTransfer = await page.evaluateHandle((text) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string) => unknown;
    };
    const transfer = new g.DataTransfer();
    transfer.items.add(new g.File([text], 'Gesleept.regiodossier-beoordeling'));
    return transfer;
  }, JSON.stringify(pkg));
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Beoordeling voor Anna de Vries',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Valpreventie 2' })).toBeVisible();
});
