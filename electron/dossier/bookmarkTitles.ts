/**
 * Chromium's bookmark titles, mended (issue 21). A heading that lands at the top of a page after
 * a break is sometimes written twice ("GGZGGZ"), and a heading that wraps loses the space at its
 * line break ("14 november2026"). The document's own headings are known, so each bookmark whose
 * letters match one (once or twice over) gets that heading's text back. The objects are rewritten
 * in the PDF's incremental update (metadata.ts); everything else stays as printed.
 */
import { pdfText } from './pdfText';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: ' ',
};

/** An HTML fragment's text as a reader sees it: no tags, entities decoded, spaces folded. */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(
            name[1] === 'x' || name[1] === 'X'
              ? parseInt(name.slice(2), 16)
              : Number(name.slice(1)),
          )
        : (ENTITIES[name] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every h1–h6 in the HTML, as a reader sees it. */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => plainText(m[2]!));
}

const letters = (text: string) => text.replace(/\s+/g, '');

/** A PDF text string (literal or UTF-16BE hex) → its text. */
export function decodePdfText(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
      /^[0-7]/.test(c)
        ? String.fromCharCode(parseInt(c, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
    );
}

const OUTLINE_ITEM =
  /(\d+) 0 obj\s*<<\s*\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)([\s\S]*?\/Parent[\s\S]*?)>>\s*endobj/g;

/** The outline items whose title is mended: object number and its new body. */
export function mendedBookmarks(
  pdf: string,
  headings: readonly string[],
): { id: number; body: string }[] {
  const known = new Map<string, string>();
  for (const h of headings) {
    known.set(letters(h), h);
    known.set(letters(h).repeat(2), h);
  }
  const mended: { id: number; body: string }[] = [];
  for (const m of pdf.matchAll(OUTLINE_ITEM)) {
    const title = decodePdfText(m[2]!);
    const right = known.get(letters(title));
    if (right === undefined || right === title.trim()) continue;
    mended.push({ id: Number(m[1]), body: `<</Title ${pdfText(right)}${m[3]}>>` });
  }
  return mended;
}
