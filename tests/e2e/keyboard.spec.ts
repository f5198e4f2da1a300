import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chooseWithArrows,
  dialog,
  expectScreen,
  focused,
  heading,
  overviewRow,
  selectField,
} from './pages/ui';

/** Keyboard only: no mouse clicks anywhere in these tests (page.keyboard and focus checks). */

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  { back = false, max = 40 } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return;
    seen.push(`${f.tag}:${f.label || f.text.slice(0, 30)}`);
  }
  throw new Error(`Niet bereikt met Tab; langs: ${seen.join(' | ')}`);
}

const byText = (text: string) => (f: { text: string; label: string }) =>
  f.label === text || (f.label === '' && f.text === text);

/** A visible focus indicator: an outline that is drawn. */
function expectOutline(outline: string, what: string) {
  expect(outline, `${what} heeft geen zichtbare focusrand`).not.toMatch(/^none\b/);
  expect(outline, `${what} heeft geen zichtbare focusrand`).not.toMatch(/ 0px$/);
}

test('keyboard only: skip link, side bar, new party, open it, fill a gap, Escape', async ({
  app,
  page,
}) => {
  test.slow(); // many single key presses in a row
  const { regionId } = app.api('dossier.loadDemo', {});
  const [lopik] = app.api('parties.list', { regionId, search: 'Lopik' });
  const erik = app
    .api('contacts.list', { partyId: lopik!.id })
    .find((c) => c.currentRoleCount === 0)!;
  await app.goto('/overzicht');
  await expect(heading(page, /^Overzicht /)).toBeVisible();

  // The first Tab reaches the skip link; Enter moves focus to the content.
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Naar de inhoud');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#inhoud')).toBeFocused();
  await expect(heading(page, /^Overzicht /)).toBeVisible();

  // Side bar: Shift+Tab back to the menu, with a visible focus ring.
  await tabTo(page, byText('Partijen'), { back: true });
  const navFocus = await focused(page);
  expect(navFocus.tag).toBe('a');
  expectOutline(navFocus.outline, 'De menulink Partijen');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Partijen');

  // Nieuwe partij: open, fill (Select with the keyboard) and submit.
  await tabTo(page, byText('Nieuwe partij'));
  expectOutline((await focused(page)).outline, 'De knop Nieuwe partij');
  await page.keyboard.press('Enter');
  const form = dialog(page, 'Nieuwe partij');
  await expect(selectField(form, 'Type organisatie')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // opens the list on the first option
  await expect(page.getByRole('listbox')).toBeVisible();
  await chooseWithArrows(page, 'Zorgverzekeraar');
  await expect(selectField(form, 'Type organisatie')).toHaveValue('Zorgverzekeraar');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Naam', exact: true })).toBeFocused();
  await page.keyboard.type('Zorgverzekeraar Eemvallei');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Zorgverzekeraar Eemvallei');
  await expect(form).toHaveCount(0);

  // Back to the list with Ctrl+4 and open the party with Enter.
  await page.keyboard.press('Control+4');
  await expectScreen(page, 'Partijen');
  await tabTo(page, byText('Zoeken'));
  await page.keyboard.type('eemvallei');
  await expect(page.getByRole('status').filter({ hasText: 'partij' })).toHaveText('1 partij');
  await tabTo(page, byText('Zorgverzekeraar Eemvallei'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Zorgverzekeraar Eemvallei');

  // The overzicht: Toewijzen for Lopik, choose the person by typing, save with Enter.
  await page.keyboard.press('Control+1');
  await expect(page.getByText('2 partijen missen een aanspreekpunt')).toBeVisible();
  await tabTo(page, byText('Ambtelijk aanspreekpunt toewijzen voor Gemeente Lopik'), { max: 80 });
  expectOutline((await focused(page)).outline, 'De knop Toewijzen');
  await page.keyboard.press('Enter');
  const assign = dialog(page, 'Rol toewijzen');
  await expect(selectField(assign, 'Rol')).toHaveValue('Ambtelijk aanspreekpunt');
  await expect(selectField(assign, 'Namens partij')).toHaveValue('Gemeente Lopik');
  const person = selectField(assign, 'Persoon');
  await tabTo(page, byText('Persoon'), { max: 12 });
  await expect(person).toBeFocused();
  await page.keyboard.type(erik.name.split(' ')[0]!);
  await expect(page.getByRole('option', { name: new RegExp(`^${erik.name}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(person).toHaveValue(new RegExp(`^${erik.name}`));
  await tabTo(page, byText('Toewijzen'));
  await page.keyboard.press('Enter');
  await expect(assign).toHaveCount(0);
  await expect(page.getByText('1 partij mist een aanspreekpunt')).toBeVisible();
  await expect(overviewRow(page, 'Gemeente Lopik')).toContainText(erik.name);

  // Escape closes a dialog and gives focus back to the button that opened it.
  await tabTo(page, byText('Rol toewijzen'), { back: true, max: 80 });
  await page.keyboard.press('Enter');
  await expect(dialog(page, 'Rol toewijzen')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Rol toewijzen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rol toewijzen' })).toBeFocused();
});

test('Ctrl+1 … Ctrl+9 and Ctrl+, open the screens of the side bar', async ({ app, page }) => {
  app.api('dossier.loadDemo', {});
  await app.goto('/overzicht');
  await expect(heading(page, /^Overzicht /)).toBeVisible();
  const screens: [string, string | RegExp][] = [
    ['2', 'Afspraken'],
    ['3', /^Afspraken in /],
    ['4', 'Partijen'],
    ['5', 'Personen'],
    ['6', 'Rollen'],
    ['7', 'Thema’s'],
    ['8', 'Prullenbak'],
    ['9', /^Regio /],
    [',', 'Instellingen'],
    ['j', 'Actiepunten'],
    ['1', /^Overzicht /],
  ];
  for (const [key, title] of screens) {
    await page.keyboard.press(`Control+${key}`);
    await expectScreen(page, title);
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('a[aria-current="page"]'),
    ).toHaveCount(1);
  }
});
