import { chromium, type Browser } from 'playwright-core';
import { fillContents, MEASURE_PAGES, type PageStarts } from './pageLayout';
import type { PrintEngine } from './print';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Prints through a locally installed Chromium/Chrome/Edge with playwright-core (the CLI and the
 * tests; the app uses its own webContents.printToPDF). JavaScript is off and every request is
 * refused: the document is self-contained, and a remote image in user text must not be fetched.
 */
export async function openChromiumPrinter(
  executablePath: string,
): Promise<{ engine: PrintEngine; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({ executablePath, args: ARGS });
  const print: PrintEngine['print'] = async (html, options, contents) => {
    // A context of its own per print; JavaScript only for our measuring (the CSP blocks any other).
    const context = await browser.newContext({ offline: true });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const measured = (await page.evaluate(MEASURE_PAGES)) as PageStarts;
      await page.evaluate(fillContents(contents(measured)));
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerHtml,
        footerTemplate: options.footerHtml,
      });
      return { pdf: new Uint8Array(pdf), measured };
    } finally {
      await context.close();
    }
  };
  return { engine: { print }, close: () => browser.close() };
}
