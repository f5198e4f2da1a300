import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../harness/launch';
import { startServer } from '../harness/server';
import { percentile } from './stats';

/**
 * Runs in the page (as a string, as in render.ts). Opens the afsprakenregister and resolves one
 * frame after its table holds at least `min` rows.
 */
const openListAndWait = (min: number) => `new Promise((resolve) => {
  performance.clearResourceTimings();
  const start = performance.now();
  const observer = new MutationObserver(() => {
    const table = document.querySelector('table[aria-rowcount]');
    const rows = Number(table?.getAttribute('aria-rowcount') ?? 0) - 1;
    if (rows < ${min}) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve({
      ms: performance.now() - start,
      // The slowest API call during the navigation is the list itself; the render starts when
      // its response has arrived.
      fetchMs: Math.max(0, ...performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/invoke')).map((e) => e.duration)),
      renderMs: performance.now() - Math.max(start, ...performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/invoke')).map((e) => e.responseEnd)),
      rows,
      domRows: document.querySelectorAll('tbody tr[aria-rowindex]').length,
    }));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  location.hash = '#/afspraken';
})`;

/**
 * Fresh pages per first-render figure: a single cold sample varied from 60 to 180 ms between
 * runs of the same code here, so the budget applies to their median.
 */
export const COLD_PAGES = 5;

/**
 * Waits in the page until a JavaScript expression is true. (page.waitForFunction with a string
 * evaluates it with eval, which the app's Content Security Policy forbids.)
 */
export const untilTrue = (expression: string) => `new Promise((resolve) => {
  const check = () => ((${expression}) ? resolve(true) : requestAnimationFrame(check));
  check();
})`;

/**
 * Time from navigating to #/afspraken to the full agreement list of the current region painted
 * (data fetched over the browser-mode server, React render, one animation frame), in real
 * Chromium. The generator makes the first region, the current one, hold 10,000 agreements.
 */
export async function measureAgreementListRender(dbFile: string, min = 10_000) {
  // As the packaged app: no contract check on every result.
  const server = await startServer({ dbFile, checkOutput: false });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const cold: { ms: number; fetchMs: number; renderMs: number }[] = [];
    const warm: number[] = [];
    let rows = 0;
    let domRows = 0;
    for (let p = 0; p < COLD_PAGES; p += 1) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // Start on a screen without a table (Instellingen), then open the list.
      await page.goto(server.url.replace('#/', '#/instellingen'));
      await page.locator('h1').first().waitFor();
      for (let i = 0; i < 6; i += 1) {
        const result = (await page.evaluate(openListAndWait(min))) as {
          ms: number;
          fetchMs: number;
          renderMs: number;
          rows: number;
          domRows: number;
        };
        if (i === 0) cold.push(result);
        else warm.push(result.ms);
        rows = result.rows;
        domRows = result.domRows;
        await page.evaluate("location.hash = '#/instellingen'");
        await page.evaluate(untilTrue("!document.querySelector('table[aria-rowcount]')"));
      }
      await page.close();
    }
    const median = (pick: (c: (typeof cold)[number]) => number) => percentile(cold.map(pick), 50);
    return {
      firstMs: median((c) => c.ms),
      firstFetchMs: median((c) => c.fetchMs),
      firstRenderMs: median((c) => c.renderMs),
      firstRenderMaxMs: Math.max(...cold.map((c) => c.renderMs)),
      medianMs: percentile(warm, 50),
      rows,
      domRows,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
