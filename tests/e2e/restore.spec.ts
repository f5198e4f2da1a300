import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../electron/api/createApi';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { expectScreen } from './pages/ui';

/**
 * Back-up terugzetten (issue 9), keyboard only: Bestand → Back-up terugzetten…, choose the backup,
 * confirm; the current state is saved first and "Terug naar de versie van vóór het terugzetten"
 * puts it back. An empty dossier offers the same from its welcome screen.
 */
test('restore a backup with the keyboard, and go back to the version before it', async ({
  app,
  page,
}) => {
  app.api('dossier.loadDemo', {});
  const older = await app.server.api.backupNow('dagelijks');
  // A party more: the two backups differ, and their lines in the list say so.
  app.api('parties.create', { name: 'Stichting Tussendoor', type: 'overig' });
  const backup = await app.server.api.backupNow('handmatig');
  app.api('regions.create', { name: 'Regio Na de back-up' });
  await app.goto('/regio');
  await page.reload();
  await expectScreen(page, 'Regio');

  // Bestand → Back-up terugzetten… (the main process sends the menu command).
  await page.evaluate(() => (globalThis as unknown as PageWindow).__regioEmit('restore-backup'));
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog).toBeVisible();
  const choice = dialog.getByRole('radio', { name: /handmatig/ });
  await expect(choice).toBeFocused();
  await expect(dialog).toContainText('1 regio, 19 partijen, 15 afspraken');
  await expect(dialog).toContainText('1 regio, 18 partijen, 15 afspraken');
  await expect(dialog).toContainText('laatste wijziging');
  expect(older.counts.parties).toBe(backup.counts.parties - 1);
  await expectAccessible(page, 'back-up kiezen');
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  // Enter on the radio asks, and never restores: the question is announced and its button focused.
  await page.keyboard.press('Enter');
  const question = dialog.getByRole('alertdialog', { name: 'Terugzetten bevestigen' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('19 partijen');
  const yes = question.getByRole('button', { name: 'Ja, terugzetten' });
  await expect(yes).toBeFocused();
  await expect(question).toHaveAccessibleDescription(/komt in de plaats van wat u nu hebt/);
  expect(
    (app.api('regions.list', {}) as { name: string }[]).some(
      (r) => r.name === 'Regio Na de back-up',
    ),
  ).toBe(true);
  await expectAccessible(page, 'terugzetten bevestigen');
  await screenshot(page, 'restore-confirm');
  // Andere kiezen goes back to the list, the chosen backup focused; then ask again.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(yes).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog.getByText('Klaar: teruggezet', { exact: true })).toBeVisible();
  await expect(dialog).toContainText(
    /De back-up van \d+ \w+ \d{4} om \d\d:\d\d \(handmatig\) is teruggezet/,
  );
  await expect(dialog).toContainText('De gegevens van daarvoor zijn bewaard als back-up van');
  await expect(
    page.getByText(/De back-up van .* \(handmatig\) is teruggezet\./).last(),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Sluiten' }).last()).toBeFocused();
  await expectAccessible(page, 'teruggezet');
  await screenshot(page, 'restore-done');
  const regions = () =>
    (app.api('regions.list', {}) as { name: string }[]).map((r) => r.name).sort();
  expect(regions()).toEqual(['Regio Utrecht-Oost']);
  // Every screen reads the restored data: the app went to the Overzicht.
  await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('Regio Utrecht-Oost');

  await dialog
    .getByRole('button', { name: 'Terug naar de versie van vóór het terugzetten' })
    .click();
  await expect(dialog.getByText('Klaar: teruggedraaid', { exact: true })).toBeVisible();
  expect(regions()).toEqual(['Regio Na de back-up', 'Regio Utrecht-Oost']);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(backup.reason).toBe('handmatig');
});

test('an empty dossier offers to restore a backup', async ({ app, page }) => {
  // A backup of another dossier with the demo in it, in this dossier's backup folder.
  const folder = (app.api('backups.status', {}) as { folder: string }).folder;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elders-'));
  const elsewhere = await createApi(path.join(dir, 'elders.db'), { defaultBackupFolder: folder });
  elsewhere.invoke('dossier.loadDemo', {});
  await elsewhere.backupNow('handmatig');
  elsewhere.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom bij Regiodossier' })).toBeVisible();
  await expectAccessible(page, 'welkom met back-up');
  await page.getByRole('button', { name: 'Back-up terugzetten…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await dialog.getByRole('radio', { name: /handmatig/ }).check();
  await dialog.getByRole('button', { name: 'Terugzetten…' }).click();
  await dialog.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(dialog).toContainText('is teruggezet');
  await expectAccessible(page, 'teruggezet na een leeg dossier');
  await dialog.getByRole('button', { name: 'Sluiten' }).last().click();
  await expectScreen(page, 'Overzicht Regio Utrecht-Oost');
  fs.rmSync(dir, { recursive: true, force: true });
});
