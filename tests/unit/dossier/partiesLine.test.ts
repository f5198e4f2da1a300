import { describe, expect, it } from 'vitest';
import { partiesLine } from '../../../electron/dossier/sections/parties';
import type { Overview, OverviewRow } from '../../../shared/schemas/roleAssignment';

const row = (missing: OverviewRow['missing']): OverviewRow => ({
  partyId: '00000000-0000-4000-8000-000000000001',
  partyName: 'Gemeente',
  partyType: 'gemeente',
  membershipRole: 'deelnemer',
  bestuurlijk: [],
  ambtelijk: [],
  missing,
});
const overview = (rows: OverviewRow[]): Overview => ({
  regionId: '00000000-0000-4000-8000-000000000002',
  day: '2026-11-22',
  rows,
  gapCount: rows.filter((r) => r.missing.length > 0).length,
});

describe('the parties’ line counts the empty cells, in good Dutch', () => {
  it('counts each missing aanspreekpunt, not each party with a gap', () => {
    const both: OverviewRow['missing'] = ['bestuurlijk_aanspreekpunt', 'ambtelijk_aanspreekpunt'];
    expect(partiesLine(overview([row(both), row(both), row([])]))).toBe(
      '3 partijen; 4 ontbrekende aanspreekpunten bij 2 partijen.',
    );
  });
  it('says one in the singular and none as none', () => {
    expect(partiesLine(overview([row(['ambtelijk_aanspreekpunt'])]))).toBe(
      '1 partij; 1 ontbrekend aanspreekpunt bij 1 partij.',
    );
    expect(partiesLine(overview([row([])]))).toBe('1 partij; geen ontbrekende aanspreekpunten.');
  });
});
