import { description, reviewedAgreement } from './pages/agreements';
import type { Page } from '@playwright/test';
import { formatDateNl, todayIso } from '../../shared/dates';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { dayOffset, seedAgreements } from './agreementDashboardSeed';

/** The review view (#/beoordelen?ids=…): calm reading, akkoord or a remark, marks everywhere. */

async function open(app: AppFixture, page: Page, route: string) {
  await app.goto(route);
  await page.reload();
}

const TODAY = formatDateNl(todayIso());
const form = (page: Page) => page.getByRole('region', { name: /^Uw oordeel over/ });
const visibleArticle = reviewedAgreement;

test('without a selection the view explains how to choose agreements in the list', async ({
  app,
  page,
}) => {
  seedAgreements(app.api);
  await open(app, page, '/beoordelen');
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken beoordelen' })).toBeVisible();
  await expect(page.getByText('Vink de afspraken aan die u wilt laten beoordelen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de afspraken' })).toHaveAttribute(
    'href',
    '#/afspraken',
  );
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectAccessible(page, 'beoordelen zonder selectie');
});

test('a reviewer reads a selection and marks it akkoord; the dashboard and the agreement show it', async ({
  app,
  page,
}) => {
  const { ids } = seedAgreements(app.api);
  await open(app, page, `/beoordelen?ids=${ids.valpreventie},${ids.dementie}`);
  await expect(
    page.getByRole('heading', { level: 1, name: '2 afspraken beoordelen' }),
  ).toBeVisible();

  // The first agreement, in full.
  const first = visibleArticle(page);
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(
    'Valpreventie thuiswonende ouderen',
  );
  await expect(first).toContainText('In uitvoering');
  await expect(first).toContainText('Wacht op reactie');
  await expect(first.getByRole('definition').filter({ hasText: '— trekker' })).toBeVisible();
  await expect(first).toContainText(`Volgende evaluatie${formatDateNl(dayOffset(20))}`);
  await expect(first).toContainText(`Bestuurlijk overleg zorg, ${formatDateNl(dayOffset(-30))}`);
  await expect(description(first).locator('strong')).toHaveText('betere zorg');
  await expect(first).toContainText('Eerste 40 huisbezoeken afgelegd');
  await expect(first).toContainText('Nog niet beoordeeld.');
  await expect(page.getByText('Afspraak 1 van 2').first()).toBeVisible();
  // Large type for reading: 19px.
  await expect(first.locator('dd').first()).toHaveCSS('font-size', '19px');
  await screenshot(page, 'beoordelen-selectie');
  await expectAccessible(page, 'beoordelen, eerste afspraak');

  // Volgende: the second agreement, with focus on its title; Vorige goes back.
  await page.getByRole('button', { name: 'Volgende →' }).first().click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Dementievriendelijke regio', exact: true }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: 'Volgende →' }).first()).toBeDisabled();
  await expect(visibleArticle(page)).toContainText('Regionaal bestuurlijk overleg');
  await page.getByRole('button', { name: '← Vorige' }).first().click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Valpreventie thuiswonende ouderen', exact: true }),
  ).toBeFocused();

  // One verdict per agreement. The name is the reviewer's (not the coordinator's from the
  // settings): empty the first time, remembered for the next agreement.
  const review = form(page);
  await expect(
    review.getByRole('heading', { name: 'Uw oordeel over “Valpreventie thuiswonende ouderen”' }),
  ).toBeVisible();
  await expect(review.getByLabel('Uw naam')).toHaveValue('');
  await expect(review.getByRole('textbox', { name: 'Datum' })).toHaveValue(TODAY);
  await review.getByLabel('Uw naam').fill('Wethouder Bos');
  await review.getByRole('radio', { name: 'Akkoord' }).check();
  await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  // After saving, the form shows what was recorded.
  await expect(review.getByRole('status')).toContainText(`Akkoord — Wethouder Bos, ${TODAY}`);
  const mark = `Akkoord — Wethouder Bos, ${TODAY}`;
  await expect(visibleArticle(page).getByRole('listitem').filter({ hasText: mark })).toBeVisible();
  expect(app.api('agreements.get', { id: ids.dementie }).reviewState).not.toBe('akkoord');
  await expectAccessible(page, 'beoordelen, vastgelegd');

  await review.getByRole('button', { name: 'Volgende afspraak →' }).click();
  await expect(
    form(page).getByRole('heading', { name: 'Uw oordeel over “Dementievriendelijke regio”' }),
  ).toBeVisible();
  await expect(form(page).getByLabel('Uw naam')).toHaveValue('Wethouder Bos');
  await form(page).getByRole('radio', { name: 'Akkoord' }).check();
  await form(page).getByRole('button', { name: 'Oordeel vastleggen' }).click();
  await expect(visibleArticle(page).getByRole('listitem').filter({ hasText: mark })).toBeVisible();
  await expectAccessible(page, 'beoordelen, na akkoord');

  // Stored: the dashboard counts it, and the agreement itself shows the mark.
  for (const id of [ids.valpreventie, ids.dementie]) {
    expect(app.api('agreements.get', { id }).reviewState).toBe('akkoord');
  }
  await app.goto('/afspraken/overzicht');
  const akkoord = page.getByRole('region', { name: 'Akkoord', exact: true });
  await expect(akkoord.getByRole('link', { name: /^2 afspraken/ })).toHaveAttribute(
    'href',
    '#/afspraken?beoordeling=akkoord',
  );
  await expect(
    page
      .getByRole('region', { name: 'Wacht op reactie', exact: true })
      .getByText('0', { exact: true }),
  ).toBeVisible();
  await akkoord.getByRole('link', { name: 'Dementievriendelijke regio' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dementievriendelijke regio' }),
  ).toBeVisible();
  const marks = page.getByRole('region', { name: 'Beoordeling' });
  await expect(marks).toContainText('Akkoord');
  await expect(marks).toContainText('Wethouder Bos');
  await expect(marks).toContainText(TODAY);
});

test('a remark without text is refused with a Dutch message; with text it is stored', async ({
  app,
  page,
}) => {
  const { ids } = seedAgreements(app.api);
  await open(app, page, `/beoordelen?ids=${ids.wachtlijst}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraak beoordelen' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Bladeren door de selectie' })).toHaveCount(0);

  const review = form(page);
  await review.getByRole('radio', { name: 'Opmerking' }).check();
  await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  const remark = review.getByRole('textbox', { name: 'Opmerking' });
  await expect(remark).toHaveAccessibleDescription(/Schrijf uw opmerking/);
  await expect(remark).toHaveAttribute('aria-invalid', 'true');
  expect(app.api('agreements.get', { id: ids.wachtlijst }).reviews).toHaveLength(0);
  await expectAccessible(page, 'beoordelen, opmerking zonder tekst');

  // An empty name is refused too, in Dutch.
  await review.getByLabel('Uw naam').fill('');
  await remark.fill('Graag eerst de wachttijden per gemeente in beeld.');
  await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  await expect(review.getByLabel('Uw naam')).toHaveAccessibleDescription(/Naam is verplicht/);
  await review.getByLabel('Uw naam').fill('Sanne van den Berg');
  await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
  await expect(review.getByRole('status')).toContainText(
    `Opmerking — Sanne van den Berg, ${TODAY}`,
  );
  const mark = visibleArticle(page)
    .getByRole('listitem')
    .filter({
      hasText: `Opmerking — Sanne van den Berg, ${TODAY}`,
    });
  await expect(mark).toContainText('Graag eerst de wachttijden per gemeente in beeld.');

  await app.goto('/afspraken/overzicht');
  await expect(
    page
      .getByRole('region', { name: 'Opmerkingen', exact: true })
      .getByRole('link', { name: /^1 afspraak/ }),
  ).toHaveAttribute('href', '#/afspraken?beoordeling=opmerkingen');
});

test('the server refuses a remark without text as well, in Dutch', async ({ app }) => {
  const { ids } = seedAgreements(app.api);
  const answer = app.server.api.invoke('agreements.review', {
    agreementIds: [ids.gezond],
    reviewerName: 'Anna de Vries',
    on: todayIso(),
    verdict: 'opmerking',
    remark: '   ',
  });
  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', issues: [{ path: 'remark', message: 'Schrijf uw opmerking' }] },
  });
});
