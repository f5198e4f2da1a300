import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';

/**
 * Defects a first real use of the app found (issue 6, part B), each driven as a coordinator
 * would: typing Dutch dates, pressing Escape and Enter, using the keyboard.
 */

const statusRegion = (page: Page) => page.getByRole('region', { name: 'Status wijzigen' });

test('dates typed the Dutch way are saved as that day; a wrong date keeps its text with a hint', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Valpreventie', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const evaluation = page.getByRole('textbox', { name: 'Volgende evaluatie' });
  for (const [typed, shown] of <[string, string][]>[
    ['12-11-2026', '12 november 2026'],
    ['25-11-2026', '25 november 2026'],
    ['1-12-2026', '1 december 2026'],
    ['3/2/2027', '3 februari 2027'],
    ['12 nov 2026', '12 november 2026'],
    ['2027-01-31', '31 januari 2027'],
  ]) {
    await evaluation.fill(typed);
    await evaluation.press('Tab');
    await expect(evaluation).toHaveValue(shown);
  }
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(() => app.api('agreements.get', { id }).nextEvaluation).toBe('2027-01-31');

  await page.getByRole('button', { name: 'Bewerken' }).click();
  await evaluation.fill('31-02-2027');
  await evaluation.press('Tab');
  await expect(evaluation).toHaveValue('31-02-2027');
  await expect(page.getByText('Onbekende datum. Schrijf bijvoorbeeld 12-11-2026')).toBeVisible();
  await expectAccessible(page, 'datumveld met fout');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(evaluation).toHaveValue('31-02-2027'); // refused: the form stays, with the text
  expect(app.api('agreements.get', { id }).nextEvaluation).toBe('2027-01-31');
});

test('Escape in an open calendar closes only the calendar; the dialog and its text stay', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Valpreventie', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await statusRegion(page).getByRole('button', { name: 'In bespreking nemen' }).click();
  const dialog = page.getByRole('dialog', { name: 'In bespreking nemen' });
  await dialog
    .getByRole('textbox', { name: 'Toelichting (niet verplicht)' })
    .fill('Voor het RBO van december');
  await dialog.getByRole('button', { name: 'Datum: kalender openen' }).click();
  await expect(page.getByRole('button', { name: 'Vorige maand' })).toBeVisible();
  await expectAccessible(page, 'kalender open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Vorige maand' })).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Toelichting (niet verplicht)' })).toHaveValue(
    'Voor het RBO van december',
  );
  // Alt+↓ in the field opens it again from the keyboard; Escape there too closes only the calendar.
  await dialog.getByRole('textbox', { name: 'Datum' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('button', { name: 'Vorige maand' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape'); // now the dialog
  await expect(dialog).toBeHidden();
});

test('Enter does not vaststellen; Ctrl+Enter does, with a warning about dekking, and it can be undone', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Valpreventie', 'in_bespreking');
  await open(app, page, `/afspraken/${id}`);
  await statusRegion(page).getByRole('button', { name: 'Vaststellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vaststellen' });
  await expect(dialog.getByText('Nog geen bestuurlijke dekking')).toBeVisible();
  const date = dialog.getByRole('textbox', { name: 'Datum' });
  await date.fill('20-11-2026');
  await date.press('Enter');
  await expect(dialog).toBeVisible();
  expect(app.api('agreements.get', { id }).status).toBe('in_bespreking');
  await expectAccessible(page, 'vaststellen met waarschuwing');
  await screenshot(page, 'vaststellen-dialoog');

  await date.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.api('agreements.get', { id }).status).toBe('vastgesteld');
  expect(app.api('agreements.get', { id }).adoptedOn).toBe('2026-11-20');
  // Focus is not lost: the Vaststellen button is gone, so it goes to the heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Valpreventie' })).toBeFocused();

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('De afspraak is weer in bespreking.')).toBeVisible();
  await expect.poll(() => app.api('agreements.get', { id }).status).toBe('in_bespreking');
  expect(app.api('agreements.get', { id }).adoptedOn).toBeNull();
});

test('a role that starts later reads "per <datum>" in the overzicht and is listed under Toekomstig', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const anna = app.api('contacts.create', { name: 'Anna van der Berg', partyId: base.gemeenteId });
  app.api('roles.create', {
    regionId: base.regionId,
    contactId: anna.id,
    partyId: base.gemeenteId,
    role: 'bestuurlijk_aanspreekpunt',
    since: '2099-12-01',
  });
  await open(app, page, '/overzicht');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Gemeente Hilversum' }) });
  await expect(row.getByText('per 1 december 2099:')).toBeVisible();
  await expect(row.getByRole('link', { name: 'Anna van der Berg' })).toBeVisible();
  await expectAccessible(page, 'overzicht met toekomstige rol');

  await open(app, page, '/rollen');
  await page.getByText('Toekomstig', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Anna van der Berg' })).toBeVisible();
  await page.getByText('Huidig', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Anna van der Berg' })).toBeHidden();
});

test('one person as both bestuurlijk and ambtelijk aanspreekpunt of a party gets a warning, not a refusal', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  app.api('roles.create', {
    regionId: base.regionId,
    contactId: base.ownerId,
    partyId: base.gemeenteId,
    role: 'bestuurlijk_aanspreekpunt',
  });
  await open(app, page, '/overzicht');
  await page
    .getByRole('button', { name: 'Ambtelijk aanspreekpunt toewijzen voor Gemeente Hilversum' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rol toewijzen' });
  await dialog.getByRole('switch', { name: 'Nieuwe persoon toevoegen' }).uncheck();
  await dialog.getByRole('combobox', { name: 'Persoon' }).click();
  await page.getByRole('option', { name: /Pieter Jansen/ }).click();
  await expect(dialog.getByText('Zelfde persoon op beide niveaus')).toBeVisible();
  await expectAccessible(page, 'waarschuwing dubbele rol');
  await dialog.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(dialog).toBeHidden();
});

test('text inputs stop at the length the schema allows, and say so in the same terms', async ({
  app,
  page,
}) => {
  seedBase(app.api);
  await open(app, page, '/partijen');
  await page.getByRole('button', { name: 'Nieuwe partij' }).click();
  const name = page
    .getByRole('dialog', { name: 'Nieuwe partij' })
    .getByRole('textbox', { name: 'Naam', exact: true });
  await name.fill('x'.repeat(10_000));
  const max = Number(await name.getAttribute('maxlength'));
  expect(max).toBeGreaterThan(50);
  expect(max).toBeLessThan(10_000);
  // fill() bypasses maxlength; typing does not.
  await name.fill('');
  await name.pressSequentially('y'.repeat(max + 5), { delay: 0 });
  await expect(name).toHaveValue('y'.repeat(max));
});

test('every dialog starts in its first field, not on the close button', async ({ app, page }) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Valpreventie', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await statusRegion(page).getByRole('button', { name: 'In bespreking nemen' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'In bespreking nemen' })
      .getByRole('textbox', { name: 'Datum' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');

  await open(app, page, '/afspraken');
  await page.getByRole('button', { name: 'Nieuwe afspraak' }).first().click();
  await expect(
    page.getByRole('dialog', { name: 'Nieuwe afspraak' }).getByRole('textbox', { name: 'Titel' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');

  await open(app, page, '/rollen');
  await page.getByRole('button', { name: 'Rol toewijzen' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Rol toewijzen' })
      .getByRole('combobox', { name: 'Rol', exact: true }),
  ).toBeFocused();
});

test('the active side-bar item keeps its contrast on hover', async ({ app, page }) => {
  seedBase(app.api);
  await open(app, page, '/afspraken');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Afspraken', exact: true })
    .hover();
  await expectAccessible(page, 'actief menu-item onder de muis');
});
