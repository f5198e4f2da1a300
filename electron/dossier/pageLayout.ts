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
/** Enough for any real dossier; each pass costs one layout of the whole document. */
const MAX_PASSES = 8;
/**
 * More header copies than this in one pass and none are made: one table over hundreds of pages
 * (the register of 9,527 afspraken: 522 breaks) did not settle, every copy moving the next
 * break, and Chromium's page crashed in the sixth pass. Measured without them its later
 * sections start a few pages early; the bookmark check in print.ts then prints once more with
 * the printed numbers.
 */
const MAX_COPIES = 200;

const PAGED_CSS =
  'body { columns: 164mm; column-gap: 0; column-fill: auto; height: 251mm; width: 164mm; margin: 0; } ' +
  '.part:not(.short) { break-before: column; }';

/**
 * Lays the page out as page-sized columns; answers where each section starts (by id).
 *
 * Print repeats a table's header row at the top of every page the table continues on; columns
 * do not. So a copy of the header row goes before each row that starts a new column, as print
 * will have it, in passes: all reads on a clean layout, then all changes, until nothing moves
 * (a copy pushed down a column is taken out again). One layout per pass, not one per break. Not
 * before a table's first row: there print keeps the header with it (no repeat), and a copy
 * there made the 539-page bench dossier measure a page long (its 321 one-row actiepunten
 * tables). A rare case that does not settle is caught by the bookmark check in print.ts.
 */
export const MEASURE_PAGES = `(() => {
  const style = document.createElement('style');
  style.id = 'page-columns';
  style.textContent = ${JSON.stringify(PAGED_CSS)};
  document.head.appendChild(style);
  const body = document.body.getBoundingClientRect();
  const columnOf = (el) => Math.round((el.getClientRects()[0].left - body.left) / body.width);
  const tables = [...document.querySelectorAll('table')].filter((t) => t.tHead && t.tHead.rows[0]);
  const copies = new Set();
  for (let pass = 0; pass < ${MAX_PASSES}; pass++) {
    const add = [], drop = [];
    for (const table of tables) {
      const head = table.tHead.rows[0];
      let column = columnOf(head);
      let first = true;
      for (const section of table.tBodies) for (const row of section.rows) {
        const at = columnOf(row);
        if (copies.has(row)) { if (at === column) drop.push(row); else column = at; }
        else if (at !== column && !first) { add.push([head, row]); column = at; }
        else column = at;
        if (!copies.has(row)) first = false;
      }
    }
    if (add.length === 0 && drop.length === 0) break;
    if (pass === 0 && add.length > ${MAX_COPIES}) break;
    for (const row of drop) { row.remove(); copies.delete(row); }
    for (const [head, row] of add) {
      const copy = head.cloneNode(true);
      // With its row, as print has it: a copy left alone at a column's foot came and went in
      // every pass (the 1,450-page bench dossier measured a page short and printed twice).
      copy.style.breakAfter = 'avoid';
      row.before(copy);
      copies.add(copy);
    }
  }
  const starts = {};
  for (const el of document.querySelectorAll('.part, [data-anchor]')) starts[el.id] = columnOf(el) + 1;
  for (const copy of copies) copy.remove();
  style.remove();
  return starts;
})()`;

/**
 * Puts the page numbers in the table of contents and the page references (`numbers` by section
 * or anchor id; html.ts pageRef).
 */
export const fillContents = (numbers: Record<string, number>) => `(() => {
  const numbers = ${JSON.stringify(numbers)};
  for (const el of document.querySelectorAll('.toc-page[data-for], .page-ref[data-for]')) {
    el.textContent = String(numbers[el.dataset.for] ?? '');
  }
})()`;

export type PageStarts = Record<string, number>;
