/**
 * A record's name after the word for its kind, without saying the word twice: "Regio" and
 * "Heuvelrug" read "Regio Heuvelrug", "Regio" and "Regio Heuvelrug" stay "Regio Heuvelrug" (not
 * "Regio Regio Heuvelrug"). The word is matched whole and in any case ("regio Eem", "Regio-Noord"),
 * so "Regionaal netwerk" still gets it: "Regio Regionaal netwerk".
 */
export function withNoun(noun: string, name: string): string {
  const word = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${word}(?![\\p{L}\\p{N}])`, 'iu').test(name.trim())
    ? name
    : `${noun} ${name}`;
}

/** "Regio Utrecht-Oost" stays as it is; "Zuid-Limburg" becomes "Regio Zuid-Limburg". */
export const regionTitle = (name: string) => withNoun('Regio', name);
