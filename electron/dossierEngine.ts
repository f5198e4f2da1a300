/**
 * The dossier's print engine in the app: a hidden, sandboxed window of its own loads the
 * self-contained HTML from a temporary file, the page numbers are measured and filled in
 * (electron/dossier/pageLayout.ts) and Chromium prints it with webContents.printToPDF: A4,
 * tagged, with bookmarks, header and footer. JavaScript is on in that window, for our own
 * measuring only (executeJavaScript); the document itself carries no script and a CSP that allows
 * none. Every request but the file itself is refused, every permission is denied, the window
 * cannot navigate or open windows, and it is destroyed after each print.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { fillContents, MEASURE_PAGES, type PageStarts } from './dossier/pageLayout';
import { abortable, type PrintEngine } from './dossier/print';

/** Its own session: nothing it loads shares cookies or cache with the app's window. */
export const PRINT_PARTITION = 'regiodossier-print';

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    // Our measuring runs through executeJavaScript; the document's CSP allows no script itself.
    javascript: true,
    webSecurity: true,
    spellcheck: false,
    partition: PRINT_PARTITION,
  },
};

export interface ElectronEngineDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** A folder for the temporary HTML file (the app's temp folder). */
  tempDir: string;
}

export function createElectronPrintEngine(deps: ElectronEngineDeps): PrintEngine {
  return {
    async print(html, options, contents, signal) {
      signal?.throwIfAborted();
      const file = path.join(deps.tempDir, `regiodossier-${randomUUID()}.html`);
      await fs.writeFile(file, html, 'utf8');
      const own = pathToFileURL(file).href;
      const win = deps.createWindow(PRINT_WINDOW_OPTIONS);
      // Destroying the window ends a print in progress: printToPDF then rejects.
      const stop = () => {
        if (!win.isDestroyed()) win.destroy();
      };
      try {
        return await abortable(signal, stop, async () => {
          const web = win.webContents;
          web.session.webRequest.onBeforeRequest((details, callback) =>
            callback({ cancel: details.url !== own }),
          );
          // No camera, microphone, notifications, clipboard, …: every request and check is no.
          web.session.setPermissionRequestHandler((_contents, _permission, answer) =>
            answer(false),
          );
          web.session.setPermissionCheckHandler(() => false);
          web.on('will-navigate', (event) => event.preventDefault());
          web.setWindowOpenHandler(() => ({ action: 'deny' }));
          await win.loadFile(file);
          const measured = (await web.executeJavaScript(MEASURE_PAGES)) as PageStarts;
          await web.executeJavaScript(fillContents(contents(measured)));
          const pdf = await web.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            generateTaggedPDF: true,
            generateDocumentOutline: true,
            displayHeaderFooter: Boolean(options.headerHtml || options.footerHtml),
            headerTemplate: options.headerHtml,
            footerTemplate: options.footerHtml,
          });
          return { pdf: new Uint8Array(pdf), measured };
        });
      } finally {
        if (!win.isDestroyed()) win.destroy();
        await fs.rm(file, { force: true });
      }
    },
  };
}
