import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { dialog, expectScreen } from './pages/ui';

/** axe-core, WCAG 2.1 A/AA, zero violations: every screen and its important states. */

function loadDemo(app: AppFixture) {
  const { regionId } = app.api('dossier.loadDemo', {});
  const [lopik] = app.api('parties.list', { regionId, search: 'Lopik' });
  const contacts = app.api('contacts.list', { partyId: lopik!.id });
  return { regionId, lopik: lopik!, contacts };
}

test('first run, and the new-region form with errors', async ({ page }) => {
  await expectScreen(page, 'Welkom bij Regiodossier');
  await expectAccessible(page, 'eerste start');

  await page.getByRole('button', { name: 'Nieuwe regio' }).click();
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await expect(page.getByText('Naam is verplicht')).toBeVisible();
  await expectAccessible(page, 'nieuwe regio met fouten');
});

test('overzicht with a gap, the rol-toewijzen dialog, and the complete overzicht', async ({
  app,
  page,
}) => {
  test.slow(); // several axe runs on large pages
  const { regionId, lopik, contacts } = loadDemo(app);
  await app.goto('/overzicht');
  await expect(page.getByText('Ontbreekt', { exact: true })).toHaveCount(1);
  await expectAccessible(page, 'overzicht met een gat');

  await page.getByRole('button', { name: /toewijzen voor Gemeente Lopik/ }).click();
  const assign = dialog(page, 'Rol toewijzen');
  await expect(assign.getByRole('button', { name: 'Toewijzen' })).toBeVisible();
  await expectAccessible(page, 'dialoog rol toewijzen');
  await assign.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(assign.getByText('Kies een persoon').first()).toBeVisible();
  await expectAccessible(page, 'dialoog rol toewijzen met fouten');
  await page.keyboard.press('Escape');

  const free = contacts.find((c) => c.currentRoleCount === 0)!;
  app.api('roles.create', {
    regionId,
    contactId: free.id,
    partyId: lopik.id,
    role: 'ambtelijk_aanspreekpunt',
  });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Compleet' })).toBeVisible();
  await expectAccessible(page, 'overzicht compleet');
});

test('partijen: list, nieuwe-partij dialog with errors, detail, delete confirmation', async ({
  app,
  page,
}) => {
  test.slow(); // several axe runs on large pages
  const { lopik } = loadDemo(app);
  await app.goto('/partijen');
  await expect(page.getByRole('status')).toHaveText('18 partijen');
  await expectAccessible(page, 'partijen');

  await page.getByRole('button', { name: 'Nieuwe partij' }).click();
  const form = dialog(page, 'Nieuwe partij');
  await expect(form.getByRole('button', { name: 'Partij toevoegen' })).toBeVisible();
  await expectAccessible(page, 'dialoog nieuwe partij');
  await form.getByRole('button', { name: 'Partij toevoegen' }).click();
  await expect(form.getByText('Naam is verplicht')).toBeVisible();
  await expectAccessible(page, 'dialoog nieuwe partij met fouten');
  await page.keyboard.press('Escape');

  await app.goto(`/partijen/${lopik.id}`);
  await expectScreen(page, 'Gemeente Lopik');
  await expect(page.getByText(/^Aangemaakt door/).first()).toBeVisible();
  await expectAccessible(page, 'partij');

  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(dialog(page, 'Gemeente Lopik verwijderen?')).toContainText('samen met');
  await expectAccessible(page, 'bevestiging verwijderen');
});
