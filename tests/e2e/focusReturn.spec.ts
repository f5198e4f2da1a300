import type { Page } from '@playwright/test';
import { todayIso } from '../../shared/dates';
import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { dialog, expectScreen, selectField } from './pages/ui';

/**
 * Focus goes back to the control that opened a dialog, or to what took its place, never to the
 * page (issue 19, minor); vaststellen is never done by Enter in a field, and asks once more in a
 * confirmation that takes the focus and says what happens.
 */

/** A meeting of a week ago with one agenda item (its minutes can be vastgesteld today). */
function seedMeeting(app: AppFixture) {
  const base = seedBase(app.api);
  const day = new Date(`${todayIso()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek ouderen',
    date: day.toISOString().slice(0, 10),
    startTime: '14:00',
    endTime: '16:00',
  });
  const item = app.api('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  app.api('agenda.saveMinutes', {
    agendaItemId: item.id,
    baseRevision: 0,
    minutesHtml: '<p>Besproken.</p>',
  });
  return { base, meeting, item };
}

/** Whether the focus is on the page itself (no control). */
const isBody = (page: Page) =>
  page.evaluate(() => {
    const d = (globalThis as unknown as { document: { activeElement: unknown; body: unknown } })
      .document;
    return d.activeElement === d.body;
  });

test('Vaststellen: not by Enter in a field; a focused confirmation; then focus on Correctie maken…', async ({
  app,
  page,
}) => {
  const { meeting } = seedMeeting(app);
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek ouderen');
  await page.getByRole('button', { name: 'Notulen vaststellen…' }).focus();
  await page.keyboard.press('Enter');
  const approve = dialog(page, 'Notulen vaststellen');
  const approvedIn = approve.getByRole('textbox', { name: 'Vastgesteld in' });
  await approvedIn.fill('Regio-overleg');
  await approvedIn.press('Enter');
  await expect(approve).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(approvedIn).toBeFocused();
  expect(app.api('meetings.get', { id: meeting.id }).minutesStatus).toBe('concept');

  // Ctrl+Enter (or the button) asks once more; the question has the focus and is read out.
  await approvedIn.press('Control+Enter');
  const confirm = dialog(page, 'Notulen definitief vaststellen?');
  await expect(confirm).toHaveAccessibleDescription(/kan niet ongedaan worden gemaakt/);
  await expect(confirm.getByRole('button', { name: 'Ja, vaststellen' })).toBeFocused();
  await expectAccessible(page, 'notulen vaststellen, bevestiging');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(approve).toBeVisible();
  expect(app.api('meetings.get', { id: meeting.id }).minutesStatus).toBe('concept');

  await approve.getByRole('button', { name: 'Vaststellen…' }).click();
  await expect(confirm.getByRole('button', { name: 'Ja, vaststellen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Vastgesteld op .* in Regio-overleg\./)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The button that opened the dialog is gone: its successor has the focus.
  await expect(page.getByRole('button', { name: 'Correctie maken…' })).toBeFocused();
  expect(app.api('meetings.get', { id: meeting.id }).minutesStatus).toBe('vastgesteld');
  await expectAccessible(page, 'notulen vastgesteld, focus op correctie');
});

test('a dialog opened from a besluit’s ⋯ menu gives the focus back to the ⋯ button', async ({
  app,
  page,
}) => {
  const { meeting, item } = seedMeeting(app);
  app.api('decisions.add', { agendaItemId: item.id, text: 'Er komt een valpreventieloket.' });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek ouderen');
  const more = page.getByRole('button', { name: /^Afspraak bij besluit Er komt een/ });

  // Escape.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Bestaande afspraak wijzigen…' }).press('Enter');
  const change = dialog(page, 'Afspraak wijzigen met dit besluit');
  // (Escape in the Afspraak field would first close its list; the dekking box is disabled
  // until an afspraak is chosen.)
  await change.getByRole('button', { name: 'Annuleren' }).focus();
  await page.keyboard.press('Escape');
  await expect(change).toBeHidden();
  await expect(more).toBeFocused();
  expect(await isBody(page)).toBe(false);

  // Saved, with the mouse.
  await more.click();
  await page.getByRole('menuitem', { name: 'Nieuwe afspraak uit dit besluit…' }).click();
  const create = dialog(page, 'Nieuwe afspraak uit besluit');
  await selectField(create, 'Thema’s').focus();
  await page.keyboard.type('Oude');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(create.getByText('Ouderen', { exact: true })).toBeVisible();
  await create.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('link', { name: /^Er komt een valpreventieloket/ })).toBeVisible();
  await expect(more).toBeFocused();
  await expectAccessible(page, 'besluit met afspraak, focus op het menu');
});

test('after Uitnodigen the focus stays on Uitnodigen', async ({ app, page }) => {
  const { meeting } = seedMeeting(app);
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek ouderen');
  const person = selectField(page, 'Persoon uitnodigen');
  await person.focus();
  await page.keyboard.type('Piet');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(person).toHaveValue(/^Pieter Jansen/);
  const invite = page.getByRole('button', { name: 'Uitnodigen', exact: true });
  await invite.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: /^Pieter Jansen.* niet meer uitnodigen$/ }),
  ).toBeVisible();
  await expect(person).toHaveValue('');
  await expect(invite).toBeFocused();
  await expect(invite).toHaveAttribute('aria-disabled', 'true');
  // Nobody chosen: Uitnodigen does nothing.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /niet meer uitnodigen$/ })).toHaveCount(1);
  await expectAccessible(page, 'genodigde toegevoegd, focus op Uitnodigen');
});
