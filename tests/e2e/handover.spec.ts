import { todayIso } from '../../shared/dates';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { open } from './agreementsSeed';
import {
  tabTo,
  chooseWithArrows,
  dialog,
  expectScreen,
  overviewRow,
  selectField,
} from './pages/ui';

/**
 * Overdracht (issue 22, item 5), keyboard only: Hans Smit (GGZ Kromme Rijn in the demo: two
 * roles, an afspraak and an open actiepunt from a gespreksverslag) leaves; the successor is
 * chosen (Hans himself is not offered), a date before his roles began is refused beside the date
 * field, then the overdracht is done from today with one role handed over and one ended. The
 * Overzicht then names the successor, and Hans's handover is empty. The PDF button exports.
 */

/** An ISO date as the user types it: 12-11-2026. */
const typed = (iso: string) => iso.split('-').reverse().join('-');

function leaver(app: AppFixture) {
  app.api('dossier.loadDemo', {});
  const [hans] = app.api('contacts.list', { search: 'Hans Smit' });
  return hans!;
}

test('hand over by keyboard: successor, a refused date, one role ended; the Overzicht follows', async ({
  app,
  page,
}) => {
  test.slow(); // several axe runs
  const hans = leaver(app);
  await open(app, page, `/personen/${hans.id}`);
  await expectScreen(page, 'Hans Smit');
  await tabTo(page, page.getByRole('link', { name: 'Overdracht…' }));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Overdracht van Hans Smit');

  // What he carries: roles, his afspraak, his actiepunt with a link to its verslag.
  const roles = page.getByRole('table', { name: 'Lopende rollen van Hans Smit' });
  await expect(roles.getByRole('row')).toHaveCount(3);
  await expect(
    page.getByRole('link', { name: 'Crisiszorg GGZ en verward gedrag — meldpunt' }),
  ).toHaveAttribute('href', /#\/afspraken\//);
  await expect(
    page.getByRole('link', { name: 'Gespreksverslag ‘Evaluatie samenwerkingsafspraken 2026’' }),
  ).toHaveAttribute('href', /#\/gespreksverslagen\//);
  await expectAccessible(page, 'overdracht');
  await screenshot(page, 'overdracht');

  // The successor: a searchable list of the register without Hans himself.
  const form = page.getByRole('form', { name: 'Overdracht uitvoeren' });
  const successor = selectField(form, 'Opvolger');
  await tabTo(page, successor);
  await page.keyboard.type('Smit');
  await expect(page.getByRole('option', { name: 'Bram Smit (Gemeente Houten)' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Hans Smit/ })).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Lotte van');
  await chooseWithArrows(page, 'Lotte van Leeuwen (GGZ Kromme Rijn)');
  await expect(successor).toHaveValue('Lotte van Leeuwen (GGZ Kromme Rijn)');

  // The date: today by default; typed the Dutch way, Enter completes it and does not send.
  const date = form.getByRole('textbox', { name: 'Datum van de overdracht' });
  await page.keyboard.press('Tab');
  await tabTo(page, date);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('01-01-2025');
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue('1 januari 2025');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // One role ends without successor: unticked with Space; the summary says so.
  const trekker = form.getByRole('checkbox', { name: /^Trekker \(thema\) GGZ/ });
  await expect(trekker).toBeChecked();
  await tabTo(page, trekker);
  await page.keyboard.press('Space');
  await expect(trekker).not.toBeChecked();
  await expect(form).toContainText(
    'Zonder opvolger eindigt: Trekker (thema) GGZ, GGZ Kromme Rijn.',
  );
  await expect(form).toContainText(
    '1 afspraak en 1 open actiepunt krijgen Lotte van Leeuwen als eigenaar.',
  );

  // Before his roles began: refused, beside the date field; nothing changed.
  const submit = form.getByRole('button', { name: 'Overdracht uitvoeren' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const confirm = dialog(page, 'Overdracht van Hans Smit uitvoeren?');
  await expect(confirm.getByRole('button', { name: 'Overdracht uitvoeren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(date).toHaveAccessibleDescription(/begon op 1 november 2025/);
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'overdracht geweigerd');
  await screenshot(page, 'overdracht-geweigerd');
  expect(app.api('handover.get', { contactId: hans.id }).roles).toHaveLength(2);

  // From today: confirmed, done.
  const today = todayIso();
  await date.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(typed(today));
  await page.keyboard.press('Enter');
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(confirm).toContainText('Dit kunt u niet ongedaan maken');
  await expectAccessible(page, 'overdracht bevestigen');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Overdracht uitgevoerd: Lotte van Leeuwen is de opvolger van Hans Smit.'),
  ).toBeVisible();
  const done = page.getByRole('status').filter({ hasText: 'Overdracht uitgevoerd' });
  await expect(done).toBeFocused();
  await expect(done).toContainText('1 rol eindigde zonder opvolger');

  // His handover is empty now.
  await expect(page.getByText('Niets over te dragen')).toBeVisible();
  await expect(page.getByText('Hans Smit heeft geen lopende rollen.')).toBeVisible();
  await expect(page.getByText('Hans Smit heeft geen open actiepunten.')).toBeVisible();
  await expectAccessible(page, 'overdracht uitgevoerd');
  await screenshot(page, 'overdracht-uitgevoerd');
  const after = app.api('handover.get', { contactId: hans.id });
  expect([after.roles, after.ownedAgreements, after.openActions]).toEqual([[], [], []]);

  // The Overzicht names Lotte as ambtelijk aanspreekpunt of GGZ Kromme Rijn, not Hans.
  await page.keyboard.press('Control+1');
  await expectScreen(page, /^Overzicht /);
  const row = overviewRow(page, 'GGZ Kromme Rijn');
  await expect(row).toContainText('Lotte van Leeuwen');
  await expect(row).not.toContainText('Hans Smit');
});

test('the overdracht as PDF, from its button', async ({ app, page }) => {
  test.slow(); // prints a PDF
  const hans = leaver(app);
  await open(app, page, `/personen/${hans.id}/overdracht`);
  await expectScreen(page, 'Overdracht van Hans Smit');
  await page.getByRole('button', { name: 'PDF maken…' }).press('Enter');
  const pdf = dialog(page, 'Overdracht als PDF');
  await expect(pdf.getByRole('button', { name: 'Exporteren…' })).toBeFocused();
  await expectAccessible(page, 'overdracht als pdf');
  await page.keyboard.press('Enter');
  await expect(pdf.getByText('Klaar', { exact: true })).toBeVisible({ timeout: 60_000 });
  const [chosen] = app.server.desktop.dialogs;
  expect(chosen?.title).toBe('Overdracht opslaan als PDF');
  await expect(pdf).toContainText(chosen!.fileName);
  await page.keyboard.press('Escape');
  await expect(pdf).toHaveCount(0);
});
