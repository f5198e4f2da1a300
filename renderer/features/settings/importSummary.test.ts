import { describe, expect, it } from 'vitest';
import { importSummary, joinNl } from './importSummary';

describe('importSummary', () => {
  it('says what was read in, in Dutch, singular and plural', () => {
    expect(
      importSummary({
        regions: 1,
        parties: 12,
        regionMemberships: 12,
        contacts: 0,
        roleAssignments: 3,
        themes: 0,
        auditLog: 40,
        themesMatched: 0,
      }),
    ).toBe('Ingelezen: 1 regio, 12 partijen, 12 deelnames, 3 rollen en 40 geschiedenisregels.');
  });

  it('names the afsprakenregister and the overleggen too (a file with only those is not "nothing")', () => {
    expect(
      importSummary({
        agreements: 2,
        meetings: 1,
        agendaItems: 4,
        decisions: 1,
        minutesVersions: 1,
      }),
    ).toBe('Ingelezen: 2 afspraken, 1 overleg, 4 agendapunten, 1 besluit en 1 notulenversie.');
  });

  it('mentions themes matched by name', () => {
    expect(importSummary({ parties: 1, themesMatched: 2 })).toBe(
      'Ingelezen: 1 partij. 2 thema’s bestonden al en zijn op naam gekoppeld.',
    );
    expect(importSummary({ themesMatched: 1 })).toBe(
      'Er was niets nieuws om in te lezen. 1 thema bestond al en is op naam gekoppeld.',
    );
  });

  it('says what was skipped because it was already there', () => {
    expect(importSummary({ regions: 0, parties: 0, alreadyPresent: 40, themesMatched: 7 })).toBe(
      'Er was niets nieuws om in te lezen. 40 items stonden al in dit dossier en zijn overgeslagen. 7 thema’s bestonden al en zijn op naam gekoppeld.',
    );
    expect(importSummary({ contacts: 1, alreadyPresent: 1 })).toBe(
      'Ingelezen: 1 persoon. 1 item stond al in dit dossier en is overgeslagen.',
    );
  });

  it('joins lists the Dutch way', () => {
    expect(joinNl([])).toBe('');
    expect(joinNl(['a'])).toBe('a');
    expect(joinNl(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
