/** The result of reading in a file, in Dutch: "1 regio, 12 partijen en 30 personen". */
import { countedNouns } from '../../../shared/recordKinds';

/** Dutch list: ['a', 'b', 'c'] → 'a, b en c'. */
export function joinNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

export function importSummary(counts: Record<string, number>): string {
  const read = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  const parts = countedNouns(read);
  const sentences = [
    parts.length ? `Ingelezen: ${joinNl(parts)}.` : 'Er was niets nieuws om in te lezen.',
  ];
  const present = counts.alreadyPresent ?? 0;
  if (present > 0) {
    sentences.push(
      present === 1
        ? '1 item stond al in dit dossier en is overgeslagen.'
        : `${present} items stonden al in dit dossier en zijn overgeslagen.`,
    );
  }
  const matched = counts.themesMatched ?? 0;
  if (matched > 0) {
    sentences.push(
      matched === 1
        ? '1 thema bestond al en is op naam gekoppeld.'
        : `${matched} thema’s bestonden al en zijn op naam gekoppeld.`,
    );
  }
  return sentences.join(' ');
}
