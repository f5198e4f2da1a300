/** Small HTML helpers for the dossier: every text from the database goes through one of them. */
import { sanitizeRichText } from '../text/richText';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text → HTML text. */
export const esc = (text: string | null | undefined): string =>
  (text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * A table's first row of header cells only (as the editor writes it: no thead) becomes its head,
 * so print repeats it on every page the table continues on. Not where the row holds a table.
 */
const HEADER_ROW = /<table><tbody>(<tr>(?:(?!<\/?t(?:r|d|able)\b)[\s\S])*<\/tr>)/g;

/**
 * Stored rich text (descriptions, minutes) → safe HTML, sanitised again here (the dossier never
 * trusts the file), with its headings moved below the dossier's own (h1 sections, h2 items), so
 * they stay out of the bookmarks and the table of contents, and a header row as the table head.
 */
export function richText(html: string): string {
  return sanitizeRichText(html)
    .replace(
      /<(\/?)h([2-4])>/g,
      (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}>`,
    )
    .replace(HEADER_ROW, '<table><thead>$1</thead><tbody>');
}

/**
 * A table that never splits a row across pages; `head` cells are plain text. `anchors`: per
 * row, an id that a page reference elsewhere in the dossier may point to (pageRef).
 */
export function table(
  head: string[],
  rows: string[][],
  className = '',
  anchors: (string | null)[] = [],
): string {
  return `<table class="${className}"><thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((r, i) => `<tr${anchorAttrs(anchors[i])}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** ` id="…" data-anchor`: an element whose page is measured (pageLayout.ts), or nothing. */
export const anchorAttrs = (anchor: string | null | undefined) =>
  anchor ? ` id="${esc(anchor)}" data-anchor` : '';

/** A page number's place before it is known: three figure spaces, as wide as "999". */
export const PAGE_PLACEHOLDER = '&#8199;&#8199;&#8199;';
const PAGE_REF = /<span class="page-ref" data-for="([^"]+)">&#8199;&#8199;&#8199;<\/span>/g;

/** "blz. 12": the page where `anchor` (a section id or an element's id) starts. */
export const pageRef = (anchor: string) =>
  `blz.&nbsp;<span class="page-ref" data-for="${esc(anchor)}">${PAGE_PLACEHOLDER}</span>`;

/** The document with its page references filled in (the numbers print.ts measured). */
export const withPageNumbers = (html: string, pages: Readonly<Record<string, number>>) =>
  html.replace(PAGE_REF, (ref, anchor: string) =>
    pages[anchor] ? ref.replace(PAGE_PLACEHOLDER, String(pages[anchor])) : ref,
  );

/** "Niets in deze periode." and the like, in the section's own words. */
export const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;
