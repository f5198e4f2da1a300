/**
 * What the `ics` package gets wrong in iCalendar text, done here (RFC 5545, RFC 6868):
 * parameter values are quoted strings in which a double quote cannot be escaped (the package
 * writes `\"`, which ends the string and lets a name add parameters of its own), and lines are
 * folded at 75 octets, not 75 characters.
 */

/**
 * A parameter value (CN) encoded per RFC 6868: `^` → `^^`, `"` → `^'`, a line break → `^n`.
 * What remains is safe inside the DQUOTEs the package puts around it.
 */
export function encodeParamValue(value: string): string {
  return value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n');
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** One content line folded: at most 75 octets per line (CRLF not counted), the continuation
 * lines starting with a space; a multi-byte character is never split over two lines. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The package's output unfolded and folded again by octets (RFC 5545 §3.1). */
export function foldIcs(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}
