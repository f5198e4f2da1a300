import { expect, expectAccessible, test } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { expectScreen, selectField } from './pages/ui';

/** The overleggen list: newest first, filtered on soort, jaar, notulen and text. */
test('filters the meetings list on soort, jaar, notulen and text, and says when none match', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const plan = (kind: 'voortgangsgesprek' | 'werkgroep', title: string, date: string) =>
    app.api('meetings.create', {
      regionId: base.regionId,
      kind,
      title,
      date,
      startTime: '10:00',
      endTime: '12:00',
      location: kind === 'werkgroep' ? 'GGD-kantoor' : 'Stadhuis',
    });
  plan('voortgangsgesprek', 'Voortgangsgesprek voorjaar', '2025-05-14');
  const autumn = plan('voortgangsgesprek', 'Voortgangsgesprek najaar', '2026-11-12');
  plan('werkgroep', 'Werkgroep preventie', '2026-09-03');
  app.api('minutes.approve', {
    meetingId: autumn.id,
    approvedOn: '2026-11-20',
    approvedIn: 'Bestuurlijk overleg',
  });
  await open(app, page, '/overleggen');
  await expectScreen(page, 'Overleggen');
  const count = page.getByRole('status').filter({ hasText: /overleg/ });
  await expect(count).toHaveText('3 overleggen');
  // Newest first.
  await expect(page.getByRole('link', { name: /Voortgangsgesprek|Werkgroep/ })).toHaveText([
    'Voortgangsgesprek najaar',
    'Werkgroep preventie',
    'Voortgangsgesprek voorjaar',
  ]);

  await selectField(page, 'Soort').click();
  await page.getByRole('option', { name: 'Voortgangsgesprek', exact: true }).click();
  await expect(count).toHaveText('2 overleggen');
  await selectField(page, 'Jaar').click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  await expect(count).toHaveText('1 overleg');
  await expect(page.getByRole('link', { name: 'Voortgangsgesprek najaar' })).toBeVisible();
  await selectField(page, 'Notulen').click();
  await page.getByRole('option', { name: 'Notulen concept', exact: true }).click();
  await expect(count).toHaveText('0 overleggen');
  await expect(page.getByText('Geen overleggen met deze filters')).toBeVisible();
  await expectAccessible(page, 'overleggen zonder resultaat');
  await page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await expect(count).toHaveText('3 overleggen');

  await page.getByRole('textbox', { name: 'Zoeken' }).fill('GGD');
  await expect(count).toHaveText('1 overleg');
  await expect(page.getByRole('link', { name: 'Werkgroep preventie' })).toBeVisible();
  await expectAccessible(page, 'overleggen gefilterd');
});
