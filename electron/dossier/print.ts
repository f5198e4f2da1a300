/**
 * Printing the dossier: Chromium's own print engine makes the PDF (A4, tagged, with bookmarks,
 * header marking and footer "pagina X van Y"). Twice: the first print tells on which page each
 * section starts (its bookmark), the second carries those numbers in the table of contents. The
 * placeholders of the first print have the numbers' width, so nothing moves in between.
 */
import type { DossierSection } from '../../shared/schemas/dossier';
import type { DossierData } from './collect';
import { dossierDocument, sectionTitle } from './document';
import { headingTexts } from './bookmarkTitles';
import { withMetadata } from './metadata';
import { outlinePages } from './outline';
import type { PageStarts } from './pageLayout';

export interface PrintOptions {
  headerHtml: string;
  footerHtml: string;
}
/** Chromium's engine: Electron's webContents in the app, playwright-core in the CLI and tests. */
export interface PrintEngine {
  /**
   * Loads the HTML, measures where each section starts (pageLayout.ts), puts the numbers that
   * `contents` makes of them in the table of contents, and prints that page.
   */
  print: (
    html: string,
    options: PrintOptions,
    contents: (measured: PageStarts) => PageStarts,
    /** Aborting stops the print at once (the page is closed); the promise then rejects. */
    signal?: AbortSignal,
  ) => Promise<{ pdf: Uint8Array; measured: PageStarts }>;
}

/**
 * Runs one print that `stop` can end at once (closing its page or window) when `signal` aborts.
 * An ended print rejects as aborted (AbortError), not with the engine's own error about a closed
 * page; a print that finished just as the signal came is dropped as well.
 */
export async function abortable<T>(
  signal: AbortSignal | undefined,
  stop: () => void,
  run: () => Promise<T>,
): Promise<T> {
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const value = await run();
    signal?.throwIfAborted();
    return value;
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * The dossier and the notulen set their marking and "pagina X van Y" in their own CSS (style.ts
 * marginBoxes), so they pass no templates; an engine shows Chromium's only when given.
 */
export const NO_TEMPLATES: PrintOptions = { headerHtml: '', footerHtml: '' };

/**
 * What printDossier is doing: printing; checking the table of contents against the printed
 * bookmarks; printing again with the printed numbers (rare, see below).
 */
export type PrintStep = 'afdrukken' | 'controleren' | 'opnieuw';

export interface PrintedDossier {
  pdf: Uint8Array;
  pageCount: number;
  /** Where each section starts, as the table of contents says. */
  pages: Map<DossierSection, number>;
  html: string;
}

/**
 * One print: the page is measured and then printed with those numbers in its table of contents
 * (pageLayout.ts), and the printed bookmarks confirm them. Should they differ, it is printed again
 * with the printed numbers, which are then right by construction.
 */
export async function printDossier(
  data: DossierData,
  engine: PrintEngine,
  onProgress: (step: PrintStep) => void = () => {},
  signal?: AbortSignal,
): Promise<PrintedDossier> {
  onProgress('afdrukken');
  const html = dossierDocument(data);
  const options = NO_TEMPLATES;
  let { pdf, measured } = await engine.print(html, options, (starts) => starts, signal);
  signal?.throwIfAborted();
  onProgress('controleren');
  const printed = await outlinePages(pdf);
  const actual: PageStarts = Object.fromEntries(
    data.options.sections.map((id) => [id, printed.get(sectionTitle(id)) ?? 0]),
  );
  if (data.options.sections.some((id) => actual[id] !== measured[id])) {
    onProgress('opnieuw');
    // The anchors inside sections keep their measured pages; the sections take the printed ones.
    measured = { ...measured, ...actual };
    const numbers = measured;
    ({ pdf } = await engine.print(html, options, () => numbers, signal));
  }
  const final = await withMetadata(pdf, {
    title: data.title,
    author: data.author,
    subject: `Regiodossier van ${data.region.name}: partijen, aanspreekpunten, afspraken, overleggen en gespreksverslagen`,
    language: 'nl-NL',
    headings: headingTexts(html),
  });
  const pages = new Map<DossierSection, number>(
    data.options.sections.map((id) => [id, measured[id] ?? 0]),
  );
  return { ...final, pages, html: dossierDocument(data, measured) };
}
