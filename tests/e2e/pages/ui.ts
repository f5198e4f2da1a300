import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { regionTitle } from '../../../shared/withNoun';

/** Small helpers for driving the Regiodossier UI in the end-to-end specs. */

/** The page's main heading (h1). */
export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

/** Waits until the screen shows its h1 with this text. */
export async function expectScreen(page: Page, name: string | RegExp): Promise<void> {
  await expect(heading(page, name)).toBeVisible();
}

/** An open dialog by its title. */
export const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/**
 * Picks an option in a Mantine Select/MultiSelect (by the field's label) with the mouse.
 * The listbox is rendered in a portal, so the option is looked up on the page.
 */
export async function choose(
  scope: Page | Locator,
  page: Page,
  label: string,
  option: string | RegExp,
) {
  await selectField(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Keyboard only: ArrowDown until `option` is the highlighted one, then Enter. Waits on the list's
 * state, not on time: on a busy machine a list still opening takes the first press for itself.
 */
export async function chooseWithArrows(page: Page, option: string | RegExp): Promise<void> {
  const target = page.getByRole('option', { name: option });
  await expect(async () => {
    if ((await target.getAttribute('data-combobox-selected').catch(() => null)) !== 'true') {
      await page.keyboard.press('ArrowDown');
    }
    await expect(target).toHaveAttribute('data-combobox-selected', 'true', { timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Enter');
}

/**
 * Tab (or Shift+Tab) at most `max` times until `target` has the focus: it is reachable by
 * keyboard. Waits on the focus, not on time.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 40 }: { back?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false))
      return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** A Mantine Select by its label: a combobox, or a textbox when searchable. */
export const selectField = (scope: Page | Locator, label: string) =>
  scope
    .getByRole('combobox', { name: label, exact: true })
    .or(scope.getByRole('textbox', { name: label, exact: true }));

/** The side-bar link of a screen. */
export const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

/** Creates a region through the "Nieuwe regio" form on the first-run screen. */
export async function createRegionFromWelcome(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe regio' }).click();
  await page.getByLabel('Naam van de regio').fill(name);
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await expectScreen(page, `Overzicht ${regionTitle(name)}`);
}

/** Adds a party through "Nieuwe partij" on /partijen; ends on the party's page. */
export async function createParty(
  page: Page,
  party: { type: string; name: string; role?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe partij' }).click();
  const form = dialog(page, 'Nieuwe partij');
  await choose(form, page, 'Type organisatie', party.type);
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill(party.name);
  if (party.role) await choose(form, page, 'Rol in de regio', party.role);
  await form.getByRole('button', { name: 'Partij toevoegen' }).click();
  await expectScreen(page, party.name);
}

/** The row of the aanspreekpunten-overzicht for a party. */
export const overviewRow = (page: Page, party: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: party, exact: true }) });

interface FocusInfo {
  tag: string;
  text: string;
  /** aria-label, or the field's label text. */
  label: string;
  id: string;
  /** Computed outline: style and width, e.g. "solid 3px". */
  outline: string;
}

interface DomLike {
  document: { activeElement: ElementLike | null };
  getComputedStyle(el: ElementLike): { outlineStyle: string; outlineWidth: string };
}
interface ElementLike {
  tagName: string;
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  labels?: ArrayLike<{ textContent: string | null }> | null;
}

/** What has focus: tag, text, aria-label, id and its computed outline. */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const w = globalThis as unknown as DomLike;
    const el = w.document.activeElement;
    if (!el) return { tag: '', text: '', label: '', id: '', outline: '' };
    const style = w.getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      // aria-label, or the text of the field's <label> without the required asterisk
      label:
        el.getAttribute('aria-label') ??
        (el.labels?.[0]?.textContent ?? '').replace(/\s*\*$/, '').trim(),
      id: el.id,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** The texts of a table's rows, cell by cell (header row included). */
export async function tableRows(table: Locator): Promise<string[][]> {
  const all = table.locator('tr');
  const out: string[][] = [];
  for (let i = 0; i < (await all.count()); i += 1) {
    out.push((await all.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()));
  }
  return out;
}
