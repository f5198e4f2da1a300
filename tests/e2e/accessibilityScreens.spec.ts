import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { dialog, expectScreen, heading } from './pages/ui';

/** axe-core, WCAG 2.1 A/AA, zero violations: the other screens (see accessibility.spec.ts). */

function loadDemo(app: AppFixture) {
  const { regionId } = app.api('dossier.loadDemo', {});
  const [lopik] = app.api('parties.list', { regionId, search: 'Lopik' });
  const contacts = app.api('contacts.list', { partyId: lopik!.id });
  return { regionId, lopik: lopik!, contacts };
}

test('personen list and detail; rollen huidig and beëindigd', async ({ app, page }) => {
  test.slow(); // several axe runs on large pages
  const { contacts } = loadDemo(app);
  await app.goto('/personen');
  await expect(page.getByRole('status')).toHaveText(/\d+ personen/);
  await expectAccessible(page, 'personen');

  await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
  await dialog(page, 'Nieuwe persoon').getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(dialog(page, 'Nieuwe persoon').getByText('Naam is verplicht')).toBeVisible();
  await expectAccessible(page, 'dialoog nieuwe persoon met fouten');
  await page.keyboard.press('Escape');

  await app.goto(`/personen/${contacts[0]!.id}`);
  await expectScreen(page, contacts[0]!.name);
  await expect(page.getByText(/^Aangemaakt door/).first()).toBeVisible();
  await expectAccessible(page, 'persoon');

  await app.goto('/rollen');
  await expectScreen(page, 'Rollen');
  await expect(page.getByRole('button', { name: 'Beëindigen' }).first()).toBeVisible();
  await expectAccessible(page, 'rollen huidig');
  await page.getByText('Beëindigd', { exact: true }).click();
  await expect(page.getByText(/^beëindigd \d/).first()).toBeVisible();
  await expectAccessible(page, 'rollen beëindigd');
});

test('thema’s (also renaming) and prullenbak empty and filled', async ({ app, page }) => {
  test.slow(); // several axe runs on large pages
  const { contacts } = loadDemo(app);
  await app.goto('/themas');
  await expectScreen(page, 'Thema’s');
  await expectAccessible(page, 'thema’s');
  await page.getByRole('button', { name: 'Naam wijzigen van Dementie' }).click();
  await page.getByLabel('Nieuwe naam voor Dementie').fill('GGZ');
  await page.getByLabel('Nieuwe naam voor Dementie').press('Enter');
  await expect(page.getByText('Er is al een thema met de naam GGZ.')).toBeVisible();
  await expectAccessible(page, 'thema’s hernoemen met fout');

  await app.goto('/prullenbak');
  await expect(page.getByText('De prullenbak is leeg.')).toBeVisible();
  await expectAccessible(page, 'prullenbak leeg');
  app.api('contacts.delete', { id: contacts[0]!.id });
  await page.reload();
  await expect(
    page.getByRole('button', { name: `${contacts[0]!.name} terugzetten` }),
  ).toBeVisible();
  await expectAccessible(page, 'prullenbak gevuld');
});

test('regio, instellingen and the 404 page', async ({ app, page }) => {
  loadDemo(app);
  await app.goto('/regio');
  await expect(heading(page, /^Regio /)).toBeVisible();
  await expectAccessible(page, 'regio');

  await app.goto('/instellingen');
  await expectScreen(page, 'Instellingen');
  await expectAccessible(page, 'instellingen');

  await app.goto('/bestaat-niet');
  await expectScreen(page, 'Pagina niet gevonden');
  await expectAccessible(page, '404');
});
