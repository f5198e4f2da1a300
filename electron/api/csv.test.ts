import { describe, expect, it } from 'vitest';
import type { AgreementExportRow } from '../../db/agreementQueries';
import {
  AGREEMENT_CSV_HEADERS,
  agreementCsvRow,
  agreementsCsv,
  csvCell,
  fileSlug,
  toCsv,
} from './csv';

const row = (extra: Partial<AgreementExportRow> = {}): AgreementExportRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Valpreventie',
  caseNumber: '',
  status: 'vastgesteld',
  themeIds: [],
  themes: ['Ouderen', 'Preventie'],
  parties: ['Gemeente Sneek', 'VGZ'],
  partyRoles: [
    { name: 'Gemeente Sneek', role: 'trekker' },
    { name: 'VGZ', role: 'financier' },
  ],
  ownerId: null,
  ownerName: 'Anna de Vries',
  financing: ['wmo', 'wlz'],
  adoptedOn: '2026-11-22',
  startDate: '2027-01-01',
  endDate: null,
  nextEvaluation: '2027-03-05',
  dekkingGranted: true,
  dekkingBy: 'Portefeuillehoudersoverleg',
  dekkingOn: '2026-11-20',
  confidential: false,
  lastProgressOn: null,
  lastProgressText: null,
  reviewState: 'opmerkingen',
  evaluationOverdue: false,
  updatedAt: '2026-11-22T10:00:00.000Z',
  ...extra,
});

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Gemeente Leeuwarden, GGD')).toBe('Gemeente Leeuwarden, GGD');
    expect(csvCell('')).toBe('');
  });

  it('quotes text with a semicolon, quote or line break and doubles the quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('de "brede" aanpak')).toBe('"de ""brede"" aanpak"');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) {
      expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('a=b')).toBe('a=b');
    // Full-width forms that spreadsheets also read as formula starts (issue 6 B14).
    for (const start of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']) {
      expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
  });
});

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF after every line', () => {
    expect(
      toCsv(
        ['A', 'B'],
        [
          ['1', 'x;y'],
          ['', 'z'],
        ],
      ),
    ).toBe('\uFEFFA;B\r\n1;"x;y"\r\n;z\r\n');
  });
});

describe('agreementsCsv', () => {
  it('has the Dutch header row', () => {
    expect(agreementsCsv([])).toBe(`\uFEFF${AGREEMENT_CSV_HEADERS.join(';')}\r\n`);
    expect(AGREEMENT_CSV_HEADERS.slice(0, 4)).toEqual(['Titel', 'Zaaknummer', 'Status', 'Thema’s']);
  });

  it('writes one row per agreement with Dutch labels and dates, multiple values joined', () => {
    expect(agreementCsvRow(row({ caseNumber: 'Z/2026/004512' }))).toEqual([
      'Valpreventie',
      'Z/2026/004512',
      'Vastgesteld',
      'Ouderen, Preventie',
      'Gemeente Sneek (trekker), VGZ (financier)',
      'Anna de Vries',
      'Wmo, Wlz',
      '22-11-2026',
      '01-01-2027',
      '',
      '05-03-2027',
      'Ja, vastgesteld door Portefeuillehoudersoverleg op 20 november 2026',
      'Nee',
      '',
      '',
      'Opmerkingen',
    ]);
  });

  it('says "Nog niet" without dekking, and leaves absent values empty', () => {
    const cells = agreementCsvRow(
      row({
        dekkingGranted: false,
        ownerName: null,
        confidential: true,
        reviewState: null,
        lastProgressOn: '2026-06-30',
        lastProgressText: 'Eerste trainingen gegeven.\nDeelname goed.',
        themes: [],
        partyRoles: [],
        financing: [],
      }),
    );
    expect(cells.slice(3, 7)).toEqual(['', '', '', '']);
    expect(cells.slice(11)).toEqual([
      'Nog niet',
      'Ja',
      '30-06-2026',
      'Eerste trainingen gegeven.\nDeelname goed.',
      '',
    ]);
    expect(agreementCsvRow(row({ reviewState: 'wacht' })).at(-1)).toBe('Wacht op reactie');
    expect(agreementCsvRow(row({ dekkingOn: null }))[11]).toBe(
      'Ja, vastgesteld door Portefeuillehoudersoverleg',
    );
  });

  it('writes dates as dd-mm-jjjj, which Excel reads as dates (issue 6 B13)', () => {
    const dates = agreementCsvRow(row({ adoptedOn: '2026-02-01', lastProgressOn: '2026-09-01' }));
    expect(dates[7]).toBe('01-02-2026');
    expect(dates[13]).toBe('01-09-2026');
    expect(AGREEMENT_CSV_HEADERS.slice(13, 15)).toEqual([
      'Datum laatste voortgang',
      'Laatste voortgang',
    ]);
  });
});

describe('fileSlug', () => {
  it('makes a safe file name part without diacritics', () => {
    expect(fileSlug('Fryslân')).toBe('fryslan');
    expect(fileSlug('Zuid-Holland Noord / Den Haag')).toBe('zuid-holland-noord-den-haag');
    expect(fileSlug('***')).toBe('regio');
  });
});
