import { agreementTable, agreementTitles, themeGroups } from './pages/agreements';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { open, seedAgreement, seedBase, type Base } from './agreementsSeed';

/** The agreement list: status counts, filters that survive navigation, URL filters, grouping, CSV. */

function seedList(app: AppFixture): Base & { ids: Record<string, string> } {
  const base = seedBase(app.api);
  const { themes } = base;
  const ids = {
    valpreventie: seedAgreement(
      app.api,
      base,
      'Valpreventie thuiswonende ouderen',
      'in_uitvoering',
      {
        themeIds: [themes.Ouderen, themes.Preventie],
        ownerId: base.ownerId,
        financing: ['wmo', 'zvw'],
        nextEvaluation: '2027-03-15',
        dekking: { granted: true, by: 'Portefeuillehoudersoverleg', on: '2026-01-20' },
      },
    ),
    wachtlijst: seedAgreement(app.api, base, 'Wachtlijstbemiddeling GGZ', 'vastgesteld', {
      themeIds: [themes.GGZ],
      parties: [{ partyId: base.verzekeraarId, role: 'trekker' }],
      nextEvaluation: '2027-06-01',
    }),
    gezond: seedAgreement(app.api, base, 'Gezonde leefstijl jeugd', 'concept', {
      themeIds: [themes.Preventie],
    }),
    wonen: seedAgreement(app.api, base, 'Wonen met zorg', 'vastgesteld', { ownerId: base.ownerId }),
  };
  return { ...base, ids };
}

const rows = (page: Page) => page.getByRole('table', { name: 'Afspraken' }).getByRole('row');
const titles = agreementTitles;
const chip = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

/** A chip of the active filters (under the filter bar). */
const activeFilter = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Actieve filters' }).getByText(label, { exact: true });

test('filters with counts per status survive navigation, and group by theme', async ({
  app,
  page,
}) => {
  test.slow();
  seedList(app);
  await open(app, page, '/afspraken');
  await expect(titles(page)).toHaveText([
    'Gezonde leefstijl jeugd',
    'Valpreventie thuiswonende ouderen',
    'Wachtlijstbemiddeling GGZ',
    'Wonen met zorg',
  ]);
  await expect(chip(page, 'Vastgesteld (2)')).toBeAttached();
  await expect(chip(page, 'Concept (1)')).toBeAttached();
  await expect(chip(page, 'Afgerond (0)')).toBeAttached();
  await expect(page.getByText('4 afspraken')).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Valpreventie/ }).getByText('15 maart 2027'),
  ).toBeVisible();
  await expectAccessible(page, 'afsprakenlijst');
  await screenshot(page, 'afsprakenlijst');

  // Status chips and a toggle; the counts follow the other filters.
  await page.getByText('Vastgesteld (2)').click();
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ', 'Wonen met zorg']);
  // The less-used filters sit under "Meer filters"; what is set there shows as a removable chip.
  await page.getByRole('button', { name: 'Meer filters' }).click();
  await expectAccessible(page, 'meer filters open');
  await page.getByRole('switch', { name: 'Zonder eigenaar' }).check();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ']);
  await expect(page.getByRole('button', { name: 'Meer filters (1)' })).toBeVisible();
  await expect(activeFilter(page, 'Zonder eigenaar')).toBeVisible();
  await expect(chip(page, 'Vastgesteld (1)')).toBeAttached();
  await expect(chip(page, 'In uitvoering (0)')).toBeAttached();

  // To the agreement and back: the filters are still set.
  await titles(page).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wachtlijstbemiddeling GGZ' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Afspraken', exact: true })
    .click();
  await page.mouse.move(700, 10); // off the side bar: its hover colour is not what is checked here
  await expect(chip(page, 'Vastgesteld (1)')).toBeChecked();
  await expect(activeFilter(page, 'Zonder eigenaar')).toBeVisible();
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ']);
  await expectAccessible(page, 'afsprakenlijst, gefilterd');

  // The chip's × removes that filter.
  await page.getByRole('button', { name: 'Filter Zonder eigenaar verwijderen' }).click();
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ', 'Wonen met zorg']);
  await page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await expect(titles(page)).toHaveCount(4);

  // Sorting by a column header, announced with aria-sort.
  const statusHeader = page.getByRole('columnheader', { name: /Status/ });
  await expect(statusHeader).toHaveAttribute('aria-sort', 'none');
  await statusHeader.getByRole('button').click();
  await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles(page).first()).toHaveText('Gezonde leefstijl jeugd'); // the concept first
  await page.getByRole('columnheader', { name: /Titel/ }).getByRole('button').click();

  // Search as you type.
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('wachtlijst');
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ']);
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('');

  // Grouped by theme: Valpreventie has two themes and appears under both.
  await page.getByRole('switch', { name: 'Groeperen op thema' }).check();
  const groups = themeGroups(page);
  await expect(groups).toHaveText(['Ouderen (2)', 'GGZ (1)', 'Preventie (2)']);
  await expect(titles(page).filter({ hasText: 'Valpreventie' })).toHaveCount(2);
  await expectAccessible(page, 'afsprakenlijst, gegroepeerd');
  await screenshot(page, 'afsprakenlijst-gegroepeerd');
});

test('a link with filters in the URL opens the filtered list', async ({ app, page }) => {
  const { themes } = seedList(app);
  await page.reload(); // the app sees the seeded region
  await app.goto(`/afspraken?status=vastgesteld&dekking=nee&thema=${themes.GGZ}&eigenaar=geen`);
  await expect(titles(page)).toHaveText(['Wachtlijstbemiddeling GGZ']);
  await expect(chip(page, 'Vastgesteld (1)')).toBeChecked();
  await expect(activeFilter(page, 'Zonder bestuurlijke dekking')).toBeVisible();
  await expect(activeFilter(page, 'Zonder eigenaar')).toBeVisible();
  await expect(page).toHaveURL(/#\/afspraken$/);
  await expectAccessible(page, 'afsprakenlijst via link');
});

test('the filtered list exports to CSV for Excel: BOM, semicolons, Dutch dates', async ({
  app,
  page,
}) => {
  seedList(app);
  await open(app, page, '/afspraken');
  await page.getByRole('combobox', { name: 'Thema’s', exact: true }).click();
  await page.getByRole('option', { name: 'Ouderen', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(titles(page)).toHaveText(['Valpreventie thuiswonende ouderen', 'Wonen met zorg']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren naar CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^afspraken-.*\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split(/\r?\n/).filter(Boolean);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain(';');
  expect(lines[0]!.split(';').length).toBeGreaterThan(5);
  expect(text).toContain('Valpreventie thuiswonende ouderen');
  expect(text).toContain('Wonen met zorg');
  expect(text).not.toContain('Wachtlijstbemiddeling');
  // Dates as dd-mm-jjjj, which Excel reads as dates (issue 6 B13).
  expect(text).toContain('15-03-2027');
  expect(text).not.toContain('2027-03-15');
  await expect(page.getByText('2 afspraken geëxporteerd.')).toBeVisible();
});

test('selected agreements go to review: ter beoordeling voorleggen and Beoordelen (n)', async ({
  app,
  page,
}) => {
  const { ids } = seedList(app);
  await open(app, page, '/afspraken');
  await page.getByRole('checkbox', { name: 'Wonen met zorg selecteren' }).check();
  await page.getByRole('checkbox', { name: 'Wachtlijstbemiddeling GGZ selecteren' }).check();
  await expect(page.getByText('4 afspraken, 2 geselecteerd')).toBeVisible();
  await page.getByRole('button', { name: 'Ter beoordeling voorleggen' }).click();
  await expect(page.getByText('2 afspraken liggen ter beoordeling voor.')).toBeVisible();
  await expect(rows(page).filter({ hasText: 'Wonen met zorg' })).toContainText('Wacht op reactie');
  await expect(rows(page).filter({ hasText: 'Gezonde leefstijl' })).not.toContainText(
    'Wacht op reactie',
  );
  await expectAccessible(page, 'afsprakenlijst met selectie');
  await page.getByRole('button', { name: 'Beoordelen (2)' }).click();
  await expect(page).toHaveURL(
    new RegExp(
      `#/beoordelen\\?ids=(${ids.wachtlijst},${ids.wonen}|${ids.wonen},${ids.wachtlijst})$`,
    ),
  );
});

test('vertrouwelijke afspraken stay out of the CSV unless the user takes them along', async ({
  app,
  page,
}) => {
  app.api('dossier.loadDemo', {});
  await app.goto('/afspraken');
  await expect(page.getByText('15 afspraken')).toBeVisible();

  const exportWith = async (choice: string) => {
    await page.getByRole('button', { name: 'Exporteren naar CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vertrouwelijke afspraken' });
    await expect(dialog).toContainText('In deze lijst staat 1 vertrouwelijke afspraak.');
    await expectAccessible(page, 'vraag over vertrouwelijke afspraken');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: choice }).click(),
    ]);
    return (await readFile(await download.path())).toString('utf8');
  };

  const without = await exportWith('Zonder vertrouwelijke exporteren');
  expect(without).not.toContain('Eerstelijnsverblijf na ziekenhuisopname');
  expect(without).toContain('Valpreventie thuiswonende ouderen');
  const withConfidential = await exportWith('Ook vertrouwelijke meenemen');
  expect(withConfidential).toContain('Eerstelijnsverblijf na ziekenhuisopname');
});

test('a flung list draws its rows empty while it flies, and whole once it stops', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  for (let i = 1; i <= 300; i += 1) {
    app.api('agreements.create', {
      regionId: base.regionId,
      title: `Afspraak ${String(i).padStart(3, '0')}`,
      themeIds: [base.themes.Ouderen],
      descriptionHtml: '',
      parties: [],
    });
  }
  await open(app, page, '/afspraken');
  await expect(page.getByText('300 afspraken')).toBeVisible();
  const box = agreementTable(page).locator('..');

  // Ten frames that each move most of a view: rows drawn during the fling carry no link.
  const linksWhileFlung = await box.evaluate(
    (el) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const step = () => {
          seen.push(el.querySelectorAll('tbody a').length);
          if (seen.length === 10) return resolve(seen);
          el.scrollTop += el.clientHeight * 0.9;
          el.ownerDocument.defaultView!.requestAnimationFrame(step);
        };
        el.ownerDocument.defaultView!.requestAnimationFrame(step);
      }),
  );
  expect(linksWhileFlung.slice(4)).toEqual([0, 0, 0, 0, 0, 0]);
  // Stopped: the rows in view are whole again (a title link and a checkbox each).
  await expect(agreementTitles(page).first()).toBeVisible();
  const shown = await agreementTitles(page).allTextContents();
  expect(shown.length).toBeGreaterThan(8);
  await expect(page.getByRole('checkbox', { name: `${shown[0]} selecteren` })).toBeVisible();

  // One PageDown is no fling: every frame of the move shows whole rows.
  await box.evaluate((el) => (el.scrollTop = 0));
  await agreementTitles(page).first().focus();
  await box.evaluate((el) => {
    const seen: number[] = [];
    el.setAttribute('data-seen', '');
    const sample = () => {
      seen.push(el.querySelectorAll('tbody a').length);
      if (seen.length < 30) el.ownerDocument.defaultView!.requestAnimationFrame(sample);
      else el.setAttribute('data-seen', String(Math.min(...seen)));
    };
    el.ownerDocument.defaultView!.requestAnimationFrame(sample);
  });
  await page.keyboard.press('PageDown');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  // The fewest links in any of the 30 frames after the key press.
  await expect.poll(async () => Number(await box.getAttribute('data-seen'))).toBeGreaterThan(4);
});
