import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';
import { dialog, expectScreen, selectField } from './pages/ui';

/**
 * Besluiten that make afspraken: a new afspraak pre-filled from a besluit, and a besluit that
 * changes an existing one (status and bestuurlijke dekking) — the link shows on both sides.
 */
test('a besluit creates a new afspraak and changes an existing one, linked both ways', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const existing = seedAgreement(
    app.api,
    base,
    'Valpreventie thuiswonende ouderen',
    'in_bespreking',
  );
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:00',
  });
  const item = app.api('agenda.add', { meetingId: meeting.id, title: 'Ouderen' });
  app.api('agenda.update', {
    id: item.id,
    title: 'Ouderen',
    presenter: '',
    confidential: false,
    agreementIds: [existing],
  });
  app.api('decisions.add', {
    agendaItemId: item.id,
    text: 'Er komt een regionaal mantelzorgloket. De gemeenten werken de opzet uit.',
  });
  app.api('decisions.add', {
    agendaItemId: item.id,
    text: 'De aanpak valpreventie wordt vastgesteld.',
  });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek najaar');

  // New afspraak, with the keyboard: the besluit's menu opens with Enter.
  await page
    .getByRole('button', { name: /^Afspraak bij besluit Er komt een regionaal mantelzorgloket/ })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Nieuwe afspraak uit dit besluit…' }).press('Enter');
  const create = dialog(page, 'Nieuwe afspraak uit besluit');
  await expect(create.getByRole('textbox', { name: 'Titel' })).toHaveValue(
    'Er komt een regionaal mantelzorgloket',
  );
  await expect(
    create.getByText('Besluit in Voortgangsgesprek najaar van 12 november 2026:'),
  ).toBeVisible();
  await expect(create.getByRole('textbox', { name: 'Door wie' })).toHaveValue(
    'Voortgangsgesprek najaar van 12 november 2026',
  );
  await selectField(create, 'Thema’s').click();
  await page.getByRole('option', { name: 'Ouderen', exact: true }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'nieuwe afspraak uit besluit');
  await create.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByText('Afspraak aangemaakt:')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Er komt een regionaal mantelzorgloket' }),
  ).toBeVisible();

  // The other besluit moves the existing afspraak to vastgesteld and gives it dekking.
  await page.getByRole('button', { name: /^Afspraak bij besluit De aanpak valpreventie/ }).click();
  await page.getByRole('menuitem', { name: 'Bestaande afspraak wijzigen…' }).click();
  const change = dialog(page, 'Afspraak wijzigen met dit besluit');
  await expect(selectField(change, 'Afspraak')).toHaveValue('Valpreventie thuiswonende ouderen');
  const summary = change.getByRole('list', { name: 'Wat er verandert' });
  await expect(summary).toContainText('Status — blijft: in bespreking');
  await selectField(change, 'Nieuwe status').click();
  await page.getByRole('option', { name: 'Vastgesteld', exact: true }).click();
  // Without dekking so far, the box is ticked and says what it does.
  await expect(
    change.getByRole('checkbox', {
      name: 'Bestuurlijke dekking: vastgesteld in Voortgangsgesprek najaar van 12 november 2026',
    }),
  ).toBeChecked();
  await expect(summary).toContainText(
    'Status — nu: in bespreking → wordt: vastgesteld (op 12 november 2026)',
  );
  await expect(summary).toContainText(
    'Bestuurlijke dekking — nu: nog niet → wordt: ja, vastgesteld door Voortgangsgesprek najaar op 12 november 2026',
  );
  await expectAccessible(page, 'afspraak wijzigen met besluit');
  await screenshot(page, 'besluit-wijzigt-afspraak');
  await change.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(change).toBeHidden();
  await expect(page.getByText('Afspraak gewijzigd:')).toBeVisible();
  await screenshot(page, 'besluiten-met-afspraken');

  // The agenda as sent: number, title and the afspraken each item is about.
  await page.getByRole('tab', { name: 'Agenda', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Ouderen' })).toContainText(
    'Afspraken: Valpreventie thuiswonende ouderen',
  );
  await expect(page.getByRole('tabpanel')).toContainText('12 november 2026, 14:00–16:00');
  await expectAccessible(page, 'agenda-overzicht');

  // The besluitenlijst: every besluit of the meeting, numbered by agenda item, with its afspraken.
  await page.getByRole('tab', { name: 'Besluitenlijst (2)' }).click();
  const list = page.getByRole('table');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(2)).toContainText(
    '1.2OuderenDe aanpak valpreventie wordt vastgesteld.Valpreventie thuiswonende ouderen (gewijzigd)',
  );
  await expect(page).toHaveURL(/weergave=besluiten/);
  await expectAccessible(page, 'besluitenlijst');
  await screenshot(page, 'besluitenlijst');
  await page.getByRole('tab', { name: 'Actielijst (0)' }).press('Enter');
  await expect(
    page.getByText('Er zijn in dit overleg (nog) geen actiepunten vastgelegd.'),
  ).toBeVisible();

  // The afspraak's side: status, dekking and the besluit with a link back to the meeting.
  await page.getByRole('tab', { name: 'Besluitenlijst (2)' }).click();
  await page.getByRole('link', { name: 'Valpreventie thuiswonende ouderen' }).click();
  await expectScreen(page, 'Valpreventie thuiswonende ouderen');
  await expect(
    page.getByText('Gewijzigd door het besluit “De aanpak valpreventie wordt vastgesteld.”'),
  ).toBeVisible();
  // The meeting's date is said once (not "… van 12 november 2026 op 12 november 2026").
  await expect(
    page.getByText('Ja, vastgesteld door Voortgangsgesprek najaar op 12 november 2026', {
      exact: true,
    }),
  ).toBeVisible();
  await expectAccessible(page, 'afspraak met besluit');
  await page.getByRole('link', { name: 'Voortgangsgesprek najaar van 12 november 2026' }).click();
  await expectScreen(page, 'Voortgangsgesprek najaar');
});
