import { chromium, type Browser } from 'playwright-core';
import type { Printer } from './print';

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
): Promise<{ print: Printer; close: () => Promise<void> }> {
  const browser: Browser = await chromium.launch({ executablePath, args: ARGS });
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => route.abort());
  const print: Printer = async (html, options) => {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Laid out for print, with the embedded font in place, before Chromium builds the PDF
      // (printed straight away, the bookmarks of headings after a page break doubled their text).
      await page.emulateMedia({ media: 'print' });
      await page.evaluate('document.fonts.ready.then(() => true)');
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
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  };
  return { print, close: () => browser.close() };
}
