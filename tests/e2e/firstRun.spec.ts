import { expect, test } from './fixtures';
import { expectScreen, heading } from './pages/ui';

/** The empty app: start a region of your own, or load the voorbeelddossier. */

test('an empty app welcomes the user with two ways to start', async ({ page }) => {
  await expectScreen(page, 'Welkom bij Regiodossier');
  await expect(page.getByRole('button', { name: 'Nieuwe regio' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Voorbeelddossier laden' })).toBeVisible();
  await expect(page).toHaveTitle('Welkom – Regiodossier');
  // No side bar yet: there is nothing to navigate to.
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
});

test('creating a region shows a Dutch error beside an empty name, keeps typed text, then opens the overzicht', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Nieuwe regio' }).click();
  const name = page.getByLabel('Naam van de regio');
  await expect(name).toBeFocused();
  await page.getByLabel('Zorgkantoorregionummer').fill('12');
  await page.getByLabel('Omschrijving').fill('Samenwerking rond ouderenzorg');
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Naam is verplicht/);
  await expect(page.getByText('Naam is verplicht', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Omschrijving')).toHaveValue('Samenwerking rond ouderenzorg');
  await expect(page.getByLabel('Zorgkantoorregionummer')).toHaveValue('12');
  expect(app.api('regions.list', {})).toHaveLength(0);

  await name.fill('Amersfoort e.o.');
  await expect(page.getByText('Naam is verplicht', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();

  await expectScreen(page, 'Overzicht Regio Amersfoort e.o.');
  expect(page.url()).toContain('#/overzicht');
  await expect(page.getByText('Nog geen deelnemende partijen')).toBeVisible();
  const [region] = app.api('regions.list', {});
  expect(region).toMatchObject({
    name: 'Amersfoort e.o.',
    zorgkantoorNumber: 12,
    description: 'Samenwerking rond ouderenzorg',
  });
});

test('loading the voorbeelddossier opens its overzicht with exactly one gap', async ({ page }) => {
  await page.getByRole('button', { name: 'Voorbeelddossier laden' }).click();
  await expect(heading(page, /^Overzicht /)).toBeVisible();
  expect(page.url()).toContain('#/overzicht');
  await expect(page.getByText('1 partij mist een aanspreekpunt')).toBeVisible();
  await expect(page.getByText('Ontbreekt', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /toewijzen voor/ })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: 'Ambtelijk aanspreekpunt toewijzen voor Gemeente Lopik' }),
  ).toBeVisible();
  await expect(page.getByText('Het voorbeelddossier is geladen.')).toBeVisible();
});

test('a region named “Regio …” is not called “Regio Regio …”, and the Overzicht says whose it is', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Nieuwe regio' }).click();
  await page.getByLabel('Naam van de regio').fill('Regio Heuvelrug');
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await expect(page.getByText('Regio Heuvelrug is aangemaakt.', { exact: true })).toBeVisible();
  // The side bar's "Overzicht" opens the screen headed "Overzicht", with its aanspreekpunten.
  await expectScreen(page, 'Overzicht Regio Heuvelrug');
  await expect(page.getByRole('heading', { level: 2, name: 'Aanspreekpunten' })).toBeVisible();
  await expect(page.getByText(/Regio Regio/)).toHaveCount(0);
});
