/** The result of reading in a file, in Dutch: "1 regio, 12 partijen en 30 personen". */

const NOUNS: Record<string, [one: string, many: string]> = {
  regions: ['regio', 'regio’s'],
  parties: ['partij', 'partijen'],
  regionMemberships: ['deelname', 'deelnames'],
  contacts: ['persoon', 'personen'],
  roleAssignments: ['rol', 'rollen'],
  themes: ['thema', 'thema’s'],
  agreements: ['afspraak', 'afspraken'],
  progressUpdates: ['voortgangsbericht', 'voortgangsberichten'],
  agreementReviews: ['beoordeling', 'beoordelingen'],
  meetings: ['overleg', 'overleggen'],
  agendaItems: ['agendapunt', 'agendapunten'],
  decisions: ['besluit', 'besluiten'],
  actionItems: ['actiepunt', 'actiepunten'],
  minutesVersions: ['notulenversie', 'notulenversies'],
  auditLog: ['geschiedenisregel', 'geschiedenisregels'],
};

/** Dutch list: ['a', 'b', 'c'] → 'a, b en c'. */
export function joinNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

export function importSummary(counts: Record<string, number>): string {
  const parts = Object.entries(NOUNS)
    .filter(([key]) => (counts[key] ?? 0) > 0)
    .map(([key, [one, many]]) => `${counts[key]} ${counts[key] === 1 ? one : many}`);
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
