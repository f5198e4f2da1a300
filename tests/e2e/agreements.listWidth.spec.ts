import type { Locator } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';
import { agreementTable } from './pages/agreements';

/**
 * The afsprakenlijst on a 1366×768 laptop screen (issue 19, minor): titles show in two lines,
 * and the zaaknummer and the date of the next evaluation are never cut off.
 */

test.use({ viewport: { width: 1366, height: 768 } });

/** Nothing of the element's content is clipped: no ellipsis, no hidden line. */
async function expectWhole(el: Locator, what: string) {
  const size = await el.evaluate((e) => ({
    scrollWidth: e.scrollWidth,
    clientWidth: e.clientWidth,
    scrollHeight: e.scrollHeight,
    clientHeight: e.clientHeight,
    text: e.textContent,
  }));
  expect(size.scrollWidth, `${what} “${size.text}” is te breed`).toBeLessThanOrEqual(
    size.clientWidth,
  );
  expect(size.scrollHeight, `${what} “${size.text}” is te hoog`).toBeLessThanOrEqual(
    size.clientHeight,
  );
}

test('at 1366×768 titles, zaaknummers and evaluation dates show whole', async ({ app, page }) => {
  const base = seedBase(app.api);
  const { themes } = base;
  seedAgreement(
    app.api,
    base,
    'Valpreventie voor thuiswonende ouderen in Gooi en Vechtstreek',
    'in_uitvoering',
    {
      caseNumber: 'Z/2026/0012345',
      themeIds: [themes.Ouderen, themes.Preventie],
      ownerId: base.ownerId,
      nextEvaluation: '2027-09-30',
    },
  );
  seedAgreement(app.api, base, 'Wachtlijstbemiddeling GGZ', 'vastgesteld', {
    caseNumber: 'ZK-HLV-2026-00012345',
    themeIds: [themes.GGZ],
    // Overdue: the "verlopen" mark before the date.
    nextEvaluation: '2025-11-22',
  });
  seedAgreement(app.api, base, 'Gezonde leefstijl jeugd', 'concept', {
    caseNumber: '2026-048',
    themeIds: [themes.Preventie],
    nextEvaluation: '2027-12-31',
  });
  await open(app, page, '/afspraken');
  const table = agreementTable(page);
  const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows).toHaveCount(3);
  await expect(table.getByText('verlopen', { exact: true })).toBeVisible();

  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    // 0: selection, 1: title, 2: zaaknummer, …, 6: Volgende evaluatie.
    await expectWhole(cells.nth(1).getByRole('link'), 'Titel');
    await expectWhole(cells.nth(2), 'Zaaknummer');
    await expectWhole(cells.nth(6), 'Volgende evaluatie');
  }
  await expectAccessible(page, 'afsprakenlijst op 1366 × 768');
  await screenshot(page, 'afsprakenlijst-1366');
});
