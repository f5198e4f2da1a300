/**
 * Reads a printed PDF's bookmarks and pages (pdfjs-dist): where each top-level heading starts,
 * so the table of contents can carry real page numbers; and each page's text, for the tests.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function open(pdf: Uint8Array): Promise<PdfDocument> {
  // A copy: pdfjs takes ownership of (detaches) the buffer it is given.
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
}

/** Title of every top-level bookmark → its page number (1-based). */
export async function outlinePages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await open(pdf);
  try {
    const pages = new Map<string, number>();
    for (const entry of (await doc.getOutline()) ?? []) {
      const dest =
        typeof entry.dest === 'string' ? await doc.getDestination(entry.dest) : entry.dest;
      const ref = dest?.[0];
      if (!ref || typeof ref !== 'object') continue;
      pages.set(entry.title.trim(), (await doc.getPageIndex(ref)) + 1);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Below this height (in points from the page's foot) text is the footer: A4's 22 mm margin. */
const FOOTER_TOP = 60;

/**
 * The text of every page, in order (lines joined by a space). Chromium writes the page-margin
 * boxes first; the footer's text goes last here, where a reader finds it.
 */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await open(pdf);
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      const items = content.items.flatMap((item) => ('str' in item ? [item] : []));
      const inFooter = (item: (typeof items)[number]) => Number(item.transform[5]) < FOOTER_TOP;
      texts.push(
        [...items.filter((i) => !inFooter(i)), ...items.filter(inFooter)]
          .map((item) => item.str + (item.hasEOL ? ' ' : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}

/** A page's lowest line of body text: its runs, and how far it starts right of the body's left edge. */
export interface PageFoot {
  runs: string[];
  /** Points: 0 for a heading or a label at the margin, more for a table's later column. */
  indent: number;
}

/**
 * The lowest line of body text on every page (the footer left out): what a reader sees last
 * before turning the page. The tests check that it is never a label or a heading without what
 * follows it (issue 21, item 7).
 */
export async function pageFeet(pdf: Uint8Array): Promise<PageFoot[]> {
  const doc = await open(pdf);
  try {
    const feet: PageFoot[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      const body = content.items.flatMap((item) =>
        'str' in item && item.str.trim() && Number(item.transform[5]) >= FOOTER_TOP ? [item] : [],
      );
      const y = (i: (typeof body)[number]) => Number(i.transform[5]);
      const x = (i: (typeof body)[number]) => Number(i.transform[4]);
      const lowest = Math.min(...body.map(y));
      const foot = body.filter((i) => Math.abs(y(i) - lowest) < 2);
      feet.push({
        runs: foot.map((i) => i.str.replace(/\s+/g, ' ').trim()),
        indent: foot.length ? Math.min(...foot.map(x)) - Math.min(...body.map(x)) : 0,
      });
    }
    return feet;
  } finally {
    await doc.destroy();
  }
}
