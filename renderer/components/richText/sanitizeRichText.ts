import DOMPurify from 'dompurify';
import {
  cellSpan,
  RICH_TEXT_CELL_ATTRIBUTES,
  RICH_TEXT_TAGS,
  safeLink,
  SAFE_LINK,
} from '../../../shared/richTextPolicy';

/**
 * Display-side sanitising of stored rich text, with the same allowlist as the main process
 * (electron/text/richText.ts): structural tags and simple tables, links to https: and mailto:,
 * no other attributes but a cell's colspan and rowspan. A private DOMPurify instance, so its
 * hooks do not leak into other users.
 */

const purifier = DOMPurify(window);
const CELL_ATTRIBUTES: readonly string[] = RICH_TEXT_CELL_ATTRIBUTES;
purifier.addHook('uponSanitizeAttribute', (node, data) => {
  if (!CELL_ATTRIBUTES.includes(data.attrName)) return;
  const value = node.nodeName === 'TD' || node.nodeName === 'TH' ? cellSpan(data.attrValue) : null;
  if (value === null) data.keepAttr = false;
  else data.attrValue = value;
});
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = safeLink(node.getAttribute('href') ?? '');
  if (href === null) node.removeAttribute('href');
  else node.setAttribute('href', href);
  node.setAttribute('rel', 'noopener noreferrer');
  node.setAttribute('target', '_blank');
});

export function sanitizeRichText(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS: [...RICH_TEXT_TAGS],
    ALLOWED_ATTR: ['href', ...RICH_TEXT_CELL_ATTRIBUTES],
    ALLOWED_URI_REGEXP: SAFE_LINK,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    FORBID_CONTENTS: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'iframe',
      'object',
      'embed',
    ],
  });
}

/** True when the HTML holds no visible text (an empty editor gives "<p></p>"). */
export function isEmptyRichText(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '') === '';
}

/** Only https: links may be made in the editor (the stored text also allows mailto:). */
export const isHttpsUrl = (url: string) => /^https:\/\/[^\s/$.?#][^\s]*$/i.test(url.trim());
