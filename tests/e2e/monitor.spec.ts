import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open } from './agreementsSeed';
import { expectScreen, navLink, tableRows } from './pages/ui';

/**
 * The samenwerkingsmonitor (issue 22, item 3) on the demo's five enquêtes (2020–2026): the
 * charts as images with their numbers beside them as tables, the nulmeting marked and later
 * years' change in Dutch notation, the factors, and per theme a chart and table; the empty state links to
 * the gespreksverslagen. Recharts draws under the app's CSP without a complaint.
 */

const HEAD = ['Jaar', 'Gemiddeld rapportcijfer', 'Enquêtes', 'Verschil met nulmeting'];

test('the demo’s monitor: charts with their numbers as tables, the nulmeting marked', async ({
  app,
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  app.api('dossier.loadDemo', {});
  await open(app, page, '/overzicht');
  await expectScreen(page, /^Overzicht /);

  // Ctrl+E, as the Beeld menu says; the side bar marks the screen.
  await page.keyboard.press('Control+e');
  await expectScreen(page, 'Samenwerkingsmonitor');
  await expect(navLink(page, 'Samenwerkingsmonitor')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('5 enquêtes', { exact: true })).toBeVisible();

  // The line chart is an image named with its trend; the nulmeting's year is marked in it.
  const chart = page.getByRole('img', {
    name: /^Lijngrafiek van het gemiddelde rapportcijfer per jaar, alle/,
  });
  await expect(chart).toHaveAccessibleName(/nulmeting 2020: 5,0; 2026: 8,0 \(\+3,0\)/);
  await expect(chart.locator('svg text', { hasText: 'nulmeting 2020' })).toBeVisible();
  await expect(chart.locator('svg text', { hasText: '+2,0' })).toBeVisible();

  // Beside it, the same numbers: per series a group of years, the nulmeting named.
  const grades = page.getByRole('table', {
    name: 'Gemiddeld rapportcijfer per jaar, alle partijen en per soort partij',
  });
  expect(await tableRows(grades)).toEqual([
    HEAD,
    ['Alle partijen'],
    ['2020', '5,0', '1', 'nulmeting'],
    ['2021', '6,0', '1', '+1,0'],
    ['2022', '6,0', '1', '+1,0'],
    ['2024', '7,0', '1', '+2,0'],
    ['2026', '8,0', '1', '+3,0'],
    ['Gemeente'],
    ['2020', '5,0', '1', 'nulmeting'],
    ['2026', '8,0', '1', '+3,0'],
    ['Zorgverzekeraar'],
    ['2024', '7,0', '1', 'nulmeting'],
    ['Zorgaanbieder'],
    ['2021', '6,0', '1', 'nulmeting'],
    ['2022', '6,0', '1', '0,0'],
  ]);
  await expect(grades.getByRole('rowheader', { name: 'Alle partijen' })).toHaveAttribute(
    'scope',
    'rowgroup',
  );

  // The factors: a bar chart and its table.
  await expect(
    page.getByRole('img', { name: /^Staafdiagram van hoe vaak elke factor/ }),
  ).toBeVisible();
  const factors = page.getByRole('table', { name: 'Hoe vaak elke factor is genoemd' });
  const factorRows = await tableRows(factors);
  expect(factorRows[0]).toEqual(['Factor', 'Positief genoemd', 'Negatief genoemd']);
  expect(factorRows).toContainEqual(['Vertrouwen', '4', '0']);
  expect(factorRows).toContainEqual(['Persoonlijke relaties', '2', '1']);
  expect(factorRows).toContainEqual(['Anders', '0', '2']);

  // Per theme: a chart and a table, each theme with its own nulmeting.
  await expect(
    page.getByRole('img', {
      name: /^Lijngrafiek van het gemiddelde rapportcijfer per jaar per thema/,
    }),
  ).toHaveAccessibleName(/Ouderen: nulmeting 2020: 5,0; 2026: 8,0 \(\+3,0\)/);
  const themes = await tableRows(
    page.getByRole('table', { name: 'Gemiddeld rapportcijfer per jaar per thema' }),
  );
  const ouderen = themes.findIndex((r) => r[0] === 'Ouderen');
  expect(themes.slice(ouderen, ouderen + 4)).toEqual([
    ['Ouderen'],
    ['2020', '5,0', '1', 'nulmeting'],
    ['2021', '6,0', '1', '+1,0'],
    ['2026', '8,0', '1', '+3,0'],
  ]);

  await expectAccessible(page, 'samenwerkingsmonitor');
  await screenshot(page, 'monitor');
  expect(problems).toEqual([]);
});

test('a region without enquêtes: the empty state leads to the gespreksverslagen', async ({
  app,
  page,
}) => {
  const region = app.api('regions.create', { name: 'Regio Zonder Enquêtes' });
  app.api('settings.update', { currentRegionId: region.id });
  await open(app, page, '/monitor');
  await expectScreen(page, 'Samenwerkingsmonitor');
  await expect(
    page.getByText('Nog geen enquêtes: voeg enquête-invoer toe aan een gespreksverslag', {
      exact: false,
    }),
  ).toBeVisible();
  await expectAccessible(page, 'samenwerkingsmonitor zonder enquêtes');
  const link = page.getByRole('link', { name: 'Naar de gespreksverslagen' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Gespreksverslagen');
});
