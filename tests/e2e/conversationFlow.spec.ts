import { readFileSync } from 'node:fs';
import path from 'node:path';

import { pageTexts } from '../../electron/dossier/outline';
import { DOSSIER_SECTION_LABELS } from '../../shared/schemas/dossier';
import { expect, expectAccessible, keepFile, screenshot, test } from './fixtures';
import { open } from './agreementsSeed';
import { recordEvaluation } from './pages/conversations';
import {
  chooseWithArrows,
  dialog,
  expectScreen,
  overviewRow,
  selectField,
  tableRows,
  tabTo,
} from './pages/ui';

/**
 * Issue 22's "done when" as one coordinator's morning, keyboard only, on the demo dossier:
 * an evaluatiegesprek recorded from its template with an enquête, an actiepunt and a linked
 * afspraak; the same enquête in the samenwerkingsmonitor's trend; the actiepunten-overzicht
 * worked through; Hans Smit's overdracht to Lotte van Leeuwen, after which nothing is left with
 * him and the Overzicht names her; and the dossier PDF with the two new sections.
 */

const VERSLAG = 'Evaluatie crisiszorg met GGZ Kromme Rijn';
const ACTION = 'Bereikbaarheid meldpunt evalueren';
const AGREEMENT = 'Crisiszorg GGZ en verward gedrag — meldpunt';
const HANS = 'Hans Smit (GGZ Kromme Rijn)';
const LOTTE = 'Lotte van Leeuwen (GGZ Kromme Rijn)';

test('a verslag with enquête reaches the monitor, the actiepunten, the overdracht and the PDF', async ({
  app,
  page,
}) => {
  test.slow(); // the whole flow, with an axe run on every screen and a printed dossier
  // The user is Lotte: after the overdracht, "Mijn actiepunten" on the Overzicht holds Hans's.
  app.api('settings.update', { userName: 'Lotte van Leeuwen', organisation: 'GGZ Kromme Rijn' });
  app.api('dossier.loadDemo', {});
  const [hans] = app.api('contacts.list', { search: 'Hans Smit' });
  const [demoAction] = app.api('handover.get', { contactId: hans!.id }).openActions;
  await open(app, page, '/overzicht');
  await expectScreen(page, /^Overzicht /);

  // 1. The verslag, from its template, with enquête (6 at the start, 8 now), actiepunt, afspraak.
  const id = await recordEvaluation(app, page, {
    date: '15-06-2026',
    title: VERSLAG,
    party: { type: 'Kromme', option: 'GGZ Kromme Rijn' },
    participant: { type: 'Hans', option: HANS },
    guest: 'Mira Bakker',
    agreement: { type: 'Crisis', option: AGREEMENT },
    text: 'Het meldpunt is sinds het voorjaar dag en nacht bereikbaar.',
    action: { text: ACTION, owner: { type: 'Hans', option: HANS } },
  });

  // 2. The monitor: the demo's five enquêtes and this one; 2026 now averages two, and the
  // zorgaanbieders' line goes on from their nulmeting of 2021.
  await page.keyboard.press('Control+e');
  await expectScreen(page, 'Samenwerkingsmonitor');
  await expect(page.getByText('6 enquêtes', { exact: true })).toBeVisible();
  const grades = page.getByRole('table', {
    name: 'Gemiddeld rapportcijfer per jaar, alle partijen en per soort partij',
  });
  const table = await tableRows(grades);
  const group = (name: string) => table.slice(table.findIndex((r) => r[0] === name));
  expect(group('Alle partijen')).toContainEqual(['2026', '8,0', '2', '+3,0']);
  expect(group('Zorgaanbieder').slice(0, 4)).toEqual([
    ['Zorgaanbieder'],
    ['2021', '6,0', '1', 'nulmeting'],
    ['2022', '6,0', '1', '0,0'],
    ['2026', '8,0', '1', '+2,0'],
  ]);
  await expect(
    page.getByRole('img', { name: /^Lijngrafiek van het gemiddelde rapportcijfer per jaar, alle/ }),
  ).toHaveAccessibleName(/2026: 8,0 \(\+3,0\)/);
  const factors = await tableRows(
    page.getByRole('table', { name: 'Hoe vaak elke factor is genoemd' }),
  );
  expect(factors).toContainEqual(['Vertrouwen', '5', '0']);
  await expectAccessible(page, 'monitor met het nieuwe verslag');
  await screenshot(page, 'flow-monitor');

  // 3. The actiepunten-overzicht: Hans's two open ones; the demo's is afgerond from its row.
  await page.keyboard.press('Control+j');
  await expectScreen(page, 'Actiepunten');
  const owner = selectField(page, 'Eigenaar');
  await tabTo(page, owner);
  await page.keyboard.type('Hans');
  await chooseWithArrows(page, HANS);
  const actions = page.getByRole('table', { name: 'Actiepunten' });
  const texts = actions.locator('tbody tr .action-text');
  await expect(texts).toHaveCount(2);
  await expect(texts).toContainText([ACTION, demoAction!.text].sort());
  await expect(
    actions.getByRole('link', { name: new RegExp(`^Gespreksverslag ‘${VERSLAG}’`) }),
  ).toHaveAttribute('href', `#/gespreksverslagen/${id}`);
  await tabTo(page, page.getByRole('button', { name: `Afronden: ${demoAction!.text}` }));
  await page.keyboard.press('Enter');
  await expect(texts).toHaveText([ACTION]);
  await expectAccessible(page, 'actiepunten van Hans Smit');
  await screenshot(page, 'flow-actiepunten');

  // 4. The overdracht: everything of Hans's to Lotte, from today.
  await page.keyboard.press('Control+5');
  await expectScreen(page, 'Personen');
  await tabTo(page, page.getByRole('textbox', { name: 'Zoeken' }));
  await page.keyboard.type('Hans Smit');
  await expect(page.getByRole('status').filter({ hasText: /^1 persoon$/ })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Hans Smit', exact: true }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Hans Smit');
  await tabTo(page, page.getByRole('link', { name: 'Overdracht…' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Overdracht van Hans Smit');
  await expect(page.getByRole('link', { name: `Gespreksverslag ‘${VERSLAG}’` })).toBeVisible();
  const form = page.getByRole('form', { name: 'Overdracht uitvoeren' });
  await tabTo(page, selectField(form, 'Opvolger'));
  await page.keyboard.type('Lotte');
  await chooseWithArrows(page, LOTTE);
  await expect(form.getByRole('textbox', { name: 'Datum van de overdracht' })).toHaveValue(
    /^\d+ \p{L}+ \d{4}$/u,
  );
  await expect(form).toContainText('en 1 open actiepunt krijgen Lotte van Leeuwen als eigenaar.');
  await tabTo(page, form.getByRole('button', { name: 'Overdracht uitvoeren' }));
  await page.keyboard.press('Enter');
  const confirm = dialog(page, 'Overdracht van Hans Smit uitvoeren?');
  await expect(confirm.getByRole('button', { name: 'Overdracht uitvoeren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Overdracht uitgevoerd: Lotte van Leeuwen is de opvolger van Hans Smit.'),
  ).toBeVisible();
  await expectAccessible(page, 'overdracht in de flow');
  const after = app.api('handover.get', { contactId: hans!.id });
  expect([after.roles, after.ownedAgreements, after.openActions]).toEqual([[], [], []]);
  const moved = app.api('actions.list', {
    regionId: app.api('settings.get', {}).currentRegionId!,
    search: ACTION,
  });
  expect(moved.items.map((a) => [a.text, a.ownerName])).toEqual([[ACTION, 'Lotte van Leeuwen']]);

  // The Overzicht: Lotte is GGZ Kromme Rijn's aanspreekpunt, and the actiepunt is hers.
  await page.keyboard.press('Control+1');
  await expectScreen(page, /^Overzicht /);
  const row = overviewRow(page, 'GGZ Kromme Rijn');
  await expect(row).toContainText('Lotte van Leeuwen');
  await expect(row).not.toContainText('Hans Smit');
  await expect(page.getByRole('region', { name: 'Mijn actiepunten' })).toContainText(ACTION);
  await screenshot(page, 'flow-overzicht');

  // 5. The dossier PDF: the verslag, its enquête and actiepunt, and the monitor.
  await page.keyboard.press('Control+P');
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  await expect(exportDialog.getByRole('combobox', { name: 'Regio' })).toBeFocused();
  for (const label of [DOSSIER_SECTION_LABELS.verslagen, DOSSIER_SECTION_LABELS.monitor]) {
    await expect(exportDialog.getByRole('checkbox', { name: label })).toBeChecked();
  }
  await tabTo(page, exportDialog.getByRole('button', { name: 'Exporteren…' }));
  await page.keyboard.press('Enter');
  await expect(exportDialog.getByText('Klaar', { exact: true })).toBeVisible({ timeout: 60_000 });
  const [chosen] = app.server.desktop.dialogs;
  const file = path.join(app.server.desktop.exportDir, chosen!.fileName);
  await keepFile(file, 'flow-regiodossier.pdf');
  const text = (await pageTexts(new Uint8Array(readFileSync(file)))).join(' ');
  expect(text).toContain(`${VERSLAG} – 15 juni 2026`);
  expect(text).toContain('Het meldpunt is sinds het voorjaar dag en nacht bereikbaar.');
  expect(text).toContain(ACTION);
  expect(text).toContain('Samenwerkingsmonitor');
  expect(text).toContain('2026 8,0 2 +3,0');
});
