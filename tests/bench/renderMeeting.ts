import { chromium } from 'playwright-core';
import { Database } from '../../db/sqlite';
import { CHROMIUM_ARGS, findChromium } from '../harness/launch';
import { startServer } from '../harness/server';
import { untilTrue } from './renderAgreements';
import { percentile } from './stats';

/**
 * The meeting screen in real Chromium (issue 7): opening the meeting of 30 agenda items and about
 * 20,000 words of minutes (made by meetings.ts) until every minutes editor can be typed in, and
 * typing in the minutes of one item, per keystroke from the key event to the next frame, while
 * the autosave runs as it does for a minute-taker.
 */

const ITEMS = 30;
const ROUNDS = 20;

/**
 * From the route change until the heading and all 30 items' minutes can be typed in (an editor,
 * or a preview that becomes one on click or focus), then on until every editor exists.
 */
const openMeeting = (id: string) => `new Promise((resolve) => {
  const start = performance.now();
  location.hash = '#/overleggen/${id}';
  let usable = 0;
  const check = () => {
    const main = document.querySelector('main');
    const shown = main && main.querySelector('h1')?.textContent === 'Groot overleg';
    if (!usable && shown
      && main.querySelectorAll('[data-minutes] [role="textbox"]').length === ${ITEMS}) {
      usable = performance.now() - start;
    }
    if (usable && main.querySelectorAll('.ProseMirror[contenteditable="true"]').length === ${ITEMS}) {
      requestAnimationFrame(() => resolve([usable, performance.now() - start]));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * Per keystroke, two figures. The work it costs the main thread: handling the key (from the key
 * event until the editor has taken the change in, after ProseMirror's DOM observer) plus drawing
 * the frame that shows it (from that frame's start until the task after it). And, for
 * information, the time until that frame is done, which adds the wait for the screen's next
 * refresh (up to 16.7 ms at 60 Hz, however little the work).
 */
const RECORD_KEYS = `(() => {
  window.__work = [];
  window.__toFrame = [];
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    let handled = 0;
    const onInput = () => queueMicrotask(() => { handled = performance.now(); });
    document.addEventListener('input', onInput, { once: true });
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      setTimeout(() => {
        const end = performance.now();
        document.removeEventListener('input', onInput);
        window.__work.push((handled || frameStart) - start + (end - frameStart));
        window.__toFrame.push(end - start);
      }, 0);
    });
  }, true);
})()`;

const TYPED =
  'De regio spreekt af dat de wijkteams en het zorgkantoor samen de coördinatie oppakken. ';

export async function measureMeeting(dbFile: string) {
  const raw = new Database(dbFile, { readonly: true });
  const { id } = raw.prepare(`SELECT id FROM meeting WHERE title = 'Groot overleg'`).get() as {
    id: string;
  };
  const words = (
    raw
      .prepare(
        `SELECT a.minutes_text AS t FROM agenda_item a WHERE a.meeting_id = ? AND a.deleted_at IS NULL`,
      )
      .all(id) as { t: string }[]
  ).reduce((n, r) => n + r.t.split(/\s+/).filter(Boolean).length, 0);
  raw.close();

  const server = await startServer({ dbFile, checkOutput: false });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url.replace('#/', '#/instellingen'));
    await page.locator('h1').first().waitFor();
    const opens: number[] = [];
    const complete: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await page.evaluate("location.hash = '#/instellingen'");
      await page.evaluate(
        untilTrue("!!document.querySelector('main h1') && location.hash === '#/instellingen'"),
      );
      const [usable, all] = (await page.evaluate(openMeeting(id))) as [number, number];
      opens.push(usable);
      complete.push(all);
    }
    // Type at the end of the 15th item's minutes, at about 10 keys a second.
    const editor = page.locator('.ProseMirror').nth(14);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(RECORD_KEYS);
    await page.keyboard.type(TYPED, { delay: 100 });
    const keys = (await page.evaluate('window.__work')) as number[];
    const toFrame = (await page.evaluate('window.__toFrame')) as number[];
    await editor.blur();
    return {
      words,
      openP95: percentile(opens, 95),
      openMedian: percentile(opens, 50),
      allEditorsP95: percentile(complete, 95),
      typingP95: percentile(keys, 95),
      typingSamples: keys.length,
      typingToFrameP95: percentile(toFrame, 95),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
