import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, expectAccessible, test } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { expectScreen } from './pages/ui';

/**
 * Issue 19, major 5: notulen pasted from Word keep their lists and tables in the editor, after
 * saving and reloading, and in the vastgestelde version.
 */

/** The page's clipboard classes (the specs are compiled without DOM types). */
interface PageGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: object) => unknown;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const word = readFileSync(path.join(here, '../fixtures/word/lijst-en-tabel.html'), 'utf8');

test('a Word list and table pasted into the minutes stay a list and a table', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'bestuurlijk_regio_overleg',
    title: 'Bestuurlijk overleg',
    date: '2026-11-12',
    startTime: '10:00',
    endTime: '12:00',
  });
  app.api('agenda.add', { meetingId: meeting.id, title: 'Valpreventie' });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Bestuurlijk overleg');
  const editor = page.getByRole('textbox', { name: 'Notulen bij Valpreventie' });
  await editor.click();
  await editor.evaluate((el, html) => {
    // As the clipboard delivers Word's copy: a paste event carrying text/html and text/plain.
    const g = globalThis as unknown as PageGlobals;
    const data = new g.DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Deelname valpreventie\r\n·\tBunnik doet mee');
    const paste = new g.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    (el as unknown as { dispatchEvent(e: unknown): boolean }).dispatchEvent(paste);
  }, word);

  const expectStructure = async (scope: typeof editor) => {
    await expect(scope.locator('ul > li').first()).toContainText('Bunnik doet mee');
    await expect(scope.locator('ul ul > li')).toHaveText('vanaf januari 2027');
    await expect(scope.locator('ol > li')).toHaveText([
      'Opening en vaststellen agenda',
      'Rondvraag',
    ]);
    await expect(scope.locator('table tr')).toHaveCount(3);
    await expect(scope.locator('table tr').nth(1).locator('td')).toHaveText(['Bunnik', 'Ja']);
    await expect(scope).not.toContainText('·');
  };
  await expectStructure(editor);
  await editor.screenshot({ path: path.join(here, '../../test-results/word-paste-editor.png') });
  await expectAccessible(page, 'notulen met een tabel uit Word');

  // Tab moves through the cells and, after the last one, out of the editor (no new row).
  await editor.locator('table td').last().click();
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect
    .poll(() => app.api('meetings.get', { id: meeting.id }).agenda[0]!.minutesHtml)
    .toContain('<table>');
  const stored = app.api('meetings.get', { id: meeting.id }).agenda[0]!.minutesHtml;
  expect(stored).toContain('<ul><li><p>Bunnik doet mee</p><ul><li><p>vanaf januari 2027</p>');
  expect(stored).toContain('<ol><li><p>Opening en <em>vaststellen</em> agenda</p></li>');
  expect(stored.match(/<tr>/g)).toHaveLength(3);
  for (const bad of ['style=', 'class=', 'mso-', 'o:p', '·', 'colgroup']) {
    expect(stored).not.toContain(bad);
  }

  // After a reload the saved text has the same structure.
  await page.reload();
  await expectScreen(page, 'Bestuurlijk overleg');
  await expectStructure(page.getByRole('textbox', { name: 'Notulen bij Valpreventie' }));

  // And in the vastgestelde version.
  app.api('minutes.approve', {
    meetingId: meeting.id,
    approvedOn: '2026-11-19',
    approvedIn: 'Bestuurlijk regio-overleg van 19 november 2026',
  });
  await page.reload();
  await page.getByRole('button', { name: 'Versie 1 bekijken' }).click();
  const version = page.getByRole('dialog', { name: 'Notulen, versie 1' });
  await expectStructure(version.getByRole('group', { name: 'Beschrijving' }));
  await expectAccessible(page, 'vastgestelde versie met een tabel');
});
