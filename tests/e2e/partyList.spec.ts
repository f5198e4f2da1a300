import type { Page } from '@playwright/test';
import { expect, test, type AppFixture } from './fixtures';
import { choose, expectScreen, navLink, selectField } from './pages/ui';

/** The party list: filters, search-as-you-type, sorting, scope, and filters that stay put. */

/** The demo dossier (18 parties), one extra member with diacritics, and one outside the region. */
function seed(app: AppFixture) {
  const { regionId } = app.api('dossier.loadDemo', {});
  app.api('parties.create', {
    type: 'zorgaanbieder',
    name: 'Zorgcoöperatie Eemdal',
    notes: '',
    membership: { regionId, role: 'deelnemer', since: null, until: null },
  });
  app.api('parties.create', {
    type: 'welzijn',
    name: 'Welzijn Elders',
    notes: '',
    membership: null,
  });
  return { regionId };
}

const table = (page: Page) => page.getByRole('table', { name: 'Partijen' });
const names = (page: Page) => table(page).getByRole('link');
/** Only the rows in view are rendered: scroll the list to its end or start first. */
const scrollList = (page: Page, to: 'end' | 'start') =>
  table(page)
    .locator('..')
    .evaluate((box, end) => box.scrollTo({ top: end ? box.scrollHeight : 0 }), to === 'end');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ partij/ });

test.beforeEach(async ({ app, page }) => {
  seed(app);
  await app.goto('/partijen');
  await expectScreen(page, 'Partijen');
  await expect(count(page)).toHaveText('19 partijen');
});

test('filter by type and by role; the filters survive opening a party and coming back', async ({
  page,
}) => {
  await choose(page, page, 'Type', 'Zorgverzekeraar');
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('2 partijen');
  await expect(names(page)).toHaveText(['Verzekeraar Rijnstroom', 'Zorgverzekeraar Zilverlinde']);

  await choose(page, page, 'Rol', 'Preferente zorgverzekeraar');
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('1 partij');
  await expect(names(page)).toHaveText(['Zorgverzekeraar Zilverlinde']);

  await names(page).first().click();
  await expectScreen(page, 'Zorgverzekeraar Zilverlinde');
  await page.goBack();
  await expectScreen(page, 'Partijen');
  await expect(count(page)).toHaveText('1 partij');
  await expect(page.getByText('Zorgverzekeraar', { exact: true }).first()).toBeVisible();

  // Also when coming back through the side bar instead of the back button.
  await navLink(page, 'Personen').click();
  await expectScreen(page, 'Personen');
  await navLink(page, 'Partijen').click();
  await expectScreen(page, 'Partijen');
  await expect(count(page)).toHaveText('1 partij');
  await expect(names(page)).toHaveText(['Zorgverzekeraar Zilverlinde']);
});

test('search as you type, ignoring case and diacritics; survives navigation', async ({ page }) => {
  const search = page.getByRole('textbox', { name: 'Zoeken' });
  await search.pressSequentially('zorgcoop');
  await expect(count(page)).toHaveText('1 partij');
  await expect(names(page)).toHaveText(['Zorgcoöperatie Eemdal']);

  await search.fill('LOPIK');
  await expect(names(page)).toHaveText(['Gemeente Lopik']);

  await search.fill('geen partij heet zo');
  await expect(count(page)).toHaveText('0 partijen');
  await expect(page.getByText('Geen resultaten.')).toBeVisible();

  await search.fill('eemdal');
  await expect(names(page)).toHaveText(['Zorgcoöperatie Eemdal']);
  await names(page).first().click();
  await expectScreen(page, 'Zorgcoöperatie Eemdal');
  await page.goBack();
  await expectScreen(page, 'Partijen');
  await expect(page.getByRole('textbox', { name: 'Zoeken' })).toHaveValue('eemdal');
  await expect(names(page)).toHaveText(['Zorgcoöperatie Eemdal']);

  await page.getByRole('textbox', { name: 'Zoeken' }).fill('');
  await expect(count(page)).toHaveText('19 partijen');
});

test('sort by name, by type, by role and by last change', async ({ app, page }) => {
  await expect(names(page).first()).toHaveText('Gemeente Bunnik');
  await expect(names(page).nth(11)).toHaveText('GGZ Kromme Rijn');
  await expect(selectField(page, 'Sorteren op')).toHaveValue('Naam');

  await choose(page, page, 'Sorteren op', 'Rol in de regio');
  // deelnemer < preferente zorgverzekeraar < volgende zorgverzekeraar
  await scrollList(page, 'end');
  await expect(names(page).last()).toHaveText('Verzekeraar Rijnstroom');
  await scrollList(page, 'start');
  await expect(names(page).first()).toHaveText('Gemeente Bunnik');

  await choose(page, page, 'Sorteren op', 'Type');
  // gemeente (10) < ggd < welzijn < zorgaanbieder < zorgkantoor < zorgverzekeraar
  await expect(names(page).nth(11)).toHaveText('Welzijn Heuvel & Rijn');
  await expect(names(page).first()).toHaveText('Gemeente Bunnik');
  await scrollList(page, 'end');
  await expect(names(page).last()).toHaveText('Zorgverzekeraar Zilverlinde');

  const [ggd] = app.api('parties.list', { search: 'GGD' });
  app.api('parties.update', {
    id: ggd!.id,
    type: ggd!.type,
    name: ggd!.name,
    notes: 'Nieuw contract',
  });
  await choose(page, page, 'Sorteren op', 'Laatst gewijzigd');
  await expect(names(page).first()).toHaveText('GGD Utrecht-Oost');
});

test('"Alle partijen" also shows organisations outside the region', async ({ page }) => {
  await expect(page.getByRole('link', { name: 'Welzijn Elders' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Rol in de regio' })).toBeVisible();

  await page.getByText('Alle partijen', { exact: true }).click();
  await expect(count(page)).toHaveText('20 partijen');
  await expect(page.getByRole('link', { name: 'Welzijn Elders' })).toBeVisible();
  await expect(page.getByText('Alle organisaties in het dossier')).toBeVisible();
  // Region-only controls make no sense here.
  await expect(page.getByRole('columnheader', { name: 'Rol in de regio' })).toHaveCount(0);
  await expect(selectField(page, 'Rol')).toHaveCount(0);

  await page.getByText('Deze regio', { exact: true }).click();
  await expect(count(page)).toHaveText('19 partijen');
});
