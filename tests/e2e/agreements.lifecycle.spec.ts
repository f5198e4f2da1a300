import { agreementStatus } from './pages/agreements';
import type { Page } from '@playwright/test';
import { formatDateNl, todayIso } from '../../shared/dates';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open, pick, REGION, seedAgreement, seedBase } from './agreementsSeed';

/** An agreement recorded from concept to afgerond through the UI, offering only allowed transitions. */

const badge = agreementStatus;
const transitionButtons = (page: Page) =>
  page.getByRole('region', { name: 'Status wijzigen' }).getByRole('button');

async function transition(page: Page, action: string, status: string) {
  await page
    .getByRole('region', { name: 'Status wijzigen' })
    .getByRole('button', { name: action })
    .click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog.getByRole('textbox', { name: 'Datum' })).toHaveValue(
    formatDateNl(todayIso()),
  );
  await expectAccessible(page, `dialoog ${action}`);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toBeHidden();
  await expect(badge(page)).toHaveText(status);
}

test('a coordinator records an agreement from concept to afgerond', async ({ app, page }) => {
  test.slow(); // a long story with an axe check in every state
  seedBase(app.api);
  await open(app, page, '/afspraken');
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  await expect(page.getByText(`Het afsprakenregister van ${REGION}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog geen afspraken' })).toBeVisible();
  await expectAccessible(page, 'afspraken, leeg');

  await page.getByRole('button', { name: 'Nieuwe afspraak' }).first().click();
  const form = page.getByRole('dialog', { name: 'Nieuwe afspraak' });
  await form.getByLabel('Titel').fill('Valpreventie thuiswonende ouderen');
  await form.getByRole('textbox', { name: 'Zaaknummer' }).fill('Z/2026/004512');
  await pick(page, 'Thema’s', 'Ouderen', form);
  await form.getByLabel('Titel').click(); // closes the theme list
  await form.getByRole('button', { name: 'Partij toevoegen' }).click();
  await pick(page, 'Partij 1', 'Gemeente Hilversum', form);
  await pick(page, 'Eigenaar', 'Pieter Jansen – Gemeente Hilversum', form);
  await form.getByRole('checkbox', { name: 'Wmo' }).check();
  await form.getByRole('checkbox', { name: 'Zvw' }).check();
  await form.getByRole('switch', { name: 'Bestuurlijke dekking verleend' }).check();
  await form.getByLabel('Door wie / welk overleg').fill('Portefeuillehoudersoverleg Zorg');
  const editor = form.getByRole('textbox', { name: 'Beschrijving' });
  await editor.click();
  await page.keyboard.type('Samen voorkomen dat ouderen vallen.');
  await expectAccessible(page, 'nieuwe afspraak, ingevuld');
  await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Valpreventie thuiswonende ouderen' }),
  ).toBeVisible();
  await expect(badge(page)).toHaveText('Concept');
  await expect(page.getByText('Samen voorkomen dat ouderen vallen.')).toBeVisible();
  await expect(page.getByText('Z/2026/004512')).toBeVisible();
  await expect(
    page.getByText('Ja, vastgesteld door Portefeuillehoudersoverleg Zorg'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gemeente Hilversum' })).toBeVisible();
  // Only the allowed transitions: from concept there is no "Vaststellen" or "Afronden".
  await expect(transitionButtons(page)).toHaveText(['In bespreking nemen', 'Laten vervallen']);
  await expectAccessible(page, 'afspraak, concept');

  await transition(page, 'In bespreking nemen', 'In bespreking');
  await expect(transitionButtons(page)).toHaveText([
    'Vaststellen',
    'Terug naar concept',
    'Laten vervallen',
  ]);
  await transition(page, 'Vaststellen', 'Vastgesteld');
  await expect(page.getByText('Vastgesteld op')).toBeVisible();
  await expectAccessible(page, 'afspraak, vastgesteld');

  // A progress update that also moves the agreement into execution.
  await page.getByLabel('Wat is er gebeurd?').fill('Eerste 40 huisbezoeken afgelegd.');
  await pick(page, 'Status wijzigen (niet verplicht)', 'In uitvoering nemen (wordt in uitvoering)');
  await page.getByRole('button', { name: 'Voortgang toevoegen' }).click();
  await expect(badge(page)).toHaveText('In uitvoering');
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByText('Eerste 40 huisbezoeken afgelegd.')).toBeVisible();
  await expect(
    timeline.getByText('Status gewijzigd van vastgesteld naar in uitvoering'),
  ).toBeVisible();
  await expect(page.getByLabel('Wat is er gebeurd?')).toHaveValue('');
  await expectAccessible(page, 'afspraak, in uitvoering');

  await transition(page, 'Afronden', 'Afgerond');
  await expect(transitionButtons(page)).toHaveCount(0);
  await expect(
    page.getByText('Deze afspraak is afgesloten; de status verandert niet meer.'),
  ).toBeVisible();
  await expect(
    timeline.getByText('Status gewijzigd van in uitvoering naar afgerond'),
  ).toBeVisible();
  await expect(timeline.getByText('Vastgelegd als concept')).toBeVisible();
  await expectAccessible(page, 'afspraak, afgerond');
  await screenshot(page, 'afspraak-afgerond');
});

test('vervallen asks for a reason and is refused without one', async ({ app, page }) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Wachtlijstbemiddeling GGZ', 'vastgesteld');
  await open(app, page, `/afspraken/${id}`);
  await expect(transitionButtons(page)).toHaveText(['In uitvoering nemen', 'Laten vervallen']);
  await page.getByRole('button', { name: 'Laten vervallen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Laten vervallen' });
  await dialog.getByRole('button', { name: 'Laten vervallen' }).click();
  await expect(dialog.getByText('Geef aan waarom de afspraak vervalt.')).toBeVisible();
  await expectAccessible(page, 'dialoog vervallen, fout');
  await expect(badge(page)).toHaveText('Vastgesteld');
  await dialog.getByLabel('Reden').fill('Opgegaan in het regionale GGZ-akkoord');
  await dialog.getByRole('button', { name: 'Laten vervallen' }).click();
  await expect(badge(page)).toHaveText('Vervallen');
  await expect(
    page
      .getByRole('region', { name: 'Tijdlijn' })
      .getByText('Reden: Opgegaan in het regionale GGZ-akkoord'),
  ).toBeVisible();
  await expect(transitionButtons(page)).toHaveCount(0);
});

test('deleting an agreement sends it to the Prullenbak, with undo', async ({ app, page }) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Mantelzorgwaardering', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Naar de prullenbak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  await expect(page.getByText('staat nu in de prullenbak')).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('link', { name: 'Mantelzorgwaardering' })).toBeVisible();
});
