/**
 * Stored sort keys, so lists sort the Dutch way inside SQLite (whose NOCASE knows only ASCII):
 * accents and case do not count ("Émile" with the E's, "Äpfelhof" with the A's), and people sort
 * by surname without tussenvoegsel ("Anna van 't Hof" under H), as Dutch address books do.
 */
import { searchText } from './sqlite';

/** Words that come before a Dutch surname and do not count for its place in the alphabet. */
const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'te',
  'ter',
  'ten',
  'in',
  'op',
  'aan',
  'bij',
  'onder',
  'uit',
  'voor',
  'over',
  's',
  'la',
  'le',
  'les',
  'du',
  'des',
  'd',
  'da',
  'dos',
  'di',
  'del',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'am',
  'l',
  'el',
  'al',
  'y',
  'vd',
  'v',
]);

/** Titles that may stand before a name. */
const TITLES = new Set([
  'dr',
  'drs',
  'mr',
  'ir',
  'ing',
  'prof',
  'dhr',
  'mevr',
  'mw',
  'bc',
  'ms',
  'msc',
]);

/** A name's key: lower case, no diacritics, no punctuation ("'s-Hertogenbosch" → "s hertogenbosch"). */
export const nameSortKey = (name: string): string => searchText(name);

/**
 * A person's key: surname, then given name(s), then tussenvoegsel.
 * "Anna van 't Hof" → "hof anna van t"; "Ömer Yılmaz" → "yilmaz omer"; "Cher" → "cher".
 */
export function personSortKey(name: string): string {
  const words = nameSortKey(name).split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  if (words.length <= 1) return words.join(' ');
  const given = [words.shift()!];
  // Initials ("A. B. de Vries" → "a b de vries") are part of the given name.
  while (words.length > 1 && words[0]!.length === 1 && !TUSSENVOEGSELS.has(words[0]!)) {
    given.push(words.shift()!);
  }
  const prefix: string[] = [];
  while (words.length > 1 && TUSSENVOEGSELS.has(words[0]!)) prefix.push(words.shift()!);
  return [...words, ...given, ...prefix].join(' ');
}
