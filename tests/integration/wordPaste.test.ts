/**
 * Issue 19, major 5: notulen and descriptions pasted from Word keep their lists and tables when
 * they are saved (the main process applies the same conversion as the editor), in the plain text
 * for search and previews, and in the vastgestelde version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, seed, type World } from './agreementsSeed';

const word = readFileSync(path.join(__dirname, '../fixtures/word/lijst-en-tabel.html'), 'utf8');
const numbered = readFileSync(
  path.join(__dirname, '../fixtures/word/genummerd-met-niveaus.html'),
  'utf8',
);

/** The lists and the table of the fixture, as they are stored. */
const STORED_LIST =
  '<ul><li>Bunnik doet mee<ul><li>vanaf januari 2027</li></ul></li><li>Lopik volgt later</li></ul>';
const STORED_NUMBERED = '<ol><li>Opening en <i>vaststellen</i> agenda</li><li>Rondvraag</li></ol>';
const STORED_TABLE =
  '<table><tbody><tr><td><p><b>Gemeente</b></p></td><td><p><b>Deelname</b></p></td></tr>' +
  '<tr><td><p>Bunnik</p></td><td><p>Ja</p></td></tr><tr><td><p>Lopik</p></td><td><p>Nee</p></td></tr>' +
  '</tbody></table>';

describe('rich text from Word', () => {
  let api: TestApi;
  let w: World;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
  });

  const meetingWithMinutes = (html: string) => {
    const m = api.call('meetings.create', {
      regionId: w.region.id,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2026-11-12',
      startTime: '10:00',
      endTime: '12:00',
    });
    const item = api.call('agenda.add', { meetingId: m.id, title: 'Valpreventie' });
    const saved = api.call('agenda.saveMinutes', {
      agendaItemId: item.id,
      minutesHtml: html,
      baseRevision: 0,
    });
    return { meetingId: m.id, itemId: item.id, saved };
  };
  const minutesText = (itemId: string) =>
    (
      api.ctx.repos.db
        .prepare('SELECT minutes_text AS t FROM agenda_item WHERE id = ?')
        .get(itemId) as { t: string }
    ).t;

  it('stores minutes saved as Word HTML with real lists and a table, and separated plain text', () => {
    const { meetingId, itemId, saved } = meetingWithMinutes(word);
    const stored = api.call('meetings.get', { id: meetingId }).agenda[0]!.minutesHtml;
    expect(saved.minutesHtml).toBe(stored);
    expect(stored).toBe(
      `<p><b>Deelname valpreventie</b></p>${STORED_LIST}${STORED_NUMBERED}${STORED_TABLE}` +
        '<p>De regio besluit de valpreventie voort te zetten.</p>',
    );
    const text = minutesText(itemId);
    expect(text).toBe(
      [
        'Deelname valpreventie',
        'Bunnik doet mee',
        'vanaf januari 2027',
        'Lopik volgt later',
        'Opening en vaststellen agenda',
        'Rondvraag',
        'Gemeente Deelname',
        'Bunnik Ja',
        'Lopik Nee',
        'De regio besluit de valpreventie voort te zetten.',
      ].join('\n'),
    );
    expect(text.replace(/\s+/g, ' ')).toContain('Gemeente Deelname Bunnik Ja Lopik Nee');
    expect(text).not.toContain('·');
  });

  it('keeps the table of the editor (header cells, spans) and separates its cells in the text', () => {
    // What TipTap's getHTML() gives for a pasted table.
    const editor =
      '<table style="min-width: 50px"><colgroup><col style="min-width: 25px"><col style="min-width: 25px"></colgroup>' +
      '<tbody><tr><th colspan="1" rowspan="1"><p>Gemeente</p></th><th colspan="1" rowspan="1"><p>Deelname</p></th></tr>' +
      '<tr><td colspan="2" rowspan="1" style="color:red" onclick="x()"><p>Bunnik en Lopik</p></td></tr></tbody></table>' +
      '<ul><li><p>een</p><ul><li><p>twee</p></li></ul></li></ul>';
    const { meetingId, itemId } = meetingWithMinutes(editor);
    expect(api.call('meetings.get', { id: meetingId }).agenda[0]!.minutesHtml).toBe(
      '<table><tbody><tr><th><p>Gemeente</p></th><th><p>Deelname</p></th></tr>' +
        '<tr><td colspan="2"><p>Bunnik en Lopik</p></td></tr></tbody></table>' +
        '<ul><li><p>een</p><ul><li><p>twee</p></li></ul></li></ul>',
    );
    expect(minutesText(itemId)).toBe('Gemeente Deelname\nBunnik en Lopik\neen\ntwee');
  });

  it('keeps lists and tables in the vastgestelde version', () => {
    const { meetingId } = meetingWithMinutes(word);
    api.call('minutes.approve', {
      meetingId,
      approvedOn: '2026-11-19',
      approvedIn: 'Bestuurlijk regio-overleg van 19 november 2026',
    });
    const [version] = api.call('minutes.versions', { id: meetingId });
    const snapshot = version!.snapshot.agenda[0]!.minutesHtml;
    for (const part of [STORED_LIST, STORED_NUMBERED, STORED_TABLE]) {
      expect(snapshot).toContain(part);
    }
  });

  it('converts Word HTML that arrives in an imported file the same way', async () => {
    const { itemId } = meetingWithMinutes('<p>Kort.</p>');
    const doc = api.call('dossier.export', { regionId: null });
    doc.agendaItems.find((i) => i.id === itemId)!.minutesHtml = word;
    const target = await makeApi();
    try {
      target.call('dossier.import', { document: doc });
      const row = target.ctx.repos.db
        .prepare('SELECT minutes_html AS html, minutes_text AS text FROM agenda_item WHERE id = ?')
        .get(itemId) as { html: string; text: string };
      for (const part of [STORED_LIST, STORED_NUMBERED, STORED_TABLE]) {
        expect(row.html).toContain(part);
      }
      expect(row.text.replace(/\s+/g, ' ')).toContain('Gemeente Deelname Bunnik Ja Lopik Nee');
    } finally {
      target.close();
    }
  });

  it('converts an agreement description pasted from Word the same way', () => {
    const created = api.call('agreements.create', agreementInput(w, { descriptionHtml: numbered }));
    expect(created.descriptionHtml).toBe(
      '<ol><li>Woonvisie<ol><li>concept in januari</li><li>vaststelling in maart' +
        '<ol><li>raad in april</li></ol></li></ol></li><li>Mantelzorg</li></ol>',
    );
  });
});
