import fs from 'node:fs';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { expectScreen } from './pages/ui';

/**
 * Back-ups in Instellingen (issue 9): the warning before the first one, "Nu een back-up maken"
 * (also Bestand → Back-up maken), the list with what each holds, and the folder with its advice.
 */
test('a first backup from Instellingen and from the menu; a folder that cannot be used is said', async ({
  app,
  page,
}) => {
  app.api('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
  app.api('dossier.loadDemo', {});
  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');
  await expect(page.getByText('Er is nog geen back-up gemaakt.')).toBeVisible();
  await expectAccessible(page, 'instellingen zonder back-up');

  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByText('De back-up is gemaakt en gecontroleerd.')).toBeVisible();
  await expect(page.getByText('Back-up in orde')).toBeVisible();
  const table = page.getByRole('table', { name: 'Recente back-ups' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Handmatig');
  await expect(table).toContainText('15 afspraken');
  const folder = (app.api('backups.status', {}) as { dossierFolder: string }).dossierFolder;
  expect(fs.readdirSync(folder).filter((f) => f.endsWith('-handmatig.db'))).toHaveLength(1);

  // Bestand → Back-up maken (the main process sends the menu command).
  const listeners = await page.evaluate(() =>
    (globalThis as unknown as PageWindow).__regioEmit('backup-now'),
  );
  expect(listeners).toBe(1);
  await expect
    .poll(() => fs.readdirSync(folder).filter((f) => f.endsWith('-handmatig.db')).length)
    .toBe(2);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectAccessible(page, 'instellingen met back-ups');
  await screenshot(page, 'backups');

  // A relative path is refused beside the field; Enter submits.
  const field = page.getByRole('textbox', { name: 'Back-upmap' });
  await field.fill('back-ups');
  await field.press('Enter');
  await expect(page.getByText('Geef een volledig pad op')).toBeVisible();
  await expectAccessible(page, 'back-upmap met fout');
  // A folder that cannot be made: the warning says so, and the backup fails in Dutch.
  const blocked = `${folder}/../een-bestand`;
  fs.writeFileSync(blocked, 'geen map');
  await field.fill(`${blocked}/sub`);
  await field.press('Enter');
  await expect(page.getByText(/niet bereikbaar/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByText(/niet bereikbaar of niet beschrijfbaar/)).toBeVisible();
});
