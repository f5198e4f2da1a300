import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { chooseWithArrows, dialog, expectScreen, selectField } from './pages/ui';

/**
 * Enter in a combobox picks the highlighted option or does nothing; it never submits the form
 * around it (issue 19, major 2). Ctrl+Enter or the button submits, with the value just picked.
 * Each form starts with its required title empty: a submit would show "… is verplicht" at once.
 */

async function notSubmitted(form: Locator, message: string) {
  await expect(form).toBeVisible();
  await expect(form.getByText(message)).toHaveCount(0);
}

test('Thema’s and Eigenaar in the agreement dialog: Enter picks, Ctrl+Enter saves the new values', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  await open(app, page, '/afspraken?nieuw=1');
  const form = dialog(page, 'Nieuwe afspraak');
  await expect(form.getByRole('textbox', { name: 'Titel' })).toBeFocused();

  const themes = form.getByRole('combobox', { name: 'Thema’s' });
  await themes.focus();
  await page.keyboard.type('Oude');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByText('Ouderen', { exact: true })).toBeVisible();
  await notSubmitted(form, 'Titel is verplicht');
  // Enter again, nothing highlighted: the pick stays and the form is not sent.
  await page.keyboard.press('Enter');
  await notSubmitted(form, 'Titel is verplicht');
  await expect(form.getByText('Ouderen', { exact: true })).toBeVisible();

  const owner = selectField(form, 'Eigenaar');
  await owner.focus();
  await page.keyboard.type('Piet');
  // Typed, nothing highlighted yet: Enter does nothing.
  await page.keyboard.press('Enter');
  await notSubmitted(form, 'Titel is verplicht');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveValue(/^Pieter Jansen/);
  await notSubmitted(form, 'Titel is verplicht');
  // The list is closed now: Enter still does not send the form.
  await expect(owner).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await notSubmitted(form, 'Titel is verplicht');
  await expectAccessible(page, 'nieuwe afspraak, eigenaar gekozen met Enter');
  // Back in the field later: its list opens on the chosen person, and Enter keeps it.
  await form.getByRole('textbox', { name: 'Titel' }).focus();
  await owner.focus();
  await expect(owner).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveValue(/^Pieter Jansen/);
  await notSubmitted(form, 'Titel is verplicht');

  await form.getByRole('textbox', { name: 'Titel' }).fill('Samen tegen eenzaamheid');
  await owner.press('Control+Enter');
  await expect(form).toBeHidden();
  const saved = app.api('agreements.list', { regionId: base.regionId }).items;
  expect(saved.map((a) => a.title)).toEqual(['Samen tegen eenzaamheid']);
  expect(saved[0]!.ownerId).toBe(base.ownerId);
  expect(saved[0]!.themeIds).toEqual([base.themes.Ouderen]);
});

test('Nieuw overleg: Enter in Soort overleg and Voorzitter picks; the button saves the new values', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  await open(app, page, '/overleggen');
  await expectScreen(page, 'Overleggen');
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = dialog(page, 'Nieuw overleg');
  const kind = selectField(form, 'Soort overleg');
  await expect(kind).toBeFocused();
  const before = await kind.inputValue();
  // A closed list: Enter does nothing.
  await page.keyboard.press('Enter');
  await notSubmitted(form, 'Titel is verplicht');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(kind).not.toHaveValue(before);
  const chosenKind = await kind.inputValue();
  await notSubmitted(form, 'Titel is verplicht');

  const chair = selectField(form, 'Voorzitter');
  await chair.focus();
  await page.keyboard.type('Piet');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(chair).toHaveValue(/^Pieter Jansen/);
  await notSubmitted(form, 'Titel is verplicht');
  await page.keyboard.press('Enter');
  await notSubmitted(form, 'Titel is verplicht');

  await form.getByRole('textbox', { name: 'Titel' }).fill('Regio-overleg');
  await form.getByRole('textbox', { name: 'Datum' }).fill('12-11-2026');
  await form.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expectScreen(page, 'Regio-overleg');
  const [meeting] = app.api('meetings.list', { regionId: base.regionId }).items;
  const stored = app.api('meetings.get', { id: meeting!.id });
  expect(stored.chairId).toBe(base.ownerId);
  await expect(page.getByText(chosenKind, { exact: false }).first()).toBeVisible();
});

test('a new actiepunt: Enter in its Eigenaar (outside a dialog) picks, Enter in the text adds', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'voortgangsgesprek',
    title: 'Voortgangsgesprek najaar',
    date: '2026-11-12',
    startTime: '14:00',
    endTime: '16:00',
  });
  app.api('agenda.add', { meetingId: meeting.id, title: 'Ouderen' });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Voortgangsgesprek najaar');
  const actions = page.getByRole('region', { name: 'Actiepunten bij Ouderen' });
  // The text is still empty: a submit would say so beside it at once.
  const owner = selectField(actions, 'Eigenaar');
  await owner.focus();
  await page.keyboard.type('Piet');
  await chooseWithArrows(page, /^Pieter Jansen/);
  await expect(owner).toHaveValue(/^Pieter Jansen/);
  await notSubmitted(actions, 'Actiepunt is verplicht');
  await page.keyboard.press('Enter');
  await notSubmitted(actions, 'Actiepunt is verplicht');
  await expect(owner).toBeFocused();
  await actions.getByRole('textbox', { name: 'Nieuw actiepunt' }).fill('Offerte opvragen');
  await actions.getByRole('textbox', { name: 'Nieuw actiepunt' }).press('Enter');
  await expect(
    actions.getByRole('checkbox', { name: /^Offerte opvragen · Pieter Jansen/ }),
  ).toBeVisible();
});

test('Enter in a date or time field completes it and does not send the form; Ctrl+Enter does', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  await open(app, page, '/overleggen');
  await expectScreen(page, 'Overleggen');
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = dialog(page, 'Nieuw overleg');
  // The title is still empty: a submit would say so at once.
  const date = form.getByRole('textbox', { name: 'Datum' });
  await date.fill('12-11-2026');
  await date.press('Enter');
  await expect(date).toHaveValue('12 november 2026');
  await notSubmitted(form, 'Titel is verplicht');
  const start = form.getByRole('textbox', { name: 'Begintijd' });
  await start.fill('930');
  await start.press('Enter');
  await expect(start).toHaveValue('09:30');
  await notSubmitted(form, 'Titel is verplicht');
  await expectAccessible(page, 'nieuw overleg, datum en tijd aangevuld met Enter');

  await form.getByRole('textbox', { name: 'Titel' }).fill('Werkgroep wonen');
  await date.press('Control+Enter');
  await expectScreen(page, 'Werkgroep wonen');
  const [meeting] = app.api('meetings.list', { regionId: base.regionId }).items;
  expect([meeting!.date, meeting!.startTime]).toEqual(['2026-11-12', '09:30']);
});
