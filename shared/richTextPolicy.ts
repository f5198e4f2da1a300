/**
 * The one allowlist for rich text (descriptions, later minutes and summaries): structural tags
 * only, links only to https: and mailto:, no other attributes. The main process sanitises with it
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
