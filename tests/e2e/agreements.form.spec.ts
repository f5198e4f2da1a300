import { description } from './pages/agreements';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type PageWindow } from './fixtures';
import { open, seedAgreement, seedBase } from './agreementsSeed';

/** The agreement form and rich-text editor: validation, drafts, keyboard, and unsafe HTML. */

const newForm = (page: Page) => page.getByRole('dialog', { name: 'Nieuwe afspraak' });

test('the form shows Dutch messages beside the fields and keeps typed text as a draft', async ({
  app,
  page,
}) => {
  seedBase(app.api);
  await open(app, page, '/afspraken?nieuw=1');
  const form = newForm(page);
  await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(form.getByText('Titel is verplicht')).toBeVisible();
  await expect(form.getByText('Kies minstens één thema')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await expectAccessible(page, 'nieuwe afspraak, fouten');
  await screenshot(page, 'nieuwe-afspraak-fouten');

  await form.getByRole('textbox', { name: 'Titel' }).fill('Dementievriendelijke regio');
  await form.getByRole('textbox', { name: 'Beschrijving' }).click();
  await page.keyboard.type('Iedere gemeente traint haar baliemedewerkers.');
  await form.getByRole('button', { name: 'Sluiten' }).click();
  await expect(form).toBeHidden();

  // Reopened (even after a reload): the typed text is back.
  await page.reload();
  await page.getByRole('button', { name: 'Nieuwe afspraak' }).first().click();
  await expect(
    newForm(page).getByText('Wat u eerder typte en nog niet opsloeg, is teruggezet.'),
  ).toBeVisible();
  await expect(newForm(page).getByRole('textbox', { name: 'Titel' })).toHaveValue(
    'Dementievriendelijke regio',
  );
  await expect(newForm(page).getByRole('textbox', { name: 'Beschrijving' })).toHaveText(
    'Iedere gemeente traint haar baliemedewerkers.',
  );
});

test('form and editor work with the keyboard alone', async ({ app, page }) => {
  test.slow();
  seedBase(app.api);
  await open(app, page, '/afspraken');
  await page.getByRole('button', { name: 'Nieuwe afspraak' }).first().focus();
  await page.keyboard.press('Enter');
  const form = newForm(page);
  await expect(form.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await page.keyboard.type('Samen tegen eenzaamheid');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Zaaknummer' })).toBeFocused();
  await page.keyboard.type('Z/2026/000777');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Thema’s' })).toBeFocused();
  await page.keyboard.type('Oude');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByText('Ouderen', { exact: true })).toBeVisible();

  // The editor: type, bold with Ctrl+B, then Alt+F10 to the toolbar, arrows, Enter, Escape back.
  const editor = form.getByRole('textbox', { name: 'Beschrijving' });
  await editor.focus();
  await page.keyboard.type('Ouderen ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('samen');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' aan tafel.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+F10');
  const toolbar = form.getByRole('toolbar', { name: 'Opmaak van beschrijving' });
  await expect(toolbar.getByRole('button', { name: 'Vet' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Opsomming' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Opsomming' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(editor).toBeFocused();
  await page.keyboard.type('Koffieochtenden');
  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Shift+K');
  const url = form.getByRole('textbox', { name: 'Webadres van de link' });
  await expect(url).toBeFocused();
  await url.fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(form.getByText('Vul een webadres in dat begint met https://')).toBeVisible();
  await url.fill('https://www.eenzaamheid.nl');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('link', { name: 'https://www.eenzaamheid.nl' })).toBeVisible();
  await expectAccessible(page, 'nieuwe afspraak, editor');

  await form.getByRole('button', { name: 'Afspraak vastleggen' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Samen tegen eenzaamheid' }),
  ).toBeVisible();
  const view = description(page);
  await expect(view.locator('strong')).toHaveText('samen');
  await expect(view.locator('ul li')).toHaveText(['Koffieochtendenhttps://www.eenzaamheid.nl']);
  await expect(view.getByRole('link')).toHaveAttribute('href', 'https://www.eenzaamheid.nl');
});

test('a script in the description is neutralised, on save and on display', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const evil =
    '<p>Goed plan</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">' +
    '<a href="javascript:window.__pwned = 3">klik</a><p onclick="window.__pwned = 4">tekst</p>';
  const id = seedAgreement(app.api, base, 'Veilige tekst', 'concept', { descriptionHtml: evil });
  // The main process stored a clean version…
  const stored = app.api('agreements.get', { id }).descriptionHtml;
  expect(stored).not.toMatch(/script|onerror|onclick|javascript|<img/i);
  // …and even HTML that bypassed it (written straight into the file) is cleaned on display.
  app.server.api.ctx.repos.db
    .prepare('UPDATE agreement SET description_html = ? WHERE id = ?')
    .run(evil, id);

  await open(app, page, `/afspraken/${id}`);
  const view = description(page);
  await expect(view.getByText('Goed plan')).toBeVisible();
  await expect(view.getByText('klik')).toBeVisible();
  await view.getByText('tekst').click();
  await view.getByText('klik').click();
  expect(await view.locator('script, img, [onerror], [onclick]').count()).toBe(0);
  expect(await view.getByText('klik').getAttribute('href')).toBeNull();
  expect(
    await page.evaluate(() => (globalThis as unknown as PageWindow & { __pwned?: number }).__pwned),
  ).toBeUndefined();

  // Typed into the editor, a script tag is just text.
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const editor = page.getByRole('textbox', { name: 'Beschrijving' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('<script>window.__pwned = 5</script>');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(view.getByText('<script>window.__pwned = 5</script>')).toBeVisible();
  expect(await view.locator('script').count()).toBe(0);
  expect(
    await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expectAccessible(page, 'afspraak met onveilige tekst');
});

test('edits are kept when the user leaves before saving', async ({ app, page }) => {
  const base = seedBase(app.api);
  const id = seedAgreement(app.api, base, 'Wijkverpleging', 'concept');
  await open(app, page, `/afspraken/${id}`);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByRole('textbox', { name: 'Titel' }).fill('Wijkverpleging en sociaal wijkteam');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Afspraken', exact: true })
    .click();
  await page.getByRole('link', { name: 'Wijkverpleging' }).click();
  await expect(
    page.getByText('Uw wijzigingen zijn bewaard maar nog niet opgeslagen.'),
  ).toBeVisible();
  await page.mouse.move(700, 10);
  await expectAccessible(page, 'afspraak met niet-opgeslagen wijziging');
  await page.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(
    'Wijkverpleging en sociaal wijkteam',
  );
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wijkverpleging en sociaal wijkteam' }),
  ).toBeVisible();
  await expect(
    page.getByText('Uw wijzigingen zijn bewaard maar nog niet opgeslagen.'),
  ).toBeHidden();
});
