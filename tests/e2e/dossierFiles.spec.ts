import fs from 'node:fs';
import path from 'node:path';
import { createApi } from '../../electron/api/createApi';
import { damageBtree, damageSchema } from '../harness/damage';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { expectScreen } from './pages/ui';

/**
 * Dossier files (issue 9) in browser mode (the save and open dialogs are the harness's stand-in):
 * opening a damaged file is refused with the reason while the dossier in use stays open, and what
 * can be read is rescued into a new file; Nieuw dossier and Kopie opslaan als from Instellingen.
 */
async function damagedDossier(dir: string) {
  const file = path.join(dir, 'Regio Kapot.db');
  const api = await createApi(file, { defaultBackupFolder: path.join(dir, 'elders') });
  api.invoke('dossier.loadDemo', {});
  api.close();
  damageBtree(file, 'agreement');
  return file;
}

test('open a damaged dossier: refused, then rescued into a new file', async ({ app, page }) => {
  app.api('regions.create', { name: 'Regio Huidig' });
  const dir = path.dirname(app.server.api.ctx.databasePath);
  const damaged = await damagedDossier(dir);
  const before = fs.readFileSync(damaged);
  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');
  await expectAccessible(page, 'instellingen met dossierbestand');

  // Bestand → Openen… (Ctrl+O in the menu), the open dialog answers the damaged file.
  app.server.desktop.nextOpen = damaged;
  await page.evaluate(() => (globalThis as unknown as PageWindow).__regioEmit('file-open'));
  const dialog = page.getByRole('dialog', { name: 'Dossier niet geopend' });
  await expect(dialog).toContainText('Regio Kapot.db is niet geopend');
  await expect(dialog).toContainText('is beschadigd');
  await expect(dialog).toContainText('Het dossier waarin u werkte, blijft open.');
  await expect(dialog.getByRole('button', { name: 'Back-up terugzetten…' })).toBeVisible();
  await expectAccessible(page, 'dossier geweigerd');
  await screenshot(page, 'dossier-refused');
  expect(app.server.api.ctx.databasePath).not.toBe(damaged);
  expect(fs.readFileSync(damaged).equals(before)).toBe(true);

  app.server.desktop.nextSave = path.join(dir, 'Regio Gered.db');
  await dialog.getByRole('button', { name: 'Herstellen naar een nieuw bestand…' }).click();
  const done = page.getByRole('dialog', { name: 'Dossier hersteld' });
  await expect(done).toContainText('Regio Gered.db is geopend');
  await expect(done).toContainText('Niet alles kon worden gelezen');
  const agreements = done.getByRole('row', { name: /^afspraken \d/ });
  await expect(agreements).toContainText('tabel niet leesbaar');
  await expect(done.getByRole('button', { name: 'Back-up terugzetten…' })).toBeVisible();
  await expectAccessible(page, 'dossier hersteld');
  await screenshot(page, 'dossier-recovered');
  await page.keyboard.press('Escape');
  await expect(done).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('Regio Utrecht-Oost');
  expect(app.server.api.ctx.databasePath).toBe(path.join(dir, 'Regio Gered.db'));
});

test('a dossier whose schema is lost: nothing to rescue, said so, and the backups offered', async ({
  app,
  page,
}) => {
  app.api('regions.create', { name: 'Regio Huidig' });
  const dir = path.dirname(app.server.api.ctx.databasePath);
  const damaged = path.join(dir, 'Regio Zonder Schema.db');
  const api = await createApi(damaged, { defaultBackupFolder: path.join(dir, 'elders') });
  api.invoke('dossier.loadDemo', {});
  api.close();
  damageSchema(damaged);
  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');

  app.server.desktop.nextOpen = damaged;
  await page.evaluate(() => (globalThis as unknown as PageWindow).__regioEmit('file-open'));
  const dialog = page.getByRole('dialog', { name: 'Dossier niet geopend' });
  app.server.desktop.nextSave = path.join(dir, 'Regio Gered.db');
  await dialog.getByRole('button', { name: 'Herstellen naar een nieuw bestand…' }).click();
  const nothing = page.getByRole('dialog', { name: 'Niets te redden' });
  await expect(nothing).toContainText('Uit Regio Zonder Schema.db kon niets worden gered');
  await expect(nothing).toContainText('Er is geen nieuw bestand gemaakt');
  await expect(nothing.getByRole('row', { name: /^afspraken \d/ })).toContainText(
    'tabel niet leesbaar',
  );
  await expect(nothing.getByRole('button', { name: 'Back-up terugzetten…' })).toBeFocused();
  await expectAccessible(page, 'niets te redden');
  expect(fs.existsSync(path.join(dir, 'Regio Gered.db'))).toBe(false);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Back-up terugzetten' })).toBeVisible();
  expect(app.server.api.ctx.databasePath).not.toBe(damaged);
});

test('Nieuw dossier, Kopie opslaan als and the recent list in Instellingen', async ({
  app,
  page,
}) => {
  app.api('dossier.loadDemo', {});
  const first = app.server.api.ctx.databasePath;
  const dir = path.dirname(first);
  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');

  app.server.desktop.nextSave = path.join(dir, 'Kopie.db');
  await page.getByRole('button', { name: 'Kopie opslaan als…' }).click();
  await expect(
    page.getByText(/Een gecontroleerde kopie is opgeslagen als .*Kopie\.db/),
  ).toBeVisible();
  expect(fs.existsSync(path.join(dir, 'Kopie.db'))).toBe(true);

  app.server.desktop.nextSave = path.join(dir, 'Leeg.db');
  await page.getByRole('button', { name: 'Nieuw dossier…' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom bij Regiodossier' })).toBeVisible();
  expect(app.server.api.ctx.databasePath).toBe(path.join(dir, 'Leeg.db'));

  // Back to the first dossier through the open dialog, then the recent list offers both.
  app.server.desktop.nextOpen = first;
  await page.evaluate(() => (globalThis as unknown as PageWindow).__regioEmit('file-open'));
  await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue('Regio Utrecht-Oost');
  await app.goto('/instellingen');
  const recent = page.getByRole('table', { name: 'Recent geopende dossiers' });
  await expect(recent.getByRole('row')).toHaveCount(3);
  await expectAccessible(page, 'recente dossiers');
  await recent.getByRole('button', { name: 'Leeg.db openen' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom bij Regiodossier' })).toBeVisible();
});
