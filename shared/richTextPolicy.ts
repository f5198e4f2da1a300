/**
 * The one allowlist for rich text (descriptions, minutes, later summaries): structural tags
 * only, simple tables (no styles, at most colspan and rowspan on a cell: see cellSpan), links
 * only to https: and mailto: (mailto: with only subject, body and cc: see safeLink), no other
 * attributes. The main process sanitises with it before storing (electron/text/richText.ts,
 * sanitize-html, after shared/wordPaste.ts has made Word's HTML plain) and the renderer again
 * before display (renderer/components/richText/sanitizeRichText.ts, DOMPurify).
 */
export const RICH_TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** The only attributes a table cell keeps. */
export const RICH_TEXT_CELL_ATTRIBUTES = ['colspan', 'rowspan'] as const;

/**
 * The value a cell's colspan or rowspan keeps: a whole number from 2 to 1000 (1 is the default
 * and goes), otherwise null (the attribute goes).
 */
export function cellSpan(value: string | null | undefined): string | null {
  if (!value || !/^\s*\d{1,4}\s*$/.test(value)) return null;
  const n = Number(value);
  return n > 1 && n <= 1000 ? String(n) : null;
}

/** Link schemes a stored or displayed link may use. */
export const RICH_TEXT_LINK_SCHEMES = ['https', 'mailto'] as const;

/** True for an href that may stay on a link. */
export const SAFE_LINK = /^\s*(?:https:|mailto:)/i;
export const isSafeLink = (href: string): boolean => SAFE_LINK.test(href);

/** The only query parameters a mailto: link keeps: no attach=, attachment=, bcc=, to=, … */
const MAILTO_PARAMS = new Set(['subject', 'body', 'cc']);

/**
 * The href a link may carry, or null: https: as it is; mailto: with only subject, body and cc
 * (a mail program could otherwise attach a local file: `mailto:x?attach=C:\…\dossier.db`).
 */
export function safeLink(href: string): string | null {
  const value = href.trim();
  if (!isSafeLink(value)) return null;
  if (!/^mailto:/i.test(value)) return value;
  const withoutFragment = value.split('#')[0]!;
  const at = withoutFragment.indexOf('?');
  if (at < 0) return withoutFragment;
  const kept = withoutFragment
    .slice(at + 1)
    .split('&')
    .filter((pair) => {
      try {
        return MAILTO_PARAMS.has(decodeURIComponent(pair.split('=')[0]!).toLowerCase());
      } catch {
        return false;
      }
    });
  const address = withoutFragment.slice(0, at);
  return kept.length ? `${address}?${kept.join('&')}` : address;
}
