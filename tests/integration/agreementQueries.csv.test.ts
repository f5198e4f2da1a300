import { describe, expect, it } from 'vitest';
import { call, insertAgreement } from './agreementQueriesSeed';
import { useWorld } from './agreementQueriesWorld';

const t = useWorld();

const HEADER =
  'Titel;Zaaknummer;Status;Thema’s;Partijen;Eigenaar;Financiering;Vastgesteld op;Startdatum;Einddatum;' +
  'Volgende evaluatie;Bestuurlijke dekking;Vertrouwelijk;Datum laatste voortgang;' +
  'Laatste voortgang;Beoordeling';

describe('agreements.exportCsv', () => {
  it('carries the text of the latest progress update beside its date (issue 6 B13)', () => {
    const a = t.api.call('agreements.create', {
      regionId: t.w.region.id,
      title: 'Respijtvoorziening Kwadraat',
      themeIds: [t.w.theme.ouderen],
    });
    t.api.call('agreements.addProgress', { agreementId: a.id, on: '2026-10-02', text: 'Later.' });
    t.api.call('agreements.addProgress', {
      agreementId: a.id,
      on: '2026-03-01',
      text: 'Eerder.',
    });
    const out = call(t.api, 'agreements.exportCsv', {
      regionId: t.w.region.id,
      search: 'Kwadraat',
    });
    const [, row] = out.content.slice(1).split('\r\n');
    expect(row!.split(';').slice(13)).toEqual(['02-10-2026', 'Later.', '']);
  });

  it('exports the filtered list for Excel: BOM, semicolons, CRLF, Dutch dates and labels', () => {
    const out = call(t.api, 'agreements.exportCsv', {
      regionId: t.w.region.id,
      themeIds: [t.w.theme.ouderen],
      sort: 'nextEvaluation',
    });
    expect(out.fileName).toBe('afspraken-fryslan-2026-11-22.csv');
    expect(out.rows).toBe(2);
    expect(out.content.startsWith('\uFEFF')).toBe(true);
    const lines = out.content.slice(1).split('\r\n');
    expect(lines).toEqual([
      HEADER,
      'Afgeronde pilot wijkverpleging;;Afgerond;Ouderen;;;;;;;01-01-2026;Nog niet;Nee;;;',
      'Valpreventie thuiswonende ouderen;;In uitvoering;Ouderen, Preventie;' +
        'De Friesland Zorgverzekeraar (financier), Gemeente Leeuwarden (trekker);Anna de Vries;' +
        'Wmo, Zvw;01-02-2026;01-03-2026;;01-10-2026;' +
        '"Ja, vastgesteld door Bestuurlijk overleg; ""zorg"" & welzijn op 20 januari 2026";Nee;01-09-2026;' +
        'Voortgang;Wacht op reactie',
      '',
    ]);
  });

  it('exports the same rows as the list, confidential ones only when included', () => {
    const list = call(t.api, 'agreements.list', { regionId: t.w.region.id, sort: 'status' });
    const all = call(t.api, 'agreements.exportCsv', {
      regionId: t.w.region.id,
      sort: 'status',
      includeConfidential: true,
    });
    expect(all.rows).toBe(list.total);
    const titles = all.content
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(';')[0]);
    expect(titles).toEqual(list.items.map((i) => i.title));
    expect(all.content).toContain(
      'Vertrouwelijke inkoopafspraak;;In bespreking;GGZ, Mantelzorg;;Anna de Vries;Wlz;;;;22-01-2027;Ja, vastgesteld door Portefeuillehoudersoverleg;Ja;;;',
    );
    // Left out unless asked (DESIGN §4): the default of the export.
    const open = call(t.api, 'agreements.exportCsv', { regionId: t.w.region.id });
    expect(open.rows).toBe(list.total - 1);
    expect(open.content).not.toContain('Vertrouwelijke inkoopafspraak');
  });

  it('neutralises spreadsheet formulas in titles', () => {
    insertAgreement(t.api, { regionId: t.w.region.id, title: '=HYPERLINK("http://x")' });
    const out = call(t.api, 'agreements.exportCsv', {
      regionId: t.w.region.id,
      search: 'hyperlink',
    });
    expect(out.content.split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x"")";;Concept;;;;;;;;;Nog niet;Nee;;;`,
    );
  });

  it('exports only a header for an empty result', () => {
    const out = call(t.api, 'agreements.exportCsv', {
      regionId: t.w.region.id,
      search: 'bestaat niet',
    });
    expect(out).toEqual({
      fileName: 'afspraken-fryslan-2026-11-22.csv',
      content: `\uFEFF${HEADER}\r\n`,
      rows: 0,
    });
  });
});
