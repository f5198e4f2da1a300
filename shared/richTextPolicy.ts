/**
 * The one allowlist for rich text (descriptions, later minutes and summaries): structural tags
 * only, links only to https: and mailto: (mailto: with only subject, body and cc: see safeLink),
 * no other attributes. The main process sanitises with it
 * before storing (electron/api/richText.ts, sanitize-html) and the renderer again before display
 * (renderer/features/agreements/sanitizeRichText.ts, DOMPurify).
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
] as const;

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
