/**
 * Finding one person's name and e-mail address in stored text (AVG: the access request and the
 * erasure). In text a name or address matches wherever it occurs, case-insensitively, also as
 * HTML writes it ("&amp;"): after an erasure its bytes must be gone, also from "Ruud Bakkers";
 * the user sees each mention in free text and chooses. A field that holds a person (an actor, a
 * reviewer, a guest) is theirs only when it names them as a whole word ("Jan" is not "Janssen").
 * SQL narrows the rows with LIKE (ASCII case-insensitive), the regular expression decides.
 */

/** A person as the text names them. */
export interface Person {
  name: string;
  email: string;
}

/** What an erased name or address becomes. */
export const REMOVED = '[verwijderd]';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The names and addresses to look for: each as stored, and the name as HTML escapes it. */
function needles(persons: readonly Person[]): string[] {
  const out = new Set<string>();
  for (const p of persons) {
    const name = p.name.trim();
    if (name) {
      out.add(name);
      out.add(escapeHtml(name));
    }
    if (p.email.trim()) out.add(p.email.trim());
  }
  // Longest first, so "Anna de Vries" wins over a shorter name inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

/** A matcher for these persons: null when there is nothing to look for. */
export function personMatcher(persons: readonly Person[]) {
  const all = needles(persons);
  if (all.length === 0) return null;
  const source = `(?:${all.map(escapeRegExp).join('|')})`;
  const once = new RegExp(source, 'iu');
  const every = new RegExp(source, 'giu');
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'iu');
  return {
    /** LIKE patterns (ESCAPE '\'), one per needle, to narrow rows in SQL. */
    likes: all.map((n) => `%${escapeLike(n)}%`),
    /** Whether the text names a person anywhere. */
    test: (text: string) => once.test(text),
    /** Whether a field that holds a person's name is this person (a whole word). */
    isPerson: (field: string) => word.test(field),
    /** The text with every mention replaced by "[verwijderd]". */
    replace: (text: string) => text.replace(every, REMOVED),
    /** About 40 characters either side of the first mention, for the user to judge it. */
    excerpt(text: string): string {
      const m = once.exec(text);
      if (!m) return '';
      const start = Math.max(0, m.index - 40);
      const end = Math.min(text.length, m.index + m[0].length + 40);
      const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
      return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
    },
  };
}
export type PersonMatcher = NonNullable<ReturnType<typeof personMatcher>>;

/** SQL that narrows `column` to rows that may name the persons, with its parameters. */
export function likeAny(column: string, matcher: PersonMatcher) {
  return {
    where: `(${matcher.likes.map((_, i) => `${column} LIKE @like${i} ESCAPE '\\'`).join(' OR ')})`,
    params: Object.fromEntries(matcher.likes.map((l, i) => [`like${i}`, l])),
  };
}

/** Every string in a JSON value passed through `fn` (keys stay). */
export function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}
