import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { createApi } from '../../electron/api/createApi';
import { e2eRendererDir } from '../harness/requireBuild';
import { startServer } from '../harness/server';
import { expect, expectAccessible, screenshot } from './fixtures';

/**
 * A dossier file the app may not write (issue 19, minor): it opens read-only with a banner on
 * every screen, and a save is refused in Dutch with nothing written. Tests run as root, where
 * chmod cannot refuse a write, so the server is told the file is not writable (`canWrite`).
 */
test('a read-only dossier says so on every screen and refuses a save in Dutch', async ({
  page,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'regiodossier-e2e-ro-'));
  const dbFile = path.join(dir, 'regiodossier.db');
  const seed = await createApi(dbFile, { defaultBackupFolder: path.join(dir, 'back-ups') });
  seed.invoke('dossier.loadDemo', {});
  seed.close();
  const before = fs.readFileSync(dbFile);
  const server = await startServer({
    dbFile,
    rendererDir: e2eRendererDir(),
    canWrite: () => false,
  });
  try {
    await page.goto(server.url);
    const banner = page.getByRole('alert').filter({ hasText: 'Dit dossier is alleen-lezen' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Bestand → Kopie opslaan als…');
    await expectAccessible(page, 'alleen-lezen dossier');
    await screenshot(page, 'alleen-lezen');

    // Another screen: the banner stays; a save is refused and says why.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Thema’s' })
      .click();
    await expect(banner).toBeVisible();
    await page.getByRole('textbox', { name: 'Nieuw thema' }).fill('Jongeren en eenzaamheid');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Nieuw thema' })).toHaveAccessibleDescription(
      /alleen-lezen: wijzigingen worden niet opgeslagen/,
    );
    await expect(page.getByRole('textbox', { name: 'Nieuw thema' })).toHaveValue(
      'Jongeren en eenzaamheid',
    );
    await expectAccessible(page, 'alleen-lezen dossier, geweigerde wijziging');
  } finally {
    await server.close();
  }
  expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  await rm(dir, { recursive: true, force: true });
});
