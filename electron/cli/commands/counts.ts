const NOUNS: Record<string, [string, string]> = {
  regions: ['regio', "regio's"],
  parties: ['partij', 'partijen'],
  regionMemberships: ['deelname', 'deelnames'],
  contacts: ['persoon', 'personen'],
  roleAssignments: ['rol', 'rollen'],
  agreements: ['afspraak', 'afspraken'],
  progressUpdates: ['voortgangsbericht', 'voortgangsberichten'],
  agreementReviews: ['beoordeling', 'beoordelingen'],
  meetings: ['overleg', 'overleggen'],
  agendaItems: ['agendapunt', 'agendapunten'],
  decisions: ['besluit', 'besluiten'],
  actionItems: ['actiepunt', 'actiepunten'],
  minutesVersions: ['notulenversie', 'notulenversies'],
  themes: ['thema', "thema's"],
  auditLog: ['geschiedenisregel', 'geschiedenisregels'],
};

/** "1 regio, 18 partijen, …" for the counts of an import, export or generation. */
export function describeCollectionCounts(counts: Record<string, number | undefined>): string {
  return Object.entries(NOUNS)
    .filter(([key]) => counts[key] !== undefined)
    .map(([key, [one, many]]) => `${counts[key]} ${counts[key] === 1 ? one : many}`)
    .join(', ');
}
