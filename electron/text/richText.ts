/**
 * Rich text from the TipTap editor (or an import), made safe in the main process before it is
 * stored: Word's HTML made plain first (shared/wordPaste.ts), then a short list of structural
 * tags and simple tables, links only to https: and mailto:, no attributes otherwise but a cell's
 * colspan and rowspan. The renderer sanitises again on display (DOMPurify); this is the line of
 * defence for the file.
 */
import sanitizeHtml from 'sanitize-html';
import {
  cellSpan,
  RICH_TEXT_CELL_ATTRIBUTES,
  RICH_TEXT_LINK_SCHEMES,
  RICH_TEXT_TAGS,
  safeLink,
} from '../../shared/richTextPolicy';
import { cleanWordHtml } from '../../shared/wordPaste';

const ALLOWED_TAGS = [...RICH_TEXT_TAGS];

/** A cell keeps a colspan or rowspan of 2 to 1000, nothing else (the editor writes "1"). */
const cell = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => ({
  tagName,
  attribs: Object.fromEntries(
    RICH_TEXT_CELL_ATTRIBUTES.flatMap((name) => {
      const value = cellSpan(attribs[name]);
      return value ? [[name, value]] : [];
    }),
  ),
});

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'rel'],
    td: [...RICH_TEXT_CELL_ATTRIBUTES],
    th: [...RICH_TEXT_CELL_ATTRIBUTES],
  },
  allowedSchemes: [...RICH_TEXT_LINK_SCHEMES],
  allowedSchemesByTag: { a: [...RICH_TEXT_LINK_SCHEMES] },
  allowProtocolRelative: false,
  allowedStyles: {},
  // Dropped with their content: never text worth keeping.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link to anything but https: or mailto: loses its target and keeps its text. (The tag
    // name must stay the same: sanitize-html closes a renamed tag with the wrong name.)
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = safeLink(attribs.href ?? '');
      return { tagName, attribs: href ? { href, rel: 'noopener noreferrer' } : {} };
    },
    td: cell,
    th: cell,
    // Pasted structure that has a close allowed equivalent.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    div: 'p',
  },
};

/** The stored form of rich text: Word's HTML made plain, then safe HTML, trimmed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(cleanWordHtml(html), OPTIONS).trim();
}

/** Ends of blocks and rows, and starts of lists and tables: a line break in the plain text. */
const BLOCK_END = /<\/(p|h2|h3|h4|li|ul|ol|blockquote|pre|tr|table)>|<(ul|ol|table)>|<br\s*\/?>/gi;
/** A cell's last paragraph: not a line of its own, the cell's end separates it. */
const CELL_LAST_PARAGRAPH = /<\/p>(\s*<\/t[dh]>)/gi;
const CELL_END = /<\/t[dh]>/gi;

/** What sanitize-html escapes in text. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * Plain text of (sanitised) HTML for search and previews: blocks and table rows become line
 * breaks, the cells of a row are separated by a space ("Gemeente Deelname\nBunnik Ja").
 */
export function richTextToPlain(html: string): string {
  const withBreaks = html
    .replace(CELL_LAST_PARAGRAPH, '$1')
    .replace(CELL_END, (m) => `${m} `)
    .replace(BLOCK_END, (m) => `${m}\n`);
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot);/g, (_m, name: string) => ENTITIES[name]!)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Sanitised HTML and its plain text, as stored on the agreement. */
export function prepareRichText(html: string): { html: string; text: string } {
  const safe = sanitizeRichText(html);
  return { html: safe, text: richTextToPlain(safe) };
}
