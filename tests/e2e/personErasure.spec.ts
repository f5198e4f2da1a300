import { expect, expectAccessible, test } from './fixtures';
import { dialog, expectScreen } from './pages/ui';

/**
 * AVG erasure (issue 19, major 8): purging a person lists every mention of their name or e-mail
 * address in free text, and the user chooses per mention, with the keyboard, which to replace by
 * "[verwijderd]".
 */
const NAME = 'Ruud Zeldenrust';
const EMAIL = 'r.zeldenrust@voorbeeld.nl';

test('purging a person: choose per mention, by keyboard', async ({ app, page }) => {
  const region = app.api('regions.create', { name: 'Eemland' }) as { id: string };
  const ruud = app.api('contacts.create', { name: NAME, email: EMAIL }) as { id: string };
  const meeting = app.api('meetings.create', {
    regionId: region.id,
    kind: 'werkgroep',
    title: 'Werkgroep valpreventie',
    date: '2026-10-01',
    startTime: '10:00',
    endTime: '11:00',
  }) as { id: string };
  const item = app.api('agenda.add', { meetingId: meeting.id, title: 'Plan' }) as { id: string };
  const decision = app.api('decisions.add', {
    agendaItemId: item.id,
    text: `${NAME} werkt het plan uit.`,
  }) as { id: string };
  const action = app.api('actions.add', {
    agendaItemId: item.id,
    text: `Plan sturen aan ${EMAIL}`,
  }) as { id: string };
  app.api('contacts.delete', { id: ruud.id });

  await app.goto('/prullenbak');
  await page.reload();
  await expectScreen(page, 'Prullenbak');
  const purge = page.getByRole('button', { name: `${NAME} definitief verwijderen` });
  await purge.focus();
  await page.keyboard.press('Enter');

  const confirm = dialog(page, `${NAME} definitief verwijderen?`);
  await expect(confirm).toContainText('op 2 plaatsen in vrije tekst');
  const keepDecision = confirm.getByRole('checkbox', {
    name: /besluit, Werkgroep valpreventie \(2026-10-01\), Plan/,
  });
  const replaceAction = confirm.getByRole('checkbox', { name: /actiepunt/ });
  await expect(keepDecision).toBeChecked();
  await expect(replaceAction).toBeChecked();
  await expect(confirm).toContainText(`${NAME} werkt het plan uit.`);
  await expectAccessible(page, 'definitief verwijderen met vermeldingen');

  await confirm.getByRole('button', { name: 'Alles laten staan' }).focus();
  await page.keyboard.press('Enter');
  await expect(confirm).toContainText('0 van 2 vermeldingen worden vervangen.');
  await replaceAction.focus();
  await page.keyboard.press('Space');
  await expect(replaceAction).toBeChecked();
  await expect(keepDecision).not.toBeChecked();
  await confirm.getByRole('button', { name: 'Definitief verwijderen' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByText(`${NAME} is definitief verwijderd.`)).toBeVisible();
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();
  const detail = app.api('meetings.get', { id: meeting.id }) as {
    agenda: {
      decisions: { id: string; text: string }[];
      actions: { id: string; text: string }[];
    }[];
  };
  expect(detail.agenda[0]!.decisions.find((d) => d.id === decision.id)!.text).toBe(
    `${NAME} werkt het plan uit.`,
  );
  expect(detail.agenda[0]!.actions.find((a) => a.id === action.id)!.text).toBe(
    'Plan sturen aan [verwijderd]',
  );
});
