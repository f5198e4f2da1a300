import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../electron/api/createApi';
import { expect, expectAccessible, test } from './fixtures';
import { expectScreen } from './pages/ui';

/**
 * Gegevens importeren in Instellingen (issue 9): a colleague's file is read in after a backup;
 * a file over the documented limit is refused before it is read.
 */
test('import a colleague’s file after a backup; a file over 50 MB is refused', async ({
  app,
  page,
}) => {
  app.api('dossier.loadDemo', {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  const colleague = await createApi(':memory:');
  colleague.invoke('regions.create', { name: 'Regio Van Een Collega' });
  const exported = colleague.invoke('dossier.export', { regionId: null });
  colleague.close();
  const file = path.join(dir, 'collega.json');
  fs.writeFileSync(file, JSON.stringify(exported.ok && exported.value));
  const huge = path.join(dir, 'alles.json');
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, 60 * 1024 * 1024);

  await app.goto('/instellingen');
  await page.reload();
  await expectScreen(page, 'Instellingen');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Gegevens importeren' }).click();
  await (await chooser).setFiles(huge);
  await expect(page.getByRole('alert')).toContainText(
    'alles.json is 60 MB; Regiodossier leest bestanden tot 50 MB in.',
  );
  await expectAccessible(page, 'import te groot');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Gegevens importeren' }).click();
  await (await again).setFiles(file);
  await expect(page.getByText('collega.json is ingelezen.')).toBeVisible();
  const backups = app.api('backups.list', {}) as { reason: string }[];
  expect(backups.map((b) => b.reason)).toEqual(['voor-import']);
  expect((app.api('regions.list', {}) as { name: string }[]).map((r) => r.name)).toContain(
    'Regio Van Een Collega',
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
