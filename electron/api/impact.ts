import type { DeleteImpact } from '../../shared/schemas/party';
import type { TrashCounts } from '../../db/trash';
import { countNl, joinNl } from './lookups';
import { regionTitle } from '../../shared/withNoun';

type Nouns = Record<keyof typeof NOUNS, readonly [string, string]>;

const NOUNS = {
  contact: ['persoon', 'personen'],
  roleAssignment: ['rol', 'rollen'],
  membership: ['deelname aan een regio', 'deelnames aan regio’s'],
  region: ['regio', 'regio’s'],
  party: ['partij', 'partijen'],
  theme: ['thema', "thema's"],
  agreement: ['afspraak', 'afspraken'],
  progressUpdate: ['voortgangsbericht', 'voortgangsberichten'],
  meeting: ['overleg', 'overleggen'],
  agendaItem: ['agendapunt', 'agendapunten'],
  decision: ['besluit', 'besluiten'],
  actionItem: ['actiepunt', 'actiepunten'],
  conversation: ['gespreksverslag', 'gespreksverslagen'],
} as const;

/** "3 personen, 2 rollen en 1 deelname aan een regio" (empty when nothing). */
export function describeCounts(counts: TrashCounts, nouns: Nouns = NOUNS): string {
  return joinNl(
    (Object.keys(nouns) as (keyof Nouns)[])
      .filter((key) => (counts[key] ?? 0) > 0)
      .map((key) => countNl(counts[key]!, nouns[key][0], nouns[key][1])),
  );
}

export function deleteImpact(
  counts: TrashCounts,
  subject: string,
  options: { nouns?: Nouns; note?: string } = {},
): DeleteImpact {
  const described = describeCounts(counts, options.nouns);
  const note = options.note ? ` ${options.note}` : '';
  return {
    contacts: counts.contact ?? 0,
    roleAssignments: counts.roleAssignment ?? 0,
    memberships: counts.membership ?? 0,
    summary: described
      ? `${subject} gaat naar de prullenbak, samen met ${described}.${note} U kunt alles daar terugzetten.`
      : `${subject} gaat naar de prullenbak.${note} U kunt dit daar terugzetten.`,
  };
}

/** regions.deleteImpact: the region's memberships and roles go along; parties and people stay. */
export function regionDeleteImpact(counts: TrashCounts, regionName: string): DeleteImpact {
  const subject = regionTitle(regionName);
  return deleteImpact(counts, subject, {
    nouns: { ...NOUNS, membership: ['deelname van een partij', 'deelnames van partijen'] },
    note: 'De partijen en personen zelf blijven bestaan.',
  });
}
