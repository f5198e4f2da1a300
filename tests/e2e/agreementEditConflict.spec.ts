import { agreementValuesOf } from '../../shared/agreementValues';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';

/**
 * Editing an agreement never silently replaces what was saved meanwhile (issue 19, blocker:
 * "no save can silently replace newer text"): the edit names the version it began from, also
 * when its draft is restored later, and a save on an older version shows both.
 */

type App = Parameters<Parameters<typeof test>[2]>[0]['app'];

/** Another window saves the agreement: `change` applied to what is stored now. */
function saveElsewhere(app: App, id: string, change: Record<string, unknown>) {
  const now = agreementValuesOf(app.api('agreements.get', { id }));
  app.api('agreements.update', { id, ...now, ...change });
}

test('a save over a version saved elsewhere is refused; the user keeps theirs or takes the other', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Wijkverpleging', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const title = page.getByRole('textbox', { name: 'Titel' });
  await title.fill('Wijkverpleging in de wijk');
  saveElsewhere(app, id, { descriptionHtml: '<p>Aangevuld in een ander venster.</p>' });

  await page.getByRole('button', { name: 'Opslaan' }).click();
  const conflict = page.getByTestId('form-conflict');
  await expect(conflict).toContainText('Deze afspraak is intussen elders gewijzigd');
  await expect(conflict).toContainText(
    'Beschrijving: elders “Aangevuld in een ander venster.”, hier “Wijkverpleging”',
  );
  await expect(conflict).toContainText(
    'Titel: elders “Wijkverpleging”, hier “Wijkverpleging in de wijk”',
  );
  // Nothing was overwritten.
  const stored = app.api('agreements.get', { id });
  expect(stored.title).toBe('Wijkverpleging');
  expect(stored.descriptionHtml).toBe('<p>Aangevuld in een ander venster.</p>');
  await page.mouse.move(700, 10);
  await expectAccessible(page, 'afspraak: versie elders gewijzigd');
  await screenshot(page, 'afspraak-conflict');

  // "Andere versie overnemen": the form holds the stored version, nothing is saved.
  await conflict.getByRole('button', { name: 'Andere versie overnemen' }).click();
  await expect(conflict).toBeHidden();
  await expect(title).toHaveValue('Wijkverpleging');
  await expect(page.getByRole('textbox', { name: 'Beschrijving' })).toHaveText(
    'Aangevuld in een ander venster.',
  );
  // Edited again on that version: saved without a conflict.
  await title.fill('Wijkverpleging dichtbij');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wijkverpleging dichtbij' }),
  ).toBeVisible();
  expect(app.api('agreements.get', { id }).descriptionHtml).toBe(
    '<p>Aangevuld in een ander venster.</p>',
  );

  // "Mijn versie bewaren": saved knowingly over the other version.
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await title.fill('Wijkverpleging, mijn versie');
  saveElsewhere(app, id, { title: 'Wijkverpleging, hun versie' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wijkverpleging, mijn versie' }),
  ).toBeVisible();
  expect(app.api('agreements.get', { id }).title).toBe('Wijkverpleging, mijn versie');
});

test('a draft restored later is checked against the version it was typed on', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Mantelzorg', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill('Mantelzorg en respijt');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Afspraken', exact: true })
    .click();
  await expect(page.getByRole('link', { name: 'Mantelzorg' })).toBeVisible();
  // Meanwhile, elsewhere: the description is filled in.
  saveElsewhere(app, id, { descriptionHtml: '<p>Respijtzorg in elke gemeente.</p>' });
  await page.reload();
  await page.getByRole('link', { name: 'Mantelzorg' }).click();
  await page.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue('Mantelzorg en respijt');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('form-conflict')).toContainText(
    'Beschrijving: elders “Respijtzorg in elke gemeente.”',
  );
  expect(app.api('agreements.get', { id }).descriptionHtml).toBe(
    '<p>Respijtzorg in elke gemeente.</p>',
  );
});
