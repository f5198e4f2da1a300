import { expect, expectAccessible, test } from './fixtures';
import { open, seedBase } from './agreementsSeed';
import { expectScreen } from './pages/ui';

/**
 * The minutes of a long meeting: items are drawn a few at a time (AgendaItemShell), and a click
 * in one not yet drawn puts the caret there at once; text pasted from Word is cleaned.
 */

/** The page's clipboard classes (the specs are compiled without DOM types). */
interface PageGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: object) => unknown;
}

const paragraph = (i: number) =>
  `<p>Punt ${i}: de regio bespreekt de voortgang van de valpreventie en de coördinatie met de wijkteams. `.repeat(
    12,
  ) + '</p>';

test('a click in an item not yet drawn types there; Alt+PageDown reaches it too', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'ambtelijk_regio_overleg',
    title: 'Lang overleg',
    date: '2026-11-12',
    startTime: '10:00',
    endTime: '16:00',
  });
  const items = Array.from({ length: 30 }, (_, i) => {
    const item = app.api('agenda.add', { meetingId: meeting.id, title: `Punt ${i + 1}` });
    app.api('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: paragraph(i + 1),
      baseRevision: 0,
    });
    return item;
  });
  await open(app, page, `/overleggen/${meeting.id}`);
  await expectScreen(page, 'Lang overleg');
  // At first only a few items are drawn in full; the others are light and marked busy.
  expect(await page.locator('article[aria-busy="true"]').count()).toBeGreaterThan(10);
  // The last item is one of them: the click below turns its preview into the editor.
  expect(
    await page.locator(`article[data-item="${items[29]!.id}"]`).getAttribute('aria-busy'),
  ).toBe('true');
  const last = page.getByRole('textbox', { name: 'Notulen bij Punt 30', exact: true });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await last.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Aanvulling van de notulist.');
  await expect(last).toContainText('Aanvulling van de notulist.');
  await last.blur();
  await expect
    .poll(() => app.api('meetings.get', { id: meeting.id }).agenda[29]!.minutesHtml)
    .toContain('Aanvulling van de notulist.');
  // Every item is drawn in full soon after, and the page passes axe in both states.
  await expect(page.locator('article[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.ProseMirror')).toHaveCount(30);
  await expectAccessible(page, 'lang overleg');
  // The minute-taker's jump to the next item's minutes.
  // Items far off screen are skipped by content-visibility until a frame has drawn them: scroll
  // first and wait until the browser sees the editor on screen, as a user's eye would, then click.
  const first = page.getByRole('textbox', { name: 'Notulen bij Punt 1', exact: true });
  await first.scrollIntoViewIfNeeded();
  await expect(first).toBeInViewport();
  await first.click();
  await page.keyboard.press('Alt+PageDown');
  await expect(
    page.getByRole('textbox', { name: 'Notulen bij Punt 2', exact: true }),
  ).toBeFocused();
});

test('minutes pasted from Word keep their structure and lose styles, images and scripts', async ({
  app,
  page,
}) => {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'werkgroep',
    title: 'Werkgroep',
    date: '2026-11-12',
    startTime: '10:00',
    endTime: '11:00',
  });
  app.api('agenda.add', { meetingId: meeting.id, title: 'Opening' });
  await open(app, page, `/overleggen/${meeting.id}`);
  const editor = page.getByRole('textbox', { name: 'Notulen bij Opening' });
  await editor.click();
  // What Word puts on the clipboard: Office namespaces, mso styles, a local image, a script.
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
    <body><!--StartFragment--><p class="MsoNormal" style="mso-line-height-alt:12pt;color:#1F4E79"><b><span style="font-family:Calibri">Besluit:</span></b> de werkgroep <i>start</i> in januari.<o:p></o:p></p>
    <ul style="margin-top:0"><li class="MsoListParagraph" style="mso-list:l0 level1 lfo1">GGD levert cijfers</li></ul>
    <img src="file:///C:/Users/anna/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" width="200">
    <script>window.__pasted = true</script><p onclick="alert(1)">Einde</p><!--EndFragment--></body></html>`;
  await editor.evaluate((el, html) => {
    // As the clipboard delivers it: a paste event carrying text/html and text/plain.
    const g = globalThis as unknown as PageGlobals;
    const data = new g.DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Besluit: de werkgroep start in januari.');
    const paste = new g.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    (el as unknown as { dispatchEvent(e: unknown): boolean }).dispatchEvent(paste);
  }, word);
  await expect(editor).toContainText('GGD levert cijfers');
  await editor.blur();
  await expect
    .poll(() => app.api('meetings.get', { id: meeting.id }).agenda[0]!.minutesHtml)
    .toContain('GGD levert cijfers');
  const stored = app.api('meetings.get', { id: meeting.id }).agenda[0]!.minutesHtml;
  expect(stored).toContain('<strong>Besluit:</strong>');
  expect(stored).toContain('<em>start</em>');
  expect(stored).toContain('<li><p>GGD levert cijfers</p></li>');
  for (const bad of ['style=', 'class=', '<img', '<script', 'onclick', 'mso-', 'o:p']) {
    expect(stored).not.toContain(bad);
  }
  expect(await page.evaluate('window.__pasted')).toBeUndefined();
  await expectAccessible(page, 'notulen na plakken uit Word');
});

test('agenda items are reordered by dragging their grip', async ({ app, page }) => {
  const base = seedBase(app.api);
  const meeting = app.api('meetings.create', {
    regionId: base.regionId,
    kind: 'werkgroep',
    title: 'Werkgroep wonen',
    date: '2026-11-12',
    startTime: '10:00',
    endTime: '11:00',
  });
  for (const title of ['Opening', 'Woonvisie', 'Rondvraag']) {
    app.api('agenda.add', { meetingId: meeting.id, title });
  }
  // Tall enough that the items dragged between are all in view, as on a large screen.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await open(app, page, `/overleggen/${meeting.id}`);
  const headings = page.getByRole('heading', { level: 3 });
  await expect(headings).toHaveText(['1. Opening', '2. Woonvisie', '3. Rondvraag']);
  const card = (n: string) =>
    page.locator('article', { has: page.getByRole('heading', { name: n }) });
  const grip = page.getByRole('img', { name: 'Rondvraag verslepen' });
  // Rondvraag onto the upper half of Opening: it becomes the first item.
  await grip.dragTo(card('1. Opening'), { targetPosition: { x: 300, y: 10 } });
  await expect(headings).toHaveText(['1. Rondvraag', '2. Opening', '3. Woonvisie']);
  expect(app.api('meetings.get', { id: meeting.id }).agenda.map((i) => i.title)).toEqual([
    'Rondvraag',
    'Opening',
    'Woonvisie',
  ]);
  // And back onto the lower half of the last item: it goes to the end.
  const last = card('3. Woonvisie');
  const box = (await last.boundingBox())!;
  await grip.dragTo(last, { targetPosition: { x: 300, y: box.height - 10 } });
  await expect(headings).toHaveText(['1. Opening', '2. Woonvisie', '3. Rondvraag']);
});
