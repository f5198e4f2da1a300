import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { expectScreen, navLink } from './pages/ui';

/** Detail pages save while the user types, also when leaving the page straight away. */

function seed(app: AppFixture) {
  app.api('settings.update', { userName: 'Els Editor' });
  const region = app.api('regions.create', {
    name: 'Eemland',
    zorgkantoorNumber: null,
    description: '',
  });
  app.api('settings.update', { currentRegionId: region.id });
  return app.api('parties.create', {
    type: 'gemeente',
    name: 'Gemeente Amersfoort',
    notes: '',
    membership: { regionId: region.id, role: 'deelnemer', since: null, until: null },
  });
}

test('a name typed just before leaving the page is saved, and the history says so', async ({
  app,
  page,
}) => {
  const party = seed(app);
  await app.goto(`/partijen/${party.id}`);
  await expectScreen(page, 'Gemeente Amersfoort');
  const name = page.getByRole('textbox', { name: 'Naam', exact: true });
  await name.fill('Gemeente Amersfoort-Oost');
  await navLink(page, 'Personen').click(); // at once: well before the autosave delay
  await expectScreen(page, 'Personen');
  await expect
    .poll(() => app.api('parties.get', { id: party.id }).name)
    .toBe('Gemeente Amersfoort-Oost');

  await page.goBack();
  await expectScreen(page, 'Gemeente Amersfoort-Oost');
  await expect(name).toHaveValue('Gemeente Amersfoort-Oost');
  await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText(
    /Gewijzigd door Els Editor op \d{1,2} \w+ \d{4} om \d{2}:\d{2}: naam van ‘Gemeente Amersfoort’ naar ‘Gemeente Amersfoort-Oost’\./,
  );
  await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText(
    'Aangemaakt door Els Editor',
  );
});

test('while typing: saved after a pause; an empty name is refused with a Dutch message', async ({
  app,
  page,
}) => {
  const party = seed(app);
  await app.goto(`/partijen/${party.id}`);
  await expectScreen(page, 'Gemeente Amersfoort');
  const status = page.getByRole('status').filter({ hasText: /opgeslagen|Opslaan/ });
  await expect(status).toHaveText('Wijzigingen worden automatisch opgeslagen.');

  await page.getByLabel('Notities').fill('Wethouder wisselt in maart.');
  await expect(status).toHaveText('Alle wijzigingen zijn opgeslagen.');
  expect(app.api('parties.get', { id: party.id }).notes).toBe('Wethouder wisselt in maart.');

  const name = page.getByRole('textbox', { name: 'Naam', exact: true });
  await name.fill('');
  await expect(name).toHaveAccessibleDescription(/Naam is verplicht/);
  await expect(status).toHaveText('Niet opgeslagen: controleer de gemarkeerde velden.');
  expect(app.api('parties.get', { id: party.id }).name).toBe('Gemeente Amersfoort');

  await name.fill('Gemeente Amersfoort');
  await expect(status).toHaveText('Alle wijzigingen zijn opgeslagen.');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});

test('two windows on one party: a save on older values is refused, both versions shown', async ({
  app,
  page,
  browser,
}) => {
  const party = seed(app);
  await app.goto(`/partijen/${party.id}`);
  await expectScreen(page, 'Gemeente Amersfoort');
  const other = await browser.newContext({ locale: 'nl-NL', reducedMotion: 'reduce' });
  try {
    const pageB = await other.newPage();
    await pageB.goto(`${app.url.slice(0, -'#/'.length)}#/partijen/${party.id}`);
    await expectScreen(pageB, 'Gemeente Amersfoort');

    await page.getByLabel('Notities').fill('Notitie uit venster A.');
    await expect
      .poll(() => app.api('parties.get', { id: party.id }).notes)
      .toBe('Notitie uit venster A.');
    await pageB.getByLabel('Notities').fill('Notitie uit venster B.');
    const conflict = pageB.getByTestId('form-conflict');
    await expect(conflict).toContainText('Deze partij is intussen elders gewijzigd');
    await expect(conflict).toContainText(
      'Notities: elders “Notitie uit venster A.”, hier “Notitie uit venster B.”',
    );
    expect(app.api('parties.get', { id: party.id }).notes).toBe('Notitie uit venster A.');
    await expect(pageB.getByLabel('Notities')).toHaveValue('Notitie uit venster B.');
    await expectAccessible(pageB, 'partij: elders gewijzigd');

    await pageB.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await expect(conflict).toHaveCount(0);
    await expect
      .poll(() => app.api('parties.get', { id: party.id }).notes)
      .toBe('Notitie uit venster B.');

    // A, on its older values, is refused in turn and takes the stored version.
    await page.getByLabel('Naam').fill('Gemeente Amersfoort-Oost');
    await page.getByRole('button', { name: 'Andere versie overnemen' }).click();
    await expect(page.getByLabel('Notities')).toHaveValue('Notitie uit venster B.');
    await expect(page.getByLabel('Naam')).toHaveValue('Gemeente Amersfoort');
    expect(app.api('parties.get', { id: party.id })).toMatchObject({
      name: 'Gemeente Amersfoort',
      notes: 'Notitie uit venster B.',
    });
  } finally {
    await other.close();
  }
});
