import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, type AppFixture } from '../fixtures';
import { chooseWithArrows, dialog, expectScreen, selectField, tabTo } from './ui';

/** The headings the evaluatiegesprek's template puts in an empty verslag (issue 22). */
export const TEMPLATE_HEADINGS = [
  'Voortgang samenwerkingsafspraken',
  'Wat gaat goed',
  'Knelpunten',
  'Vervolgafspraken',
];

/** What is typed to find an option, and the option chosen. */
type Pick = { type: string; option: string };

export interface Evaluation {
  /** As the user types it: 12-11-2026. */
  date: string;
  title: string;
  party: Pick;
  participant: Pick;
  /** A deelnemer who is not in the register, typed and Enter. */
  guest: string;
  agreement: Pick;
  /** A sentence typed at the end of the template. */
  text: string;
  action: { text: string; owner: Pick };
}

/**
 * Records an evaluatiegesprek keyboard-first, from the list of gespreksverslagen (Ctrl+G): the
 * dialog (a missing party refused beside the field), the template's headings, text saved while
 * typed and still there after another screen, the enquête (a cijfer of 11 refused beside its
 * field; then 6 at the start and 8 now, from a zorgaanbieder, with a factor and "anders") and
 * one actiepunt with an owner. Returns the verslag's id; the verslag's screen is open.
 */
export async function recordEvaluation(
  app: AppFixture,
  page: Page,
  v: Evaluation,
): Promise<string> {
  await page.keyboard.press('Control+g');
  await expectScreen(page, 'Gespreksverslagen');

  // New verslag: every field by keyboard; the dialog starts in the date.
  await page.getByRole('button', { name: 'Nieuw gespreksverslag' }).first().press('Enter');
  const form = dialog(page, 'Nieuw gespreksverslag');
  const date = form.getByRole('textbox', { name: 'Datum' });
  await expect(date).toBeFocused();
  await page.keyboard.type(v.date);
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(/^\d+ \p{L}+ \d{4}$/u);
  await expect(selectField(form, 'Soort gesprek')).toHaveValue(
    'Evaluatiegesprek gemeente–zorgaanbieder',
  );
  const title = form.getByRole('textbox', { name: 'Titel' });
  await tabTo(page, title, { max: 12 });
  await page.keyboard.type(v.title);
  // Ctrl+Enter without a party: refused beside the field, nothing made.
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText('Kies minstens één partij')).toBeVisible();
  await expectAccessible(page, 'nieuw gespreksverslag met fout');
  await tabTo(page, selectField(form, 'Partijen'), { max: 12 });
  await page.keyboard.type(v.party.type);
  await chooseWithArrows(page, v.party.option);
  await tabTo(page, form.getByRole('combobox', { name: 'Deelnemers' }), { max: 12 });
  await page.keyboard.type(v.participant.type);
  await chooseWithArrows(page, v.participant.option);
  await page.keyboard.type(v.guest);
  await page.keyboard.press('Enter');
  await expect(form.getByText(`${v.guest} (naam)`)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Nieuw gespreksverslag' })).toBeVisible();
  await tabTo(page, selectField(form, 'Gekoppelde afspraken'), { max: 12 });
  await page.keyboard.type(v.agreement.type);
  await chooseWithArrows(page, v.agreement.option);
  await page.keyboard.press('Control+Enter');

  // The verslag opens with the headings of the evaluation template.
  await expectScreen(page, v.title);
  const id = page.url().split('/gespreksverslagen/')[1]!;
  const report = page.getByRole('textbox', { name: 'Tekst van het verslag' });
  await expect(report.locator('h2')).toHaveText(TEMPLATE_HEADINGS);
  const header = page.getByRole('heading', { level: 1 }).locator('..');
  await expect(header).toContainText(/Evaluatiegesprek gemeente–zorgaanbieder · \d+ \p{L}+ \d{4}/u);
  await expect(header.getByText('Concept', { exact: true })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Gegevens' });
  await expect(facts.getByRole('link', { name: v.party.option })).toHaveAttribute(
    'href',
    /^#\/partijen\/[0-9a-f-]+$/,
  );
  await expect(facts).toContainText(v.guest);

  // Typing is saved while typing; the text is still there after another screen.
  await report.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(v.text);
  await expect(page.locator('[data-save-state="saved"]')).toHaveText('Opgeslagen');
  await expect.poll(() => app.api('conversations.report', { id }).reportHtml).toContain(v.text);
  // Straight from the editor to Overzicht (Ctrl+1, as the menu), and back.
  await page.keyboard.press('Control+1');
  await expectScreen(page, /^Overzicht/);
  await page.goBack();
  await expectScreen(page, v.title);
  await expect(report).toContainText(v.text);
  await expect(report.locator('h2')).toHaveText(TEMPLATE_HEADINGS);

  // The enquête: a rapportcijfer above 10 is refused beside its field.
  await page.getByRole('button', { name: 'Enquête toevoegen' }).press('Enter');
  const survey = dialog(page, 'Enquête toevoegen');
  await expect(selectField(survey, 'Ingevuld door (soort organisatie)')).toBeFocused();
  // The list opens first: a press while it is still opening would be lost on a busy machine.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await chooseWithArrows(page, 'Zorgaanbieder');
  await survey.getByRole('textbox', { name: 'Rapportcijfer samenwerking bij aanvang' }).fill('6');
  const now = survey.getByRole('textbox', { name: 'Rapportcijfer samenwerking nu' });
  await now.fill('11');
  await now.press('Control+Enter');
  await expect(survey.getByText('Een rapportcijfer is hoogstens 10')).toBeVisible();
  await expectAccessible(page, 'enquête met fout');
  await screenshot(page, 'gespreksverslag-enquete-fout');
  await now.fill('8');
  await selectField(survey, 'Positieve factoren').focus();
  await page.keyboard.type('Vertr');
  await chooseWithArrows(page, 'Vertrouwen');
  await page.keyboard.type('Ander');
  await chooseWithArrows(page, 'Anders');
  await page.keyboard.press('Escape'); // closes the list only
  await expect(survey).toBeVisible();
  await survey.getByRole('textbox', { name: 'Andere factor (positief)' }).fill('Korte lijnen');
  await survey.getByRole('radio', { name: 'Een beetje urgent' }).focus();
  await page.keyboard.press('Space');
  await survey.getByRole('textbox', { name: 'Toelichting' }).fill('Goed gesprek.');
  await page.keyboard.press('Control+Enter');
  await expect(survey).toBeHidden();
  const answers = page.getByRole('table', { name: 'Antwoorden van de enquête' });
  await expect(answers.getByRole('row', { name: /Rapportcijfer nu/ })).toContainText('8');
  await expect(answers).toContainText('Vertrouwen, Anders: Korte lijnen');
  expect(app.api('conversations.get', { id }).survey).toMatchObject({
    respondentType: 'zorgaanbieder',
    scoreStart: 6,
    scoreNow: 8,
    positive: ['vertrouwen', 'anders'],
    urgency: 'beetje',
  });

  // An actiepunt with an owner from the register; Enter adds it.
  const actionText = page.getByRole('textbox', { name: 'Nieuw actiepunt' });
  await actionText.fill(v.action.text);
  await selectField(page, 'Eigenaar').focus();
  await page.keyboard.type(v.action.owner.type);
  await chooseWithArrows(page, v.action.owner.option);
  await actionText.press('Enter');
  await expect(page.getByRole('checkbox', { name: new RegExp(v.action.text) })).toBeVisible();
  await expect(actionText).toHaveValue('');
  await expectAccessible(page, 'gespreksverslag in concept');
  await screenshot(page, 'gespreksverslag-concept');
  return id;
}
