import { expect, expectAccessible, test } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';
import { dialog, expectScreen, selectField } from './pages/ui';

/**
 * "Bestaande afspraak wijzigen" never replaces what is there without showing it: an afspraak
 * that already has bestuurlijke dekking keeps it unless the box is ticked on purpose, every
 * change reads "nu: … → wordt: …", and a meeting still to come can only link.
 */
const EARLIER = { granted: true, by: 'Bestuurlijk overleg van 1 oktober 2026', on: '2026-10-01' };

test('an existing dekking is kept unless replaced on purpose, old and new shown', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const existing = seedAgreement(
    app.api,
    base,
    'Valpreventie thuiswonende ouderen',
    'in_bespreking',
    {
      dekking: EARLIER,
    },
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
  app.api('decisions.add', { agendaItemId: item.id, text: 'De aanpak valpreventie gaat door.' });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek najaar');

  await page.getByRole('button', { name: /^Afspraak bij besluit De aanpak valpreventie/ }).click();
  await page.getByRole('menuitem', { name: 'Bestaande afspraak wijzigen…' }).click();
  const change = dialog(page, 'Afspraak wijzigen met dit besluit');
  const box = change.getByRole('checkbox', {
    name: 'Bestuurlijke dekking vervangen door: vastgesteld in Voortgangsgesprek najaar van 12 november 2026',
  });
  const summary = change.getByRole('list', { name: 'Wat er verandert' });
  await expect(box).not.toBeChecked();
  await expect(summary).toContainText(
    'Bestuurlijke dekking — blijft: ja, vastgesteld door Bestuurlijk overleg op 1 oktober 2026',
  );
  await expectAccessible(page, 'afspraak wijzigen, dekking blijft');
  await box.check();
  await expect(summary).toContainText(
    'Bestuurlijke dekking — nu: ja, vastgesteld door Bestuurlijk overleg op 1 oktober 2026 → wordt: ja, vastgesteld door Voortgangsgesprek najaar op 12 november 2026',
  );
  await box.uncheck();
  // Only the status changes: the dekking stays as it was.
  await selectField(change, 'Nieuwe status').click();
  await page.getByRole('option', { name: 'Vastgesteld', exact: true }).click();
  await expect(summary).toContainText(
    'Status — nu: in bespreking → wordt: vastgesteld (op 12 november 2026)',
  );
  await change.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(change).toBeHidden();
  const after = app.api('agreements.get', { id: existing });
  expect(after.status).toBe('vastgesteld');
  expect(after.dekking).toEqual(EARLIER);
});

test('a besluit of a meeting still to come can only link', async ({ app, page }) => {
  const base = seedBase(app.api);
  const existing = seedAgreement(app.api, base, 'Mantelzorgloket', 'in_bespreking');
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'bestuurlijk_regio_overleg',
    title: 'Bestuurlijk overleg',
    date: '2099-03-01',
    startTime: '10:00',
    endTime: '12:00',
  });
  const item = app.api('agenda.add', { meetingId: meeting.id, title: 'Mantelzorg' });
  app.api('agenda.update', {
    id: item.id,
    title: 'Mantelzorg',
    presenter: '',
    confidential: false,
    agreementIds: [existing],
  });
  app.api('decisions.add', { agendaItemId: item.id, text: 'Voorstel mantelzorgloket.' });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Bestuurlijk overleg');

  await page
    .getByRole('button', { name: /^Afspraak bij besluit Voorstel mantelzorgloket/ })
    .click();
  await page.getByRole('menuitem', { name: 'Bestaande afspraak wijzigen…' }).click();
  const change = dialog(page, 'Afspraak wijzigen met dit besluit');
  await expect(change.getByText('Dit overleg moet nog plaatsvinden.')).toBeVisible();
  await expect(selectField(change, 'Nieuwe status')).toBeDisabled();
  await expect(change.getByRole('checkbox')).not.toBeChecked();
  await expect(change.getByRole('checkbox')).toBeDisabled();
  await expect(change.getByRole('list', { name: 'Wat er verandert' })).toContainText(
    'Bestuurlijke dekking — blijft: nog niet',
  );
  await expectAccessible(page, 'afspraak wijzigen, overleg nog niet geweest');
  await change.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(change).toBeHidden();
  const after = app.api('agreements.get', { id: existing });
  expect(after.dekking.granted).toBe(false);
  expect(after.decisionLinks).toHaveLength(1);
});
