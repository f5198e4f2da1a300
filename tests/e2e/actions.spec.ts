import type { Page } from '@playwright/test';
import type { Input } from '../../shared/api/contract';
import { formatDateNl as formatted, todayIso } from '../../shared/dates';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { tabTo, chooseWithArrows, expectScreen, selectField } from './pages/ui';

/**
 * The actiepunten-overzicht (issue 22): the actiepunten of overleggen and gespreksverslagen in one
 * list by due date, overdue ones marked, filters, several afgerond at once with undo, each linking
 * to where it was agreed; and "Mijn actiepunten" on the Overzicht.
 */

/** `days` from today (negative: before), as stored (2026-11-12). */
function day(days: number) {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const USER = 'Fatima el Amrani';

/**
 * Regio Gooi en Vechtstreek with an overleg (one overdue action of the user's, one of Pieter
 * Jansen's later, one afgerond) and a gespreksverslag (one overdue action of the user's).
 */
function seed(app: AppFixture) {
  const base = seedBase(app.api);
  const user = app.api('contacts.create', { name: USER, partyId: base.verzekeraarId });
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'voortgangsgesprek',
    title: 'Voorjaarsoverleg',
    date: day(-60),
    startTime: '14:00',
    endTime: '16:00',
  });
  const item = app.api('agenda.add', { meetingId: meeting.id, title: 'Wonen' });
  const add = (input: Input<'actions.add'>) => app.api('actions.add', input);
  add({ agendaItemId: item.id, text: 'Woonvisie delen', ownerId: user.id, dueDate: day(-30) });
  add({ agendaItemId: item.id, text: 'Offerte opvragen', ownerId: base.ownerId, dueDate: day(30) });
  const done = add({
    agendaItemId: item.id,
    text: 'Notulen rondsturen',
    ownerId: base.ownerId,
    dueDate: day(-50),
  });
  app.api('actions.setStatus', { id: done.id, status: 'afgerond', doneOn: day(-55) });
  const verslag = app.api('conversations.create', {
    regionId: base.regionId,
    kind: 'evaluatiegesprek',
    title: 'Evaluatie met Zorggroep Hilversum',
    date: day(-20),
    partyIds: [base.gemeenteId],
  });
  add({
    conversationId: verslag.id,
    text: 'Cliëntenraad uitnodigen',
    ownerId: user.id,
    dueDate: day(-5),
  });
  return { ...base, userId: user.id, meetingId: meeting.id, verslagId: verslag.id };
}

const table = (page: Page) => page.getByRole('table', { name: 'Actiepunten' });
/** The body rows' action texts, in order (the first row is the header). */
const texts = (page: Page) => table(page).locator('tbody tr .action-text');
const count = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /^\d+ actiepunt(en)?(, waarvan \d+ te laat)?(, \d+ geselecteerd)?$/ });

/** A choice of the Status filter (a segmented control: its radios are visually hidden). */
const statusChoice = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name: 'Status' }).getByText(name, { exact: true });

const statusOf = (app: AppFixture, regionId: string, text: string) =>
  app
    .api('actions.list', { regionId, status: null, limit: 100 })
    .items.find((a) => a.text === text)!;

test('keyboard only: te laat, two afgerond at once, undo, and on to where they were agreed', async ({
  app,
  page,
}) => {
  test.slow(); // many single key presses
  const s = seed(app);
  await open(app, page, '/overzicht');
  await expectScreen(page, /^Overzicht /);
  await page.keyboard.press('Control+j');
  await expectScreen(page, 'Actiepunten');

  // Open ones by due date; the overdue ones say so in words, not only by colour.
  await expect(count(page)).toHaveText('3 actiepunten, waarvan 2 te laat');
  await expect(texts(page)).toHaveText([
    'Woonvisie delen',
    'Cliëntenraad uitnodigen',
    'Offerte opvragen',
  ]);
  const late = table(page).locator('tr.action-overdue');
  await expect(late).toHaveCount(2);
  await expect(late.first()).toContainText('te laat');
  await expect(table(page)).toContainText(
    `Overleg ‘Voorjaarsoverleg’ (${formatted(day(-60))}) · Wonen`,
  );
  await expect(table(page)).toContainText(
    `Gespreksverslag ‘Evaluatie met Zorggroep Hilversum’ (${formatted(day(-20))})`,
  );
  await expectAccessible(page, 'actiepunten');
  await screenshot(page, 'actiepunten-lijst');

  // "Alleen te laat" with the keyboard.
  const lateOnly = page.getByRole('switch', { name: /^Alleen te laat/ });
  await tabTo(page, lateOnly);
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('2 actiepunten');

  // Two selected with Space, then afgerond in one go.
  await tabTo(page, page.getByRole('checkbox', { name: 'Woonvisie delen selecteren' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Cliëntenraad uitnodigen selecteren' }));
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('2 actiepunten, 2 geselecteerd');
  const markDone = page.getByRole('button', { name: 'Markeer als afgerond (2)' });
  await tabTo(page, markDone, { back: true });
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: '2 actiepunten afgerond.' }),
  ).toBeVisible();
  expect(statusOf(app, s.regionId, 'Woonvisie delen').status).toBe('afgerond');
  expect(statusOf(app, s.regionId, 'Cliëntenraad uitnodigen').doneOn).toBe(todayIso());
  await expect(page.getByText('Geen actiepunten met deze filters')).toBeVisible();
  // The button keeps the focus (aria-disabled now), and the undo is one Shift+Tab away.
  await expect(page.getByRole('button', { name: 'Markeer als afgerond (0)' })).toBeFocused();
  await expectAccessible(page, 'actiepunten afgerond, met ongedaan maken');
  await tabTo(page, page.getByRole('button', { name: 'Ongedaan maken' }).first(), { back: true });
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Ongedaan gemaakt: 2 actiepunten staan weer open.' }),
  ).toBeFocused();
  await expect(texts(page)).toHaveText(['Woonvisie delen', 'Cliëntenraad uitnodigen']);
  expect(statusOf(app, s.regionId, 'Woonvisie delen')).toMatchObject({
    status: 'open',
    doneOn: null,
  });
  // The notification's own "Ongedaan maken" went with it.
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);

  // Each row leads to where it was agreed: the gespreksverslag, and the overleg.
  const verslag = page.getByRole('link', { name: /^Gespreksverslag ‘Evaluatie met Zorggroep/ });
  await tabTo(page, verslag);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Evaluatie met Zorggroep Hilversum');
  expect(page.url()).toContain(`#/gespreksverslagen/${s.verslagId}`);
  await page.goBack();
  await expectScreen(page, 'Actiepunten');
  // The filters are kept on the way back.
  await expect(count(page)).toHaveText('2 actiepunten');
  const overleg = page.getByRole('link', { name: /^Overleg ‘Voorjaarsoverleg’/ });
  await tabTo(page, overleg, { max: 40 });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Voorjaarsoverleg');
  expect(page.url()).toContain(`#/overleggen/${s.meetingId}`);
});

test('afgeronde ones open again and back on their own date; filters and their empty state', async ({
  app,
  page,
}) => {
  const s = seed(app);
  await open(app, page, '/actiepunten');
  await expect(count(page)).toHaveText('3 actiepunten, waarvan 2 te laat');

  // Afgerond: the row's Heropenen, undone in the notification, keeps its afgerond date.
  await statusChoice(page, 'Afgerond').click();
  await expect(texts(page)).toHaveText(['Notulen rondsturen']);
  await expect(table(page)).toContainText(`Afgerond op${formatted(day(-55))}`);
  await page.getByRole('button', { name: 'Heropenen: Notulen rondsturen' }).click();
  await expect(page.getByText('Geen actiepunten met deze filters')).toBeVisible();
  expect(statusOf(app, s.regionId, 'Notulen rondsturen').status).toBe('open');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' }).first()).toBeFocused();
  const note = page.locator('.mantine-Notification-root').filter({ hasText: 'staat weer open' });
  await note.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(texts(page)).toHaveText(['Notulen rondsturen']);
  expect(statusOf(app, s.regionId, 'Notulen rondsturen')).toMatchObject({
    status: 'afgerond',
    doneOn: day(-55),
  });

  // Alle, then the owner (searchable), the party and the source under "Meer filters".
  await statusChoice(page, 'Alle').click();
  await expect(count(page)).toHaveText('4 actiepunten, waarvan 2 te laat');
  await expect(table(page).getByRole('columnheader', { name: 'Status' })).toBeVisible();
  await screenshot(page, 'actiepunten-alle');

  // Ctrl+A in the table selects every one; the buttons count what each would change.
  await page.getByRole('checkbox', { name: 'Offerte opvragen selecteren' }).focus();
  await page.keyboard.press('Control+a');
  await expect(count(page)).toHaveText('4 actiepunten, waarvan 2 te laat, 4 geselecteerd');
  await expect(page.getByRole('button', { name: 'Markeer als afgerond (3)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Weer openzetten (1)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Alle actiepunten selecteren' }).uncheck();
  await expect(count(page)).toHaveText('4 actiepunten, waarvan 2 te laat');
  await selectField(page, 'Eigenaar').fill('Pieter');
  await page.getByRole('option', { name: 'Pieter Jansen (Gemeente Hilversum)' }).click();
  await expect(texts(page)).toHaveText(['Notulen rondsturen', 'Offerte opvragen']);
  // Back to everyone with the keyboard: the list's first choice.
  await selectField(page, 'Eigenaar').fill('Ieder');
  await chooseWithArrows(page, 'Iedereen');
  await expect(selectField(page, 'Eigenaar')).toHaveValue('Iedereen');
  await expect(count(page)).toHaveText('4 actiepunten, waarvan 2 te laat');
  await page.getByRole('button', { name: 'Meer filters' }).click();
  await selectField(page, 'Bron').click();
  await page.getByRole('option', { name: 'Gespreksverslag', exact: true }).click();
  await expectAccessible(page, 'actiepunten, meer filters');
  await screenshot(page, 'actiepunten-meer-filters');
  // Escape closes the filters and gives the focus back to their button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Klaar' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Meer filters (1)' })).toBeFocused();
  await expect(texts(page)).toHaveText(['Cliëntenraad uitnodigen']);
  await expect(
    page.getByRole('group', { name: 'Actieve filters' }).getByText('Bron: Gespreksverslag'),
  ).toBeVisible();

  // Nothing matches: said so, with the way out.
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('bestaat niet');
  await expect(page.getByText('Geen actiepunten met deze filters')).toBeVisible();
  await expectAccessible(page, 'actiepunten zonder resultaat');
  await page.getByRole('button', { name: 'Filters wissen' }).last().click();
  await expect(count(page)).toHaveText('3 actiepunten, waarvan 2 te laat');
  await expect(page.getByRole('radio', { name: 'Open' })).toBeChecked();
});

test('the Overzicht shows my actiepunten, late ones and the region’s; without me in the register it says why', async ({
  app,
  page,
}) => {
  const s = seed(app);
  await open(app, page, '/overzicht');
  const card = page.getByRole('region', { name: 'Mijn actiepunten' });
  await expect(card).toContainText('U heeft 2 open actiepunten, waarvan 2 te laat.');
  await expect(
    card.getByRole('list', { name: 'Mijn open actiepunten' }).getByRole('listitem'),
  ).toHaveText([
    new RegExp(`^te laatWoonvisie delenvóór ${formatted(day(-30))} · Overleg ‘Voorjaarsoverleg’`),
    /^te laatCliëntenraad uitnodigenvóór .* · Gespreksverslag ‘Evaluatie met Zorggroep Hilversum’/,
  ]);
  await expect(card).toContainText('In de regio: 2 actiepunten te laat.');
  await expectAccessible(page, 'overzicht met mijn actiepunten');
  const full = await screenshot(page, 'overzicht-met-mijn-actiepunten');
  await card.screenshot({ path: full.replace(/[^/\\]+\.png$/, 'mijn-actiepunten-kaart.png') });

  // A late one of mine leads to the list, filtered on me and te laat.
  await card.getByRole('link', { name: '2 te laat' }).click();
  await expectScreen(page, 'Actiepunten');
  await expect(selectField(page, 'Eigenaar')).toHaveValue(`${USER} (Zorgverzekeraar Gooiland)`);
  await expect(page.getByRole('switch', { name: /^Alleen te laat/ })).toBeChecked();
  await expect(texts(page)).toHaveText(['Woonvisie delen', 'Cliëntenraad uitnodigen']);

  // An action done elsewhere is gone from the card at once.
  await page.getByRole('button', { name: 'Afronden: Woonvisie delen' }).click();
  await page.keyboard.press('Control+1');
  await expect(card).toContainText('U heeft 1 open actiepunt, waarvan 1 te laat.');
  await card.getByRole('link', { name: /^Gespreksverslag ‘Evaluatie/ }).click();
  expect(page.url()).toContain(`#/gespreksverslagen/${s.verslagId}`);

  // Nobody in the register by the user's name: a hint with the way to Personen.
  app.api('settings.update', { userName: 'Iemand Anders' });
  await open(app, page, '/overzicht');
  await expect(card).toContainText(
    'Er staat in het register geen persoon met uw naam (Iemand Anders)',
  );
  await expect(card).toContainText('In de regio: 1 actiepunt te laat.');
  await expectAccessible(page, 'overzicht zonder persoon met mijn naam');
  await card.getByRole('link', { name: 'Personen' }).click();
  await expectScreen(page, 'Personen');
});

test('a region without actiepunten says where they come from', async ({ app, page }) => {
  seedBase(app.api);
  await open(app, page, '/actiepunten');
  await expect(page.getByText('Nog geen actiepunten')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de overleggen' })).toBeVisible();
  await expectAccessible(page, 'geen actiepunten');
});

test('a long list pages in as it scrolls; all of it afgerond at once and back', async ({
  app,
  page,
}) => {
  const s = seed(app);
  const meeting = app.api('meetings.create', {
    regionId: s.regionId,
    kind: 'werkgroep',
    title: 'Werkgroep wonen',
    date: day(-10),
    startTime: '10:00',
    endTime: '11:00',
  });
  let itemId = '';
  for (let i = 1; i <= 130; i += 1) {
    const item =
      i % 65 === 1 ? app.api('agenda.add', { meetingId: meeting.id, title: `Punt ${i}` }) : null;
    if (item) itemId = item.id;
    app.api('actions.add', {
      agendaItemId: itemId,
      text: `Actie ${String(i).padStart(3, '0')}`,
      dueDate: day(100 + i),
    });
  }
  await open(app, page, '/actiepunten');
  await expect(count(page)).toHaveText('133 actiepunten, waarvan 2 te laat');
  // Pages of 50 come as the table scrolls; the last one is the latest due.
  const scroller = page.getByTestId('virtual-table');
  await expect(async () => {
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(texts(page).last()).toHaveText('Actie 130', { timeout: 1_000 });
  }).toPass();

  // The ids come from the server (not only the rows loaded): the box is ticked once they are in.
  await page.getByRole('checkbox', { name: 'Alle actiepunten selecteren' }).click();
  await expect(count(page)).toHaveText('133 actiepunten, waarvan 2 te laat, 133 geselecteerd');
  await page.getByRole('button', { name: 'Markeer als afgerond (133)' }).click();
  await expect(page.getByText('Geen open actiepunten')).toBeVisible();
  await expect(page.getByText('Alle 134 actiepunten van deze regio zijn afgerond.')).toBeVisible();
  await expectAccessible(page, 'geen open actiepunten, met ongedaan maken');
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(count(page)).toHaveText('133 actiepunten, waarvan 2 te laat');
  expect(statusOf(app, s.regionId, 'Notulen rondsturen').status).toBe('afgerond');
});
