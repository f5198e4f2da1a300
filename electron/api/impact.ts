import type { DeleteImpact } from '../../shared/schemas/party';
import type { TrashCounts } from '../../db/trash';
import { countNl, joinNl } from './lookups';

const NOUNS = {
  contact: ['persoon', 'personen'],
  roleAssignment: ['rol', 'rollen'],
  membership: ['deelname aan een regio', 'deelnames aan regio’s'],
  region: ['regio', 'regio’s'],
  party: ['partij', 'partijen'],
  theme: ['thema', "thema's"],
  agreement: ['afspraak', 'afspraken'],
  progressUpdate: ['voortgangsbericht', 'voortgangsberichten'],
} as const;

/** "3 personen, 2 rollen en 1 deelname aan een regio" (empty when nothing). */
export function describeCounts(counts: TrashCounts): string {
  return joinNl(
    (Object.keys(NOUNS) as (keyof typeof NOUNS)[])
      .filter((key) => (counts[key] ?? 0) > 0)
      .map((key) => countNl(counts[key]!, NOUNS[key][0], NOUNS[key][1])),
  );
}

export function deleteImpact(counts: TrashCounts, subject: string): DeleteImpact {
  const described = describeCounts(counts);
  return {
    contacts: counts.contact ?? 0,
    roleAssignments: counts.roleAssignment ?? 0,
    memberships: counts.membership ?? 0,
    summary: described
      ? `${subject} gaat naar de prullenbak, samen met ${described}. U kunt alles daar terugzetten.`
      : `${subject} gaat naar de prullenbak. U kunt dit daar terugzetten.`,
  };
}
