import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../harness/launch';
import type { Api } from '../../electron/api/createApi';
import { startServer } from '../harness/server';
import { untilTrue } from './renderAgreements';
import { percentile } from './stats';

/**
 * Screen figures in real Chromium through browser mode, on the region with 10,000 agreements
 * (the generator makes it the current region): opening each main screen to its content, typing in
 * the agreements search box, and scrolling the 10,000-row list. Scripts run in the page as
 * strings (the app's CSP forbids eval, and tsx would add helpers the page does not have).
 */

/** A screen has its content: a heading, a table, and no loader left in the main area. */
const CONTENT = `(() => {
  const main = document.querySelector('main');
  return !!main && !!main.querySelector('h1') && !!main.querySelector('table')
    && !main.querySelector('[aria-label$="laden…"]');
})()`;

const openAndWait = (route: string) => `new Promise((resolve) => {
  // The screen before has a heading and a table too: wait for the new screen's heading.
  const before = document.querySelector('main h1')?.textContent;
  const start = performance.now();
  location.hash = '#${route}';
  const check = () => {
    const heading = document.querySelector('main h1')?.textContent;
    if (location.hash === '#${route}' && heading !== before && ${CONTENT}) {
      requestAnimationFrame(() => resolve(performance.now() - start));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/** Rounds of opening every screen: with fewer than 20 samples the p95 is their maximum. */
const ROUNDS = 20;

export const SCREENS = [
  ['overzicht', '/overzicht'],
  ['afspraken', '/afspraken'],
  ['dashboard', '/afspraken/overzicht'],
  ['partijen', '/partijen'],
  ['personen', '/personen'],
  ['rollen', '/rollen'],
  // Issue 22: each region of groot has about 3,200 verslagen and 6,500 of their actiepunten.
  ['gespreksverslagen', '/gespreksverslagen'],
  ['actiepunten', '/actiepunten'],
  ['samenwerkingsmonitor', '/monitor'],
] as const;

/**
 * One verslag of the region as its screen: the newest with an enquête (its answers are a table)
 * and open actiepunten, the fullest a verslag gets.
 */
function verslagScreen(api: Api): [string, string] {
  const call = <T>(method: string, input: unknown): T => {
    const result = api.invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const { currentRegionId } = call<{ currentRegionId: string }>('settings.get', {});
  const { items } = call<{ items: { id: string; hasSurvey: boolean; openActions: number }[] }>(
    'conversations.list',
    { regionId: currentRegionId, limit: 500 },
  );
  const verslag = items.find((c) => c.hasSurvey && c.openActions > 0) ?? items[0]!;
  return ['één gespreksverslag (met enquête en actiepunten)', `/gespreksverslagen/${verslag.id}`];
}

async function openScreens(
  page: Page,
  rounds: number,
  screens: readonly (readonly [string, string])[],
) {
  const samples = new Map<string, number[]>(screens.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, route] of screens) {
      await page.evaluate("location.hash = '#/instellingen'");
      await page.evaluate(
        untilTrue("!!document.querySelector('main h1') && location.hash === '#/instellingen'"),
      );
      samples.get(name)!.push((await page.evaluate(openAndWait(route))) as number);
    }
  }
  return screens.map(([name]) => ({
    name,
    p95: percentile(samples.get(name)!, 95),
    first: samples.get(name)![0]!,
  }));
}

/** The table shows the answer to `search` (not a previous one) and is not waiting for one. */
const showing = (search: string) =>
  untilTrue(`(() => {
    const t = document.querySelector('table[aria-rowcount]');
    return !!t && t.dataset.shows === ${JSON.stringify(search)} && t.getAttribute('aria-busy') !== 'true';
  })()`);

/** Per keystroke: time from the key to the table showing the rows for the new text. */
async function typeInSearch(page: Page, words: string[]) {
  const box = page.locator('input[data-search]');
  const samples: number[] = [];
  for (const word of words) {
    await box.fill('');
    await page.evaluate(showing(''));
    let typed = '';
    for (const char of word) {
      typed += char;
      const start = performance.now();
      await box.press(char);
      await page.evaluate(showing(typed));
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

/**
 * Frame times while the list scrolls from the top in steps of `part` of a view per frame (at most
 * 400 frames). 0.9 is a fling (rows are drawn empty while they fly by, see useFling); a third of
 * a view per frame (about 11,000 px/s) is still fast but shows whole rows in every frame.
 */
const scroll = (part: number) => `new Promise((resolve) => {
  const box = document.querySelector('[data-testid="virtual-table"]');
  const frames = [];
  let last = performance.now();
  const step = () => {
    const now = performance.now();
    frames.push(now - last);
    last = now;
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2 || frames.length > 400) {
      resolve(frames.slice(1));
      return;
    }
    box.scrollTop += box.clientHeight * ${part};
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

export async function measureScreens(dbFile: string) {
  const server = await startServer({ dbFile, checkOutput: false });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url.replace('#/', '#/instellingen'));
    await page.locator('h1').first().waitFor();
    const screens = await openScreens(page, ROUNDS, [...SCREENS, verslagScreen(server.api)]);
    await page.evaluate(openAndWait('/afspraken'));
    // About 40 keystrokes: with a dozen, the p95 is simply the slowest one.
    const typing = await typeInSearch(page, [
      'zorg',
      'wijk',
      'ggz',
      'wonen',
      'ouderen',
      'preventie',
      'mantelzorg',
    ]);
    await page.evaluate(`(() => {
      const input = document.querySelector('input[data-search]');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await page.evaluate(
      untilTrue(
        "Number(document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')) > 9000",
      ),
    );
    const frames = (await page.evaluate(scroll(0.9))) as number[];
    await page.evaluate(`document.querySelector('[data-testid="virtual-table"]').scrollTop = 0`);
    await page.waitForTimeout(300);
    const whole = (await page.evaluate(scroll(1 / 3))) as number[];
    return {
      screens,
      typingP95: percentile(typing, 95),
      typingSamples: typing.length,
      scrollP95: percentile(frames, 95),
      scrollFrames: frames.length,
      wholeRowsP95: percentile(whole, 95),
      wholeRowsFrames: whole.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
