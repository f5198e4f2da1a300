/**
 * Rich text from the TipTap editor, made safe in the main process before it is stored:
 * a short list of structural tags, links only to https: and mailto:, no attributes otherwise.
 * The renderer sanitises again on display (DOMPurify); this is the line of defence for the file.
 */
import sanitizeHtml from 'sanitize-html';
import { RICH_TEXT_LINK_SCHEMES, RICH_TEXT_TAGS, safeLink } from '../../shared/richTextPolicy';

const ALLOWED_TAGS = [...RICH_TEXT_TAGS];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
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
    // Pasted structure that has a close allowed equivalent.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    div: 'p',
  },
};

/** The stored form of a description: safe HTML, trimmed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const BLOCK_END = /<\/(p|h2|h3|h4|li|ul|ol|blockquote|pre)>|<br\s*\/?>/gi;

/** What sanitize-html escapes in text. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** Plain text of (sanitised) HTML for search and previews: blocks become line breaks. */
export function richTextToPlain(html: string): string {
  const withBreaks = html.replace(BLOCK_END, (m) => `${m}\n`);
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
