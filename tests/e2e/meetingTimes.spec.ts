import { expect, expectAccessible, test } from './fixtures';
import { dialog, expectScreen, navLink } from './pages/ui';

/**
 * Time fields read times the Dutch way, as the date field reads dates: "10.00", "1130" and "10u"
 * are 10:00, 11:30 and 10:00; text that is no time stays as typed with a hint beside the field.
 */
test('the meeting form reads 10.00 as 10:00 and keeps a wrong time with a hint', async ({
  app,
  page,
}) => {
  const region = app.api('regions.create', {
    name: 'Eemland',
    zorgkantoorNumber: null,
    description: '',
  });
  app.api('settings.update', { currentRegionId: region.id });
  await page.reload();
  await navLink(page, 'Overleggen').click();
  await expectScreen(page, 'Overleggen');
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const form = dialog(page, 'Nieuw overleg');
  await form.getByRole('textbox', { name: 'Titel' }).fill('Werkgroep wonen');
  await form.getByRole('textbox', { name: 'Datum' }).fill('12-11-2026');
  const start = form.getByRole('textbox', { name: 'Begintijd' });
  const end = form.getByRole('textbox', { name: 'Eindtijd' });

  await start.fill('25.00');
  await start.press('Tab');
  await expect(start).toHaveValue('25.00');
  await expect(
    form.getByText('Onbekende tijd. Schrijf bijvoorbeeld 14:00, 14.00 of 1400.'),
  ).toBeVisible();
  await expectAccessible(page, 'nieuw overleg met onbekende tijd');

  await start.fill('10.00');
  await start.press('Tab');
  await expect(start).toHaveValue('10:00');
  await expect(form.getByText('Onbekende tijd.')).toBeHidden();
  await end.fill('1130');
  // Enter completes the time and does not send the form (DESIGN §6); Ctrl+Enter does.
  await end.press('Enter');
  await expect(end).toHaveValue('11:30');
  await expect(form).toBeVisible();
  await end.press('Control+Enter');

  await expectScreen(page, 'Werkgroep wonen');
  await expect(page.getByText('12 november 2026, 10:00–11:30')).toBeVisible();
  const saved = app.api('meetings.list', { regionId: region.id }).items[0]!;
  expect([saved.startTime, saved.endTime]).toEqual(['10:00', '11:30']);
});
