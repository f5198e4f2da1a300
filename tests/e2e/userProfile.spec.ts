import { expect, expectAccessible, test } from './fixtures';
import { dialog, expectScreen } from './pages/ui';

/**
 * Issue 19, major 4: "Uw naam" is this computer's (the user profile), not the dossier's.
 * Instellingen edits it; a computer without a name asks for it when a dossier with data opens.
 */
test.describe('on a computer that has a name', () => {
  test('Instellingen edits the name of this computer; the next change is recorded under it', async ({
    app,
    page,
  }) => {
    const region = app.api('regions.create', { name: 'Regio Eem' });
    await app.goto('/instellingen');
    await page.reload();
    await expectScreen(page, 'Instellingen');
    await expect(dialog(page, 'Wie werkt er op deze computer?')).toHaveCount(0);
    const name = page.getByRole('textbox', { name: /Uw naam/ });
    await expect(name).toHaveValue('Testgebruiker');
    await expect(page.getByText('horen bij deze computer, niet bij het dossier')).toBeVisible();
    await name.fill('Bert Bakker');
    await page.getByRole('textbox', { name: /Organisatie/ }).fill('Gemeente Zeist');
    await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect
      .poll(() => app.api('settings.get', {}))
      .toMatchObject({ userName: 'Bert Bakker', organisation: 'Gemeente Zeist' });
    await expectAccessible(page, 'instellingen, uw naam');

    app.api('regions.update', { ...pick(region), name: 'Regio Eemland' });
    const [latest] = app.api('history.list', { entity: 'region', id: region.id });
    expect(latest!.actor).toBe('Bert Bakker (Gemeente Zeist)');
    // Nothing of it in the dossier's settings.
    const keys = app.server.api.ctx.repos.db.prepare('SELECT key FROM setting').all();
    expect(keys).not.toContainEqual({ key: 'userName' });
  });
});

test.describe('on a computer used for the first time', () => {
  test.use({ userProfile: {} });

  test('a dossier with data asks who works here; Later postpones, Opslaan records the name', async ({
    app,
    page,
  }) => {
    app.api('regions.create', { name: 'Regio Eem' });
    await page.reload();
    const prompt = dialog(page, 'Wie werkt er op deze computer?');
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('textbox', { name: /Uw naam/ })).toBeFocused();
    await expectAccessible(page, 'eerste gebruik, uw naam');

    // Later: closed for this session (a reload keeps the choice), asked again next time.
    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toHaveCount(0);
    await page.reload();
    await expectScreen(page, /Regio Eem/);
    await expect(prompt).toHaveCount(0);
    await page.evaluate(() =>
      (
        globalThis as unknown as { sessionStorage: { removeItem(k: string): void } }
      ).sessionStorage.removeItem('regio:naam-later'),
    );
    await page.reload();
    await expect(prompt).toBeVisible();

    // A name is required; Enter submits.
    await prompt.getByRole('button', { name: 'Opslaan' }).click();
    await expect(prompt.getByText('Uw naam is verplicht')).toBeVisible();
    await prompt.getByRole('textbox', { name: /Organisatie/ }).fill('Zorgkantoor');
    await prompt.getByRole('textbox', { name: /Uw naam/ }).fill('Carla Claassen');
    await prompt.getByRole('textbox', { name: /Uw naam/ }).press('Enter');
    await expect(prompt).toHaveCount(0);
    expect(app.api('settings.get', {})).toMatchObject({
      userName: 'Carla Claassen',
      organisation: 'Zorgkantoor',
    });
  });

  test('the welcome screen of an empty dossier asks in its own card, not in a dialog', async ({
    page,
  }) => {
    await expect(page.getByRole('heading', { name: 'Welkom bij Regiodossier' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Uw naam/ })).toHaveValue('');
    await expect(dialog(page, 'Wie werkt er op deze computer?')).toHaveCount(0);
  });
});

function pick(r: {
  id: string;
  name: string;
  zorgkantoorNumber: number | null;
  description: string;
}) {
  return {
    id: r.id,
    name: r.name,
    zorgkantoorNumber: r.zorgkantoorNumber,
    description: r.description,
  };
}
