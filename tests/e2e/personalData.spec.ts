import fs from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';
import { expectScreen } from './pages/ui';

/** An access request under the AVG (issue 9): a person's data as one JSON file, from their page. */
test('export everything stored about one person as JSON', async ({ app, page }) => {
  app.api('dossier.loadDemo', {});
  const ruud = (app.api('contacts.list', { search: 'Ruud Bakker' }) as { id: string }[])[0]!;
  await app.goto(`/personen/${ruud.id}`);
  await page.reload();
  await expectScreen(page, 'Ruud Bakker');
  await expectAccessible(page, 'persoon met AVG-export');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Persoonsgegevens exporteren (AVG)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Persoonsgegevens Ruud Bakker \d{4}-\d{2}-\d{2}\.json$/,
  );
  const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(data.persoon.naam).toBe('Ruud Bakker');
  expect(data.overleggen).toHaveLength(3);
  await expect(
    page.getByText(/De persoonsgegevens van Ruud Bakker zijn opgeslagen als/),
  ).toBeVisible();
});
