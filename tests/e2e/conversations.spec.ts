import { todayIso } from '../../shared/dates';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { open, seedAgreement, seedBase, type Base } from './agreementsSeed';
import { recordEvaluation } from './pages/conversations';
import { dialog, expectScreen, navLink, selectField } from './pages/ui';

/**
 * Gespreksverslagen (issue 22): a verslag written keyboard-first from its template, autosaved as
 * the notulen are, with an enquête, an actiepunt and a linked afspraak (listed on the afspraak's
 * page), vastgelegd (then read-only) and corrected; the list with its filters.
 */

/** `days` before today, as the user types it (12-11-2026) and as stored (2026-11-12). */
function daysAgo(days: number) {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  return { iso, typed: `${day}-${m}-${y}` };
}

function seed(app: AppFixture): Base & { agreementId: string } {
  const base = seedBase(app.api);
  const agreementId = seedAgreement(
    app.api,
    base,
    'Valpreventie thuiswonende ouderen',
    'in_uitvoering',
  );
  return { ...base, agreementId };
}

test('write an evaluatiegesprek by keyboard from its template, with enquête and actiepunt, then vastleggen', async ({
  app,
  page,
}) => {
  const base = seed(app);
  const day = daysAgo(10);
  await open(app, page, '/overzicht');
  await page.keyboard.press('Control+g');
  await expectScreen(page, 'Gespreksverslagen');
  await expect(page.getByText('Nog geen gespreksverslagen')).toBeVisible();
  await expectAccessible(page, 'lege lijst gespreksverslagen');

  const conversationId = await recordEvaluation(app, page, {
    date: day.typed,
    title: 'Evaluatie met Zorggroep Hilversum',
    party: { type: 'Hilv', option: 'Gemeente Hilversum' },
    participant: { type: 'Piet', option: 'Pieter Jansen (Gemeente Hilversum)' },
    guest: 'Anja de Wit',
    agreement: { type: 'Valprev', option: 'Valpreventie thuiswonende ouderen' },
    text: 'Afgesproken: de wijkteams leveren in januari cijfers aan.',
    action: {
      text: 'Cijfers valpreventie aanleveren',
      owner: { type: 'Piet', option: 'Pieter Jansen (Gemeente Hilversum)' },
    },
  });
  const report = page.getByRole('textbox', { name: 'Tekst van het verslag' });
  const header = page.getByRole('heading', { level: 1 }).locator('..');
  const facts = page.getByRole('region', { name: 'Gegevens' });
  await expect(facts.getByRole('link', { name: 'Gemeente Hilversum' })).toHaveAttribute(
    'href',
    `#/partijen/${base.gemeenteId}`,
  );
  const action = page.getByRole('checkbox', { name: /Cijfers valpreventie aanleveren/ });

  // The afspraak lists the verslag that links it, and links back.
  await facts.getByRole('link', { name: 'Valpreventie thuiswonende ouderen' }).press('Enter');
  await expectScreen(page, 'Valpreventie thuiswonende ouderen');
  const linked = page.getByRole('region', { name: 'Gespreksverslagen' });
  await expect(
    linked.getByRole('link', { name: 'Evaluatie met Zorggroep Hilversum' }),
  ).toBeVisible();
  await expectAccessible(page, 'afspraak met gespreksverslag');
  await screenshot(page, 'afspraak-met-gespreksverslag');
  await linked.getByRole('link', { name: 'Evaluatie met Zorggroep Hilversum' }).press('Enter');
  await expectScreen(page, 'Evaluatie met Zorggroep Hilversum');

  // Vastleggen (today by default; a confirmation takes the focus), then everything is read-only.
  await page.getByRole('button', { name: 'Vastleggen…' }).press('Enter');
  const lock = dialog(page, 'Verslag vastleggen');
  await expect(lock.getByRole('textbox', { name: 'Vastgelegd op' })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('button', { name: 'Ja, vastleggen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Verslag vastgelegd (versie 1)')).toBeVisible();
  await expect(header.getByText('Vastgelegd', { exact: true })).toBeVisible();
  await expect(report).toHaveCount(0);
  await expect(page.getByText('de wijkteams leveren in januari cijfers aan.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Enquête (bewerken|verwijderen)/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Nieuw actiepunt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gegevens bewerken' })).toHaveCount(0);
  expect(() =>
    app.api('conversations.saveReport', {
      conversationId,
      reportHtml: '<p>Later</p>',
      baseRevision: 99,
    }),
  ).toThrow(/vastgelegd/);
  // Following up still works: the actiepunt is ticked off.
  await action.press('Space');
  await expect(action).toBeChecked();
  await expect(page.getByText(/^Versie 1, vastgelegd op/)).toBeVisible();
  await expectAccessible(page, 'gespreksverslag vastgelegd');
  await screenshot(page, 'gespreksverslag-vastgelegd');

  // A correction opens version 2 in concept, with the text as it was.
  await page.getByRole('button', { name: 'Corrigeren…' }).press('Enter');
  const correct = dialog(page, 'Verslag corrigeren');
  await expect(correct.getByRole('textbox', { name: 'Reden van de correctie' })).toBeFocused();
  await page.keyboard.type('Naam van de zorggroep verbeterd');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Verslag in concept (versie 2)')).toBeVisible();
  await expect(report).toContainText('de wijkteams leveren in januari cijfers aan.');
  await expect(page.getByText(/gecorrigeerd: Naam van de zorggroep verbeterd/)).toBeVisible();
});

test('the list: newest first, filters on soort and text, markers; the party page and templates', async ({
  app,
  page,
}) => {
  const base = seed(app);
  const make = (
    kind: 'evaluatiegesprek' | 'werkbezoek' | 'telefonisch',
    title: string,
    d: number,
  ) =>
    app.api('conversations.create', {
      regionId: base.regionId,
      kind,
      title,
      date: daysAgo(d).iso,
      partyIds: [base.gemeenteId, base.verzekeraarId],
    });
  make('werkbezoek', 'Werkbezoek wijkteam Oost', 40);
  const phone = make('telefonisch', 'Telefoon met de zorgverzekeraar', 5);
  const evaluation = make('evaluatiegesprek', 'Evaluatie valpreventie', 20);
  app.api('conversations.update', {
    id: phone.id,
    kind: 'telefonisch',
    title: phone.title,
    date: phone.date,
    confidential: true,
    partyIds: [base.verzekeraarId],
    participants: [],
    themeIds: [],
    agreementIds: [],
  });
  app.api('conversations.setSurvey', {
    conversationId: evaluation.id,
    survey: { respondentType: 'gemeente', scoreNow: 7 },
  });
  app.api('actions.add', { conversationId: evaluation.id, text: 'Terugkoppelen' });

  await open(app, page, '/gespreksverslagen');
  await expectScreen(page, 'Gespreksverslagen');
  const count = page.getByRole('status').filter({ hasText: /gespreksverslag/ });
  await expect(count).toHaveText('3 gespreksverslagen');
  const table = page.getByRole('table', { name: 'Gespreksverslagen' });
  await expect(table.getByRole('link')).toHaveText([
    'Telefoon met de zorgverzekeraar',
    'Evaluatie valpreventie',
    'Werkbezoek wijkteam Oost',
  ]);
  const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
  await expect(row('Telefoon met de zorgverzekeraar')).toContainText('Vertrouwelijk');
  await expect(row('Evaluatie valpreventie')).toContainText('Ja');
  await expect(row('Evaluatie valpreventie')).toContainText('Gemeente Hilversum');
  await expectAccessible(page, 'lijst gespreksverslagen');
  await screenshot(page, 'gespreksverslagen-lijst');

  await selectField(page, 'Soort').click();
  await page.getByRole('option', { name: 'Werkbezoek', exact: true }).click();
  await expect(count).toHaveText('1 gespreksverslag');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('valpreventie');
  await expect(count).toHaveText('1 gespreksverslag');
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('niets dergelijks');
  await expect(page.getByText('Geen gespreksverslagen met deze filters')).toBeVisible();

  // The party page lists the verslagen it took part in.
  await open(app, page, `/partijen/${base.verzekeraarId}`);
  const linked = page.getByRole('region', { name: 'Gespreksverslagen' });
  await expect(linked.getByRole('link')).toHaveText([
    'Telefoon met de zorgverzekeraar',
    'Evaluatie valpreventie',
    'Werkbezoek wijkteam Oost',
  ]);

  // Instellingen: the werkbezoek's template, edited and saved, starts the next werkbezoek.
  await navLink(page, 'Instellingen').click();
  const card = page.getByRole('region', { name: 'Sjablonen voor gespreksverslagen' });
  await selectField(card, 'Soort gesprek').click();
  await page.getByRole('option', { name: 'Werkbezoek', exact: true }).click();
  const template = card.getByRole('textbox', { name: 'Sjabloon voor werkbezoek' });
  await expect(template.locator('h2')).toHaveText(['Bezocht', 'Indrukken', 'Vervolg']);
  await template.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Aanwezig namens de regio:');
  await expect(card.getByText('Niet opgeslagen: Werkbezoek.')).toBeVisible();
  await card.getByRole('button', { name: 'Sjablonen opslaan' }).click();
  await expect(card.getByText('Alle sjablonen zijn opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'instellingen met sjablonen');
  await screenshot(page, 'instellingen-sjablonen');
  expect(make('werkbezoek', 'Tweede werkbezoek', 1).reportHtml).toContain(
    'Aanwezig namens de regio:',
  );
  await card.getByRole('button', { name: 'Standaard terugzetten' }).click();
  await card.getByRole('button', { name: 'Sjablonen opslaan' }).click();
  await expect(card.getByText('Alle sjablonen zijn opgeslagen.')).toBeVisible();
  expect(app.api('conversations.templates', {}).werkbezoek).not.toContain('Aanwezig');
});

test('edit the gegevens: Escape closes only the list, Backspace removes the last deelnemer', async ({
  app,
  page,
}) => {
  const base = seed(app);
  const c = app.api('conversations.create', {
    regionId: base.regionId,
    kind: 'werkbezoek',
    title: 'Werkbezoek Hilversum',
    date: daysAgo(3).iso,
    partyIds: [base.gemeenteId],
    participants: [{ contactId: base.ownerId }, { guestName: 'Kees Bakker' }],
  });
  await open(app, page, `/gespreksverslagen/${c.id}`);
  await page.getByRole('button', { name: 'Gegevens bewerken' }).press('Enter');
  const form = dialog(page, 'Gegevens van het gesprek bewerken');
  await expect(form.getByRole('textbox', { name: 'Datum' })).toBeFocused();
  const participants = form.getByRole('combobox', { name: 'Deelnemers' });
  await participants.focus();
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(form).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(form.getByText('Kees Bakker (naam)')).toBeHidden();
  await expectAccessible(page, 'gegevens van het gesprek bewerken');
  await page.keyboard.press('Control+Enter');
  await expect(form).toBeHidden();
  expect(app.api('conversations.get', { id: c.id }).participants.map((p) => p.name)).toEqual([
    'Pieter Jansen',
  ]);
  // Escape closes the dialog itself once no list is open.
  await page.getByRole('button', { name: 'Gegevens bewerken' }).press('Enter');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
});

test('a verslag goes to the Prullenbak after a confirmation that says what goes along', async ({
  app,
  page,
}) => {
  const base = seed(app);
  const c = app.api('conversations.create', {
    regionId: base.regionId,
    kind: 'telefonisch',
    title: 'Kort telefoontje',
    date: daysAgo(2).iso,
    partyIds: [base.gemeenteId],
  });
  app.api('actions.add', { conversationId: c.id, text: 'Agenda sturen' });
  await open(app, page, `/gespreksverslagen/${c.id}`);
  await expectScreen(page, 'Kort telefoontje');
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  const confirm = dialog(page, 'Gespreksverslag ‘Kort telefoontje’ verwijderen?');
  await expect(confirm).toContainText('Kort telefoontje');
  await confirm.getByRole('button', { name: 'Naar de prullenbak' }).click();
  await expectScreen(page, 'Gespreksverslagen');
  await expect(page.getByText('Nog geen gespreksverslagen')).toBeVisible();
  await navLink(page, 'Prullenbak').click();
  await expect(page.getByText(/Kort telefoontje/).first()).toBeVisible();
});
