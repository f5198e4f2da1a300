import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, type AppFixture } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { expectScreen } from './pages/ui';

/**
 * Notulen are never lost (issue 19): the editor starts from the newest saved text after a tab
 * or screen switch, and a save based on an older version is refused, never silently applied.
 */

function seedMeeting(app: AppFixture) {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'ambtelijk_regio_overleg',
    title: 'Ambtelijk overleg',
    date: '2026-11-12',
    startTime: '10:00',
    endTime: '12:00',
  });
  app.api('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  return meeting.id;
}

const storedMinutes = (app: AppFixture, meetingId: string) =>
  app.api('meetings.get', { id: meetingId }).agenda[0]!.minutesHtml;

const editorOf = (page: Page) =>
  page.getByRole('textbox', { name: 'Notulen bij Valpreventie', exact: true });

async function typeAtEnd(page: Page, text: string) {
  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const saveState = (page: Page) => page.locator('[data-minutes] [data-save-state]');

test('typing, switching tab and screen and coming back keeps the whole text', async ({
  app,
  page,
}) => {
  const meetingId = seedMeeting(app);
  await open(app, page, `/overleggen/${meetingId}`);
  await expectScreen(page, 'Ambtelijk overleg');

  // Type until "Opgeslagen" shows, go to the Besluitenlijst and back.
  await typeAtEnd(page, 'Eerste deel.');
  await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
  await page.getByRole('tab', { name: /Besluitenlijst/ }).click();
  await page.getByRole('tab', { name: 'Agenda en notulen' }).click();
  await expect(editorOf(page)).toContainText('Eerste deel.');
  await expect(saveState(page)).toHaveText('Opgeslagen');

  // Type more and switch at once, while the save is still waiting or under way.
  await typeAtEnd(page, ' Tweede deel.');
  await page.getByRole('tab', { name: /Besluitenlijst/ }).click();
  await page.getByRole('tab', { name: 'Agenda en notulen' }).click();
  await expect(editorOf(page)).toContainText('Eerste deel. Tweede deel.');

  // Another screen and back (the browser's Back, as Alt+Left in the app).
  await page.getByRole('link', { name: 'Afspraken', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Ambtelijk overleg');
  await page.goBack();
  await expectScreen(page, 'Ambtelijk overleg');
  await expect(editorOf(page)).toContainText('Eerste deel. Tweede deel.');
  await typeAtEnd(page, ' Derde deel.');
  await editorOf(page).blur();
  await expect
    .poll(() => storedMinutes(app, meetingId))
    .toBe('<p>Eerste deel. Tweede deel. Derde deel.</p>');
  await expect(saveState(page)).toHaveText('Opgeslagen');

  // A reload shows the same text.
  await page.reload();
  await expect(editorOf(page)).toHaveText('Eerste deel. Tweede deel. Derde deel.');
});

test('two windows on one meeting: neither loses the other’s text', async ({
  app,
  page,
  browser,
}) => {
  const meetingId = seedMeeting(app);
  await open(app, page, `/overleggen/${meetingId}`);
  const other = await browser.newContext({ locale: 'nl-NL', reducedMotion: 'reduce' });
  try {
    const pageB = await other.newPage();
    await pageB.goto(`${app.url.slice(0, -'#/'.length)}#/overleggen/${meetingId}`);
    await expectScreen(pageB, 'Ambtelijk overleg');
    await expect(saveState(pageB)).toHaveText('Opgeslagen');

    // A saves first; B, started from the older text, is refused and shown both texts.
    await typeAtEnd(page, 'Tekst van A.');
    await expect.poll(() => storedMinutes(app, meetingId)).toBe('<p>Tekst van A.</p>');
    await typeAtEnd(pageB, 'Tekst van B.');
    const conflictB = pageB.getByTestId('text-conflict');
    await expect(conflictB).toBeVisible();
    await expect(conflictB).toContainText('Deze notulen zijn intussen elders gewijzigd');
    await expect(conflictB).toContainText('Tekst van A.');
    await expect(saveState(pageB)).toHaveText(
      'Niet opgeslagen: kies hieronder welke tekst blijft.',
    );
    await expect(editorOf(pageB)).toContainText('Tekst van B.');
    expect(storedMinutes(app, meetingId)).toBe('<p>Tekst van A.</p>');
    await expectAccessible(pageB, 'notulen: elders gewijzigd');

    // Text typed while the choice is open is kept, and merged with the other text.
    await typeAtEnd(pageB, ' En meer van B.');
    await pageB.getByRole('button', { name: 'Beide samenvoegen' }).click();
    await expect(conflictB).toHaveCount(0);
    await expect
      .poll(() => storedMinutes(app, meetingId))
      .toMatch(/Tekst van A\..*Tekst van B\. En meer van B\./);
    await expect(saveState(pageB)).toHaveText('Opgeslagen');

    // A types on its older version: refused in turn; A keeps its own text this time.
    await typeAtEnd(page, ' Aanvulling van A.');
    const conflictA = page.getByTestId('text-conflict');
    await expect(conflictA).toContainText('Tekst van B. En meer van B.');
    expect(storedMinutes(app, meetingId)).toMatch(/Tekst van B\. En meer van B\./);
    await page.getByRole('button', { name: 'Beide samenvoegen' }).click();
    await expect
      .poll(() => storedMinutes(app, meetingId))
      .toMatch(/Tekst van A\..*Tekst van B\. En meer van B\..*Tekst van A\. Aanvulling van A\./);

    // "Andere tekst overnemen" shows the stored text and saves nothing.
    await typeAtEnd(pageB, ' Laatste van B.');
    await expect(conflictB).toBeVisible();
    const before = storedMinutes(app, meetingId);
    await pageB.getByRole('button', { name: 'Andere tekst overnemen' }).click();
    await expect(editorOf(pageB)).toContainText('Aanvulling van A.');
    await expect(editorOf(pageB)).not.toContainText('Laatste van B.');
    expect(storedMinutes(app, meetingId)).toBe(before);
  } finally {
    await other.close();
  }
});
