/**
 * Where pages will break, measured in the page that is then printed: the document is laid out
 * as columns of exactly one page's content box (A4 less the @page margins of style.ts), so
 * Chromium's own fragmentation (the engine print uses: break rules, orphans and widows, repeated
 * table headers) decides each column, and a column is a page. The page numbers go into the table
 * of contents, the column style goes, and the same page is printed. print.ts checks the numbers
 * against the printed bookmarks and prints again should they differ.
 *
 * Scripts run here are ours, through the engine (Playwright's evaluate, Electron's
 * executeJavaScript); the document's CSP still allows no script of its own.
 */
const PAGED_CSS =
  'body { columns: 164mm; column-gap: 0; column-fill: auto; height: 251mm; width: 164mm; margin: 0; } ' +
  '.part, .toc { break-before: column; }';

/** Lays the page out as page-sized columns; answers where each section starts (by id). */
export const MEASURE_PAGES = `(() => {
  const style = document.createElement('style');
  style.id = 'page-columns';
  style.textContent = ${JSON.stringify(PAGED_CSS)};
  document.head.appendChild(style);
  const body = document.body.getBoundingClientRect();
  const starts = {};
  for (const el of document.querySelectorAll('.part')) {
    starts[el.id] = Math.round((el.getClientRects()[0].left - body.left) / body.width) + 1;
  }
  style.remove();
  return starts;
})()`;

/** Puts the page numbers in the table of contents (`numbers` by section id). */
export const fillContents = (numbers: Record<string, number>) => `(() => {
  const numbers = ${JSON.stringify(numbers)};
  for (const el of document.querySelectorAll('.toc-page[data-for]')) {
    el.textContent = String(numbers[el.dataset.for] ?? '');
  }
})()`;

export type PageStarts = Record<string, number>;
