import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { SEED_REGION, seedAgreements } from './agreementDashboardSeed';

/** The regio-overzicht of agreements (#/afspraken/overzicht): counts, links, empty state. */

/** Seeding happens behind the page's back: open the route and reload so every query refetches. */
async function open(app: AppFixture, page: Page, route: string) {
  await app.goto(route);
  await page.reload();
}

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const matrix = (page: Page) => page.getByRole('table', { name: /Afspraken per thema en status/ });

test('a region without agreements shows "Nog geen afspraken" with a way to add one', async ({
  app,
  page,
}) => {
  const region = app.api('regions.create', { name: 'Regio Eemland' });
  app.api('settings.update', { currentRegionId: region.id });
  await open(app, page, '/afspraken/overzicht');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Afspraken in Regio Eemland' }),
  ).toBeVisible();
  const empty = page.getByRole('status').filter({ hasText: 'Nog geen afspraken' });
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Afspraak vastleggen' })).toHaveAttribute(
    'href',
    '#/afspraken?nieuw=1',
  );
  await expect(matrix(page)).toHaveCount(0);
  await expectAccessible(page, 'regio-overzicht afspraken, leeg');
});

test('the dashboard shows the counts per theme × status and in every card, each linking to the filtered list', async ({
  app,
  page,
}) => {
  const { themes } = seedAgreements(app.api);
  await open(app, page, '/afspraken/overzicht');
  await expect(
    page.getByRole('heading', { level: 1, name: `Afspraken in ${SEED_REGION}` }),
  ).toBeVisible();

  // Matrix: Ouderen has vastgesteld, in uitvoering and afgerond (one each); Preventie concept and
  // vastgesteld (the dementia agreement has two themes); the totals count each agreement once.
  const table = matrix(page);
  const ouderen = table.getByRole('row', { name: /^Ouderen/ });
  await expect(ouderen.getByRole('cell')).toHaveText(
    ['0', '0', '1', '1', '1', '0', '3'].map(cellText),
  );
  const preventie = table.getByRole('row', { name: /^Preventie/ });
  await expect(preventie.getByRole('cell')).toHaveText(
    ['1', '0', '1', '0', '0', '0', '2'].map(cellText),
  );
  await expect(
    ouderen.getByRole('link', { name: '1 afspraak in Ouderen met status vastgesteld' }),
  ).toHaveAttribute('href', `#/afspraken?thema=${themes.Ouderen}&status=vastgesteld`);
  await expect(ouderen.getByRole('link', { name: '3 afspraken in Ouderen' })).toHaveAttribute(
    'href',
    `#/afspraken?thema=${themes.Ouderen}`,
  );
  const totals = table.getByRole('row', { name: /^Totaal/ });
  await expect(totals.getByRole('cell')).toHaveText(
    ['1', '1', '1', '1', '1', '0', '5'].map(cellText),
  );
  await expect(totals.getByRole('link', { name: '1 afspraak met status concept' })).toHaveAttribute(
    'href',
    '#/afspraken?status=concept',
  );
  // A zero is plain text, never a link.
  await expect(totals.getByRole('cell').nth(5).getByRole('link')).toHaveCount(0);

  // Cards: the count, the link to the matching list filter, the agreements behind it.
  const expected: [string, number, string, string[]][] = [
    ['Evaluaties binnen 60 dagen', 1, 'evaluatie=binnen60', ['Valpreventie thuiswonende ouderen']],
    ['Evaluatie verlopen', 1, 'evaluatie=verlopen', ['Wachtlijstaanpak GGZ jeugd']],
    ['Zonder eigenaar', 1, 'eigenaar=geen', ['Wachtlijstaanpak GGZ jeugd']],
    [
      'Zonder bestuurlijke dekking',
      2,
      'dekking=nee',
      ['Samen gezond leven', 'Wachtlijstaanpak GGZ jeugd'],
    ],
    [
      'Vastgesteld, geen voortgang in 6 maanden',
      1,
      'voortgang=stil',
      ['Dementievriendelijke regio'],
    ],
    [
      'Wacht op reactie',
      2,
      'beoordeling=wacht',
      ['Dementievriendelijke regio', 'Valpreventie thuiswonende ouderen'],
    ],
  ];
  for (const [title, n, query, titles] of expected) {
    const section = card(page, title);
    const count = section.getByRole('link', {
      name: new RegExp(`^${n} afspra(ak|ken) .*toon in de lijst$`),
    });
    await expect(count, title).toHaveText(String(n));
    await expect(count, title).toHaveAttribute('href', `#/afspraken?${query}`);
    for (const t of titles) await expect(section.getByRole('link', { name: t })).toBeVisible();
  }
  for (const title of ['Akkoord', 'Opmerkingen']) {
    await expect(card(page, title).getByText('0', { exact: true })).toBeVisible();
    await expect(card(page, title).getByRole('link')).toHaveCount(0);
  }
  await expect(card(page, 'Evaluaties binnen 60 dagen')).toContainText('evaluatie');
  await screenshot(page, 'afspraken-regio-overzicht');
  await expectAccessible(page, 'regio-overzicht afspraken');

  // Following a number opens the list with exactly that filter.
  await card(page, 'Zonder bestuurlijke dekking')
    .getByRole('link', { name: /^2 afspraken/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^2 afspraken/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Samen gezond leven' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wachtlijstaanpak GGZ jeugd' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Valpreventie thuiswonende ouderen' })).toHaveCount(
    0,
  );

  await page.goBack();
  await matrix(page)
    .getByRole('link', { name: '1 afspraak in Ouderen met status vastgesteld' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^1 afspraak/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dementievriendelijke regio' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Levensloopbestendig wonen' })).toHaveCount(0);

  await page.goBack();
  await card(page, 'Evaluaties binnen 60 dagen')
    .getByRole('link', { name: /^1 afspraak/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^1 afspraak/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Valpreventie thuiswonende ouderen' })).toBeVisible();
  await expectAccessible(page, 'lijst na klik op evaluaties binnen 60 dagen');
});

test('the Overzicht screen has an "Afspraken" card with key counts and the way to the dashboard', async ({
  app,
  page,
}) => {
  seedAgreements(app.api);
  await open(app, page, '/overzicht');
  const summary = page.getByRole('region', { name: 'Afspraken', exact: true });
  await expect(summary.getByRole('link', { name: '5 afspraken' })).toHaveAttribute(
    'href',
    '#/afspraken',
  );
  await expect(summary.getByRole('link', { name: '1 evaluatie verlopen' })).toHaveAttribute(
    'href',
    '#/afspraken?evaluatie=verlopen',
  );
  await expect(summary.getByRole('link', { name: '2 wacht op reactie' })).toBeVisible();
  await expectAccessible(page, 'overzicht met afsprakenkaart');
  await summary.getByRole('link', { name: 'Naar het overzicht van afspraken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Afspraken in / })).toBeVisible();
});

/** A cell's visible text: the number (links add spoken context that is visually hidden). */
function cellText(n: string): RegExp {
  return new RegExp(`^${n}(\\s|$)`);
}
