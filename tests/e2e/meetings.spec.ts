import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { dialog, expectScreen, navLink, selectField } from './pages/ui';

/** Overleggen: plan a meeting keyboard-first, invite people, keep the agenda and its minutes. */

function seed(app: AppFixture) {
  app.api('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Amersfoort' });
  const region = app.api('regions.create', {
    name: 'Eemland',
    zorgkantoorNumber: null,
    description: '',
  });
  app.api('settings.update', { currentRegionId: region.id });
  const party = app.api('parties.create', {
    type: 'gemeente',
    name: 'Gemeente Amersfoort',
    notes: '',
    membership: { regionId: region.id, role: 'deelnemer', since: null, until: null },
  });
  app.api('contacts.create', { name: 'Jan Jansen', partyId: party.id });
  return region;
}

const minutes = (page: Page, item: string) =>
  page.getByRole('textbox', { name: `Notulen bij ${item}` });

test('plan a meeting with the keyboard, invite, build the agenda and type the minutes', async ({
  app,
  page,
}) => {
  seed(app);
  await page.reload();
  await navLink(page, 'Overleggen').click();
  await expectScreen(page, 'Overleggen');
  await expect(page.getByText('Nog geen overleggen')).toBeVisible();
  await expectAccessible(page, 'lege overleggenlijst');

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = dialog(page, 'Nieuw overleg');
  await expect(selectField(form, 'Soort overleg')).toBeFocused();
  await form.getByRole('textbox', { name: 'Titel' }).fill('Voortgangsgesprek najaar');
  // Dutch typing: day first; an end before the start is refused beside the field.
  await form.getByRole('textbox', { name: 'Datum' }).fill('12-11-2026');
  await form.getByRole('textbox', { name: 'Eindtijd' }).fill('13:00');
  await form.getByRole('textbox', { name: 'Eindtijd' }).press('Control+Enter');
  await expect(form.getByText('De eindtijd moet na de begintijd liggen')).toBeVisible();
  await expectAccessible(page, 'nieuw overleg met fout');
  await form.getByRole('textbox', { name: 'Eindtijd' }).fill('16:00');
  await form.getByRole('textbox', { name: 'Locatie' }).fill('Stadhuis Amersfoort');
  await form.getByRole('textbox', { name: 'Locatie' }).press('Enter');

  await expectScreen(page, 'Voortgangsgesprek najaar');
  await expect(
    page.getByText('Voortgangsgesprek · 12 november 2026, 14:00–16:00 · Stadhuis Amersfoort'),
  ).toBeVisible();

  // The calendar file for Outlook (UTC from Amsterdam time) and the invitation for an e-mail.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Uitnodiging ▾' })
      .click()
      .then(() => page.getByRole('menuitem', { name: 'Toevoegen aan agenda' }).click()),
  ]);
  expect(download.suggestedFilename()).toBe('2026-11-12 Voortgangsgesprek najaar.ics');
  expect(await readFile(await download.path(), 'utf8')).toContain('DTSTART:20261112T130000Z');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Uitnodiging ▾' }).click();
  await page.getByRole('menuitem', { name: 'Uitnodiging kopiëren' }).click();
  await expect(page.getByText('De uitnodiging staat op het klembord')).toBeVisible();
  expect(await page.evaluate('navigator.clipboard.readText()')).toContain(
    'Datum en tijd: donderdag 12 november 2026, 14:00–16:00',
  );

  // Invite a person from the register and a guest; record who came.
  await selectField(page, 'Persoon uitnodigen').fill('Jan');
  await page.getByRole('option', { name: 'Jan Jansen (Gemeente Amersfoort)' }).click();
  await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Gast van buiten het register' })
    .fill('Fatima El Idrissi');
  await page.getByRole('textbox', { name: 'E-mailadres van de gast' }).fill('fatima@');
  await page.getByRole('button', { name: 'Gast toevoegen' }).click();
  await expect(
    page.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl'),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: 'E-mailadres van de gast' })
    .fill('f.elidrissi@movisie.nl');
  await page.getByRole('textbox', { name: 'Gast van buiten het register' }).press('Enter');
  await expect(page.getByRole('cell', { name: 'Fatima El Idrissi (gast)' })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Aanwezigheid van Jan Jansen' })
    .getByText('Aanwezig')
    .click();
  const meetingId = page.url().split('/overleggen/')[1]!;
  await expect
    .poll(() => app.api('meetings.get', { id: meetingId }).attendees.map((a) => a.attendance))
    .toEqual(['aanwezig', 'uitgenodigd']);

  // The agenda: two items by keyboard (Enter submits), then the second moves up.
  const newItem = page.getByRole('textbox', { name: 'Nieuw agendapunt' });
  await newItem.fill('Opening');
  await newItem.press('Enter');
  await expect(page.getByRole('heading', { name: '1. Opening' })).toBeVisible();
  await newItem.fill('Voortgang valpreventie');
  await newItem.press('Enter');
  await page.getByRole('button', { name: 'Voortgang valpreventie omhoog' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '1. Voortgang valpreventie',
    '2. Opening',
  ]);

  // Minutes are saved while typing, and are there after a reload.
  await minutes(page, 'Voortgang valpreventie').click();
  await page.keyboard.type('Besproken: de coördinatie van de valpreventie loopt goed.');
  await expect(page.locator('[data-save-state="saved"]').first()).toHaveText('Opgeslagen');
  await expectAccessible(page, 'overleg met agenda en notulen');
  await screenshot(page, 'overleg');
  await page.reload();
  await expect(minutes(page, 'Voortgang valpreventie')).toContainText(
    'Besproken: de coördinatie van de valpreventie loopt goed.',
  );

  await navLink(page, 'Overleggen').click();
  await expect(page.getByRole('link', { name: 'Voortgangsgesprek najaar' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 overleg' })).toBeVisible();
  await expectAccessible(page, 'overleggenlijst');
});

test('the minute-taker records decisions and actions by keyboard; open actions come back', async ({
  app,
  page,
}) => {
  const region = seed(app);
  const meeting = (title: string, date: string) =>
    app.api('meetings.create', {
      regionId: region.id,
      kind: 'voortgangsgesprek',
      title,
      date,
      startTime: '14:00',
      endTime: '16:00',
    });
  const spring = meeting('Voorjaarsoverleg', '2026-05-14');
  const earlier = app.api('agenda.add', { meetingId: spring.id, title: 'Wonen' });
  app.api('actions.add', {
    agendaItemId: earlier.id,
    text: 'Woonvisie delen',
    dueDate: '2026-06-30',
  });
  const autumn = meeting('Najaarsoverleg', '2026-11-12');
  app.api('agenda.add', { meetingId: autumn.id, title: 'Opening' });
  app.api('agenda.add', { meetingId: autumn.id, title: 'Valpreventie' });
  await app.goto(`/overleggen/${autumn.id}`);
  await expectScreen(page, 'Najaarsoverleg');

  const carried = page.getByRole('region', { name: 'Actiepuntenlijst van eerdere overleggen' });
  await expect(carried.getByRole('checkbox', { name: /Woonvisie delen/ })).toBeVisible();
  await expect(carried).toContainText('vóór 30 juni 2026 · uit Voorjaarsoverleg (14 mei 2026)');

  // From the first item's minutes, Alt+PageDown goes to the next item's minutes.
  await minutes(page, 'Opening').click();
  await page.keyboard.press('Alt+PageDown');
  await expect(minutes(page, 'Valpreventie')).toBeFocused();
  await page.keyboard.type('Het plan is besproken.');
  // Alt+Shift+B: a new decision for the item the minute-taker is in.
  await page.keyboard.press('Alt+Shift+B');
  const decisions = page.getByRole('region', { name: 'Besluiten bij Valpreventie' });
  await expect(decisions.getByRole('textbox', { name: 'Nieuw besluit' })).toBeFocused();
  await page.keyboard.type('De aanpak wordt voortgezet.');
  await page.keyboard.press('Enter');
  await expect(decisions.getByRole('listitem')).toHaveText([/^De aanpak wordt voortgezet\./]);
  // Alt+Shift+A: a new action, with a due date typed the Dutch way.
  await page.keyboard.press('Alt+Shift+A');
  const actions = page.getByRole('region', { name: 'Actiepunten bij Valpreventie' });
  await expect(actions.getByRole('textbox', { name: 'Nieuw actiepunt' })).toBeFocused();
  await page.keyboard.type('Offerte opvragen');
  await actions.getByRole('textbox', { name: 'Uiterlijk' }).fill('15-1-2027');
  await actions.getByRole('textbox', { name: 'Nieuw actiepunt' }).press('Enter');
  await expect(
    actions.getByRole('checkbox', {
      name: 'Offerte opvragen · nog niemand · vóór 15 januari 2027',
    }),
  ).toBeVisible();
  await expectAccessible(page, 'overleg met besluiten en actiepunten');
  await screenshot(page, 'overleg-besluiten-actiepunten');

  // The earlier action is done: it leaves the list.
  await carried.getByRole('checkbox', { name: /Woonvisie delen/ }).click();
  await expect(carried).toContainText(
    'Er staan geen actiepunten van eerdere overleggen meer open.',
  );

  // Edit the item: another title and vertrouwelijk.
  await page.getByRole('button', { name: 'Valpreventie bewerken' }).click();
  const edit = dialog(page, 'Agendapunt bewerken');
  await expect(edit.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await edit.getByRole('textbox', { name: 'Titel' }).fill('Valpreventie en bewegen');
  await edit.getByRole('checkbox', { name: /Vertrouwelijk/ }).check();
  await expectAccessible(page, 'agendapunt bewerken');
  await edit.getByRole('textbox', { name: 'Titel' }).press('Enter');
  await expect(page.getByRole('heading', { name: '2. Valpreventie en bewegen' })).toBeVisible();
  await expect(page.getByText('Vertrouwelijk', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Sneltoetsen' }).click();
  const help = dialog(page, 'Sneltoetsen voor de notulist');
  await expect(help).toContainText('Nieuw besluit bij het agendapunt waar u bent');
  await expectAccessible(page, 'sneltoetsen');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('vastgestelde notulen are read-only; a correction makes a new version, the old one stays', async ({
  app,
  page,
}) => {
  const region = seed(app);
  const m = app.api('meetings.create', {
    regionId: region.id,
    kind: 'bestuurlijk_regio_overleg',
    title: 'Bestuurlijk overleg',
    date: '2026-05-14',
    startTime: '10:00',
    endTime: '12:00',
  });
  const item = app.api('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
  app.api('agenda.saveMinutes', {
    agendaItemId: item.id,
    minutesHtml: '<p>Eerste tekst.</p>',
    baseRevision: 0,
  });
  await app.goto(`/overleggen/${m.id}`);
  await expectScreen(page, 'Bestuurlijk overleg');

  await page.getByRole('button', { name: 'Notulen vaststellen…' }).click();
  const approve = dialog(page, 'Notulen vaststellen');
  await approve.getByRole('textbox', { name: 'Vastgesteld op' }).fill('12-11-2026');
  await approve
    .getByRole('textbox', { name: 'Vastgesteld in' })
    .fill('Regio-overleg van 12 november 2026');
  await expectAccessible(page, 'notulen vaststellen');
  // Enter in a field does not vaststellen; Ctrl+Enter asks once more (tested in focusReturn.spec).
  await approve.getByRole('textbox', { name: 'Vastgesteld in' }).press('Control+Enter');
  await dialog(page, 'Notulen definitief vaststellen?')
    .getByRole('button', { name: 'Ja, vaststellen' })
    .click();
  await expect(
    page.getByText('Vastgesteld op 12 november 2026 in Regio-overleg van 12 november 2026.'),
  ).toBeVisible();
  // Read-only: no editor, no new agenda item, no new decision.
  await expect(minutes(page, 'Valpreventie')).toHaveCount(0);
  await expect(page.getByText('Eerste tekst.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nieuw agendapunt' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Nieuw besluit' })).toHaveCount(0);
  await expectAccessible(page, 'vastgestelde notulen');

  await page.getByRole('button', { name: 'Correctie maken…' }).click();
  const correct = dialog(page, 'Correctie maken');
  await correct.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await expect(correct.getByText('Reden van de correctie is verplicht')).toBeVisible();
  await correct
    .getByRole('textbox', { name: 'Reden van de correctie' })
    .fill('Naam verkeerd gespeld');
  await correct.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await expect(minutes(page, 'Valpreventie')).toBeVisible();
  await expect(page.getByText('Notulen in concept (versie 2)')).toBeVisible();

  await page.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  const old = dialog(page, 'Notulen, versie 1');
  await expect(old).toContainText('Eerste tekst.');
  await expectAccessible(page, 'eerdere versie van de notulen');
  await page.keyboard.press('Escape');
  await expect(old).toBeHidden();
  await expect(page.getByText('gecorrigeerd: Naam verkeerd gespeld')).toBeVisible();
});

test('plan the next voortgangsgesprek from the regio-overzicht, with the agenda filled in', async ({
  app,
  page,
}) => {
  const region = seed(app);
  const last = app.api('meetings.create', {
    regionId: region.id,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek voorjaar',
    date: '2026-05-14',
    startTime: '14:00',
    endTime: '16:00',
  });
  const item = app.api('agenda.add', { meetingId: last.id, title: 'Wonen' });
  app.api('actions.add', { agendaItemId: item.id, text: 'Woonvisie delen' });
  await app.goto('/overzicht');
  await page.reload();
  const card = page.getByRole('region', { name: 'Overleggen' });
  await expect(card).toContainText('Er is nog geen volgend overleg gepland.');
  await card.getByRole('button', { name: 'Plan volgend voortgangsgesprek' }).click();
  const plan = dialog(page, 'Volgend voortgangsgesprek plannen');
  await expect(plan.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await expect(plan).toContainText('de actiepuntenlijst (1 open actiepunt)');
  await expectAccessible(page, 'volgend voortgangsgesprek plannen');
  // A day off is named beside the date (the proposal itself is always a working day).
  await plan.getByRole('textbox', { name: 'Datum' }).fill('15-5-2027');
  await expect(plan.getByText('Let op: dit is een zaterdag.')).toBeVisible();
  await plan.getByRole('textbox', { name: 'Datum' }).fill('27-4-2027');
  await expect(plan.getByText('Let op: dit is Koningsdag, een feestdag.')).toBeVisible();
  await plan.getByRole('textbox', { name: 'Datum' }).fill('19-5-2027');
  await expect(plan.getByText(/^Let op: dit is/)).toBeHidden();
  await plan.getByRole('textbox', { name: 'Titel' }).fill('Voortgangsgesprek mei 2027');
  await plan.getByRole('textbox', { name: 'Titel' }).press('Enter');
  await expectScreen(page, 'Voortgangsgesprek mei 2027');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '1. Opening en vaststellen van de agenda',
    '2. Actiepuntenlijst van het vorige overleg',
    '3. Rondvraag en sluiting',
  ]);
  await navLink(page, 'Overzicht').click();
  await expect(page.getByRole('region', { name: 'Overleggen' })).toContainText(
    'Volgend overleg: Voortgangsgesprek mei 2027 op 19 mei 2027 om 14:00',
  );
});
