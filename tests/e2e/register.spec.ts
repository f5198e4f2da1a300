import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  choose,
  createParty,
  createRegionFromWelcome,
  dialog,
  expectScreen,
  navLink,
  overviewRow,
  selectField,
} from './pages/ui';

/** The whole register workflow through the UI: region → parties → people → roles → gaps → trash. */

const GEMEENTE = 'Gemeente Amersfoort';
const VERZEKERAAR = 'Zorgverzekeraar Eemzorg';

/** From a party's page: "Nieuwe persoon" (organisation preset); ends on the person's page. */
async function addPersonFromParty(page: Page, person: { name: string; fn: string; email: string }) {
  await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
  const form = dialog(page, 'Nieuwe persoon');
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill(person.name);
  await form.getByLabel('Functie').fill(person.fn);
  await form.getByLabel('E-mailadres').fill(person.email);
  await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expectScreen(page, person.name);
}

/** From a person's page: "Rol toewijzen" with person and party preset. */
async function assignRoleFromPerson(page: Page, role: string) {
  await page.getByRole('button', { name: 'Rol toewijzen' }).click();
  const form = dialog(page, 'Rol toewijzen');
  await choose(form, page, 'Rol', role);
  await form.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('cell', { name: role })).toBeVisible();
}

async function openParty(page: Page, name: string) {
  await navLink(page, 'Partijen').click();
  await expectScreen(page, 'Partijen');
  await page.getByRole('link', { name, exact: true }).click();
  await expectScreen(page, name);
}

test('register workflow: region, parties, people, roles, filling a gap, ending a role, trash and restore', async ({
  app,
  page,
}) => {
  test.slow(); // one long user journey: many screens in a row
  await createRegionFromWelcome(page, 'Eemland');

  // Who is editing: the history names this person.
  await navLink(page, 'Instellingen').click();
  await expectScreen(page, 'Instellingen');
  await page.getByLabel('Uw naam').fill('Anna de Vries');
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();

  // Parties: a gemeente as deelnemer, a zorgverzekeraar as preferente zorgverzekeraar.
  await navLink(page, 'Partijen').click();
  await expectScreen(page, 'Partijen');
  await createParty(page, { type: 'Gemeente', name: GEMEENTE });
  await navLink(page, 'Partijen').click();
  await expectScreen(page, 'Partijen');
  await createParty(page, {
    type: 'Zorgverzekeraar',
    name: VERZEKERAAR,
    role: 'Preferente zorgverzekeraar',
  });
  await expect(page.getByRole('cell', { name: 'Preferente zorgverzekeraar' })).toBeVisible();

  // People: an invalid e-mail first gives a Dutch message and keeps the typed text.
  await openParty(page, GEMEENTE);
  await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
  const form = dialog(page, 'Nieuwe persoon');
  await expect(selectField(form, 'Organisatie')).toHaveValue(GEMEENTE);
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Sanne Wethouder');
  await form.getByLabel('Functie').fill('wethouder zorg');
  const email = form.getByLabel('E-mailadres');
  await email.fill('sanne@amersfoort');
  await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(email).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(
    'Sanne Wethouder',
  );
  await email.fill('sanne@amersfoort.nl');
  await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expectScreen(page, 'Sanne Wethouder');
  await assignRoleFromPerson(page, 'Bestuurlijk aanspreekpunt');

  await openParty(page, GEMEENTE);
  await addPersonFromParty(page, {
    name: 'Pieter Beleid',
    fn: 'beleidsadviseur Wmo',
    email: 'pieter@amersfoort.nl',
  });
  // The ambtelijk role through the Rollen screen, choosing party and person.
  await navLink(page, 'Rollen').click();
  await expectScreen(page, 'Rollen');
  await page.getByRole('button', { name: 'Rol toewijzen' }).click();
  const assign = dialog(page, 'Rol toewijzen');
  await choose(assign, page, 'Rol', 'Ambtelijk aanspreekpunt');
  await choose(assign, page, 'Namens partij', GEMEENTE);
  await choose(assign, page, 'Persoon', /^Pieter Beleid/);
  await assign.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(assign).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Pieter Beleid' })).toContainText(
    'Ambtelijk aanspreekpunt',
  );

  await openParty(page, VERZEKERAAR);
  await addPersonFromParty(page, {
    name: 'Karin Regio',
    fn: 'regiodirecteur',
    email: 'karin@eemzorg.nl',
  });
  await assignRoleFromPerson(page, 'Bestuurlijk aanspreekpunt');

  // The overzicht shows the gap: the insurer lacks an ambtelijk aanspreekpunt.
  await navLink(page, 'Overzicht').click();
  await expectScreen(page, 'Overzicht Regio Eemland');
  await expect(page.getByText('1 partij mist een aanspreekpunt')).toBeVisible();
  await expect(overviewRow(page, VERZEKERAAR).getByText('Ontbreekt')).toHaveCount(1);
  await expect(overviewRow(page, GEMEENTE).getByText('Ontbreekt')).toHaveCount(0);
  await expect(overviewRow(page, GEMEENTE)).toContainText('Sanne Wethouder');
  await expect(overviewRow(page, GEMEENTE)).toContainText('Pieter Beleid');

  // Fill it in one go: Toewijzen opens the dialog preset with party and role; add a new person.
  await page
    .getByRole('button', { name: `Ambtelijk aanspreekpunt toewijzen voor ${VERZEKERAAR}` })
    .click();
  const fill = dialog(page, 'Rol toewijzen');
  await expect(selectField(fill, 'Rol')).toHaveValue('Ambtelijk aanspreekpunt');
  await expect(selectField(fill, 'Namens partij')).toHaveValue(VERZEKERAAR);
  await fill.getByRole('switch', { name: 'Nieuwe persoon toevoegen' }).check();
  await fill.getByLabel('Naam van de nieuwe persoon').fill('Joost Inkoop');
  await fill.getByLabel('Functie').fill('zorginkoper');
  await fill.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(fill).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Compleet' })).toBeVisible();
  await expect(page.getByText('Ontbreekt', { exact: true })).toHaveCount(0);
  await expect(overviewRow(page, VERZEKERAAR)).toContainText('Joost Inkoop');

  // End a role: it moves to Beëindigd and the gap comes back.
  await navLink(page, 'Rollen').click();
  await expectScreen(page, 'Rollen');
  const joost = page.getByRole('row').filter({ hasText: 'Joost Inkoop' });
  await joost.getByRole('button', { name: 'Beëindigen' }).click();
  const end = dialog(page, 'Rol beëindigen');
  await end.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(end).toHaveCount(0);
  await expect(joost).toHaveCount(0);
  await page.getByText('Beëindigd', { exact: true }).click();
  await expect(joost).toBeVisible();
  await expect(joost).toContainText(/beëindigd \d{1,2} \w+ \d{4}/);
  await navLink(page, 'Overzicht').click();
  await expectScreen(page, 'Overzicht Regio Eemland');
  await expect(page.getByText('1 partij mist een aanspreekpunt')).toBeVisible();
  await expect(overviewRow(page, VERZEKERAAR).getByText('Ontbreekt')).toHaveCount(1);

  // The party's history in plain Dutch.
  await overviewRow(page, GEMEENTE).getByRole('link', { name: GEMEENTE }).click();
  await expectScreen(page, GEMEENTE);
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).toContainText(
    new RegExp(
      `Aangemaakt door Anna de Vries op \\d{1,2} \\w+ \\d{4} om \\d{2}:\\d{2}: type Gemeente; naam ‘${GEMEENTE}’`,
    ),
  );

  // Delete the party: the confirmation says what goes along.
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  const confirm = dialog(page, `${GEMEENTE} verwijderen?`);
  await expect(confirm).toContainText(
    `${GEMEENTE} gaat naar de prullenbak, samen met 2 personen, 2 rollen en 1 deelname aan een regio.`,
  );
  await confirm.getByRole('button', { name: 'Naar de prullenbak' }).click();
  await expectScreen(page, 'Partijen');
  await expect(page.getByText(`${GEMEENTE} staat nu in de prullenbak.`)).toBeVisible();
  await expect(page.getByRole('link', { name: GEMEENTE })).toHaveCount(0);
  await expect(page.getByRole('link', { name: VERZEKERAAR })).toBeVisible();

  await navLink(page, 'Prullenbak').click();
  await expectScreen(page, 'Prullenbak');
  const trashed = page.getByRole('row').filter({ hasText: GEMEENTE });
  await expect(trashed).toContainText('samen met 2 personen, 2 rollen en 1 deelname aan een regio');
  await trashed.getByRole('button', { name: `${GEMEENTE} terugzetten` }).click();
  await expect(page.getByText(`${GEMEENTE} is teruggezet.`)).toBeVisible();
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();

  await openParty(page, GEMEENTE);
  const card = (title: string) => page.getByRole('region', { name: title, exact: true });
  await expect(card('Personen').getByRole('link', { name: 'Sanne Wethouder' })).toBeVisible();
  await expect(card('Personen').getByRole('link', { name: 'Pieter Beleid' })).toBeVisible();
  await expect(card('Rollen namens deze partij')).toContainText('Bestuurlijk aanspreekpunt');
  await expect(card('Rollen namens deze partij')).toContainText('Ambtelijk aanspreekpunt');
  await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText(
    'Teruggezet uit de prullenbak door Anna de Vries',
  );
  // Its roles came back too: only the insurer's ended role leaves a gap.
  expect(app.api('roles.overview', { regionId: app.api('regions.list', {})[0]!.id }).gapCount).toBe(
    1,
  );
});

test('undo in the notification after a delete puts the person back', async ({ app, page }) => {
  const region = app.api('regions.create', {
    name: 'Eemland',
    zorgkantoorNumber: null,
    description: '',
  });
  app.api('settings.update', { currentRegionId: region.id });
  const party = app.api('parties.create', {
    type: 'gemeente',
    name: GEMEENTE,
    notes: '',
    membership: { regionId: region.id, role: 'deelnemer', since: null, until: null },
  });
  const person = app.api('contacts.create', {
    name: 'Sanne Wethouder',
    function: 'wethouder',
    partyId: party.id,
    email: '',
    phone: '',
    notes: '',
    active: true,
  });
  await app.goto(`/personen/${person.id}`);
  await expectScreen(page, 'Sanne Wethouder');
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await dialog(page, 'Sanne Wethouder verwijderen?')
    .getByRole('button', { name: 'Naar de prullenbak' })
    .click();
  await expectScreen(page, 'Personen');
  await expect(page.getByRole('link', { name: 'Sanne Wethouder' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Sanne Wethouder is teruggezet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sanne Wethouder' })).toBeVisible();
  await navLink(page, 'Prullenbak').click();
  await expectScreen(page, 'Prullenbak');
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();
});
