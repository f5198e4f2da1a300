import { chromium, type Browser } from 'playwright-core';
import { fillContents, MEASURE_PAGES, type PageStarts } from './pageLayout';
import { abortable, type PrintEngine, type PrintOptions } from './print';

/** Flags for a quiet, offline Chromium (also used by the test harness). */
export const CHROMIUM_ARGS = [
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
/** Playwright's print options for the dossier: what printToPDF is given in the app. */
export const pdfOptions = (options: PrintOptions) => ({
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: Boolean(options.headerHtml || options.footerHtml),
  headerTemplate: options.headerHtml,
  footerTemplate: options.footerHtml,
});

export async function openChromiumPrinter(
  executablePath: string,
): Promise<{ engine: PrintEngine; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const print: PrintEngine['print'] = async (html, options, contents, signal) => {
    signal?.throwIfAborted();
    // A context of its own per print; JavaScript only for our measuring (the CSP blocks any other).
    const context = await browser.newContext({ offline: true });
    const stop = () => void context.close().catch(() => undefined);
    try {
      return await abortable(signal, stop, async () => {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        // No timeout of Playwright's own (30 s): a large dossier loads for longer, the limit
        // is its estimated size (dossierSize.ts), and Afbreken still ends it at once.
        await page.setContent(html, { waitUntil: 'load', timeout: 0 });
        const measured = (await page.evaluate(MEASURE_PAGES)) as PageStarts;
        await page.evaluate(fillContents(contents(measured)));
        const pdf = await page.pdf(pdfOptions(options));
        return { pdf: new Uint8Array(pdf), measured };
      });
    } finally {
      await context.close();
    }
  };
  return { engine: { print }, close: () => browser.close() };
}
