/**
 * Issue 19, major 5: notulen pasted from Word print with their lists as lists and their tables
 * as tables, in the notulen PDF and in the regiodossier, read back with pdftotext (poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter } from '../../electron/dossier/chromiumPrinter';
import { collectDossier, type Call } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { minutesDocument } from '../../electron/dossier/minutesDocument';
import { NO_TEMPLATES, printDossier, type PrintEngine } from '../../electron/dossier/print';
import { dossierOptions } from '../../shared/schemas/dossier';
import { makeApi, TODAY, type TestApi } from '../fixtures/api';
import { seed } from './agreementsSeed';

const browser = findBrowser();
const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!browser || !pdftotext) {
  console.log('wordPastePdf: geen Chromium of pdftotext gevonden; de test wordt overgeslagen.');
}
const word = readFileSync(path.join(__dirname, '../fixtures/word/lijst-en-tabel.html'), 'utf8');

/** The PDF's text as pdftotext lays it out: one string per line, spaces squeezed. */
function pdfLines(pdf: Uint8Array): string[] {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'word-pdf-')), 'notulen.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Each list item and each table row on a line of its own, the cells apart. */
function expectListsAndTable(lines: string[]) {
  const all = lines.join('\n');
  for (const text of ['GemeenteDeelname', 'BunnikJa', 'LopikNee', 'meevanaf']) {
    expect(all).not.toContain(text);
  }
  // No Word bullet as text (the footer's own "·" stays).
  expect(lines.filter((l) => /^[·o§]\s/.test(l) || l.includes('· Bunnik'))).toEqual([]);
  // Bullets are drawn, not text: the item is the line (or the line ends with it).
  for (const item of ['Bunnik doet mee', 'vanaf januari 2027', 'Lopik volgt later']) {
    expect(lines.some((l) => l === item || l.endsWith(` ${item}`))).toBe(true);
  }
  expect(lines).toContain('1. Opening en vaststellen agenda');
  expect(lines).toContain('2. Rondvraag');
  const header = lines.findIndex((l) => /^Gemeente Deelname$/.test(l));
  expect(header).toBeGreaterThanOrEqual(0);
  expect(lines.slice(header + 1, header + 3)).toEqual(['Bunnik Ja', 'Lopik Nee']);
}

describe.skipIf(!browser || !pdftotext)('notulen from Word in print', () => {
  let api: TestApi;
  let call: Call;
  let regionId: string;
  let meetingId: string;
  let printer: { engine: PrintEngine; close: () => Promise<void> };
  beforeAll(async () => {
    api = await makeApi();
    call = (method, input) => api.call(method, input);
    regionId = seed(api).region.id;
    const meeting = api.call('meetings.create', {
      regionId,
      kind: 'bestuurlijk_regio_overleg',
      title: 'Bestuurlijk overleg',
      date: '2026-11-12',
      startTime: '10:00',
      endTime: '12:00',
    });
    meetingId = meeting.id;
    const item = api.call('agenda.add', { meetingId, title: 'Valpreventie' });
    api.call('agenda.saveMinutes', { agendaItemId: item.id, minutesHtml: word, baseRevision: 0 });
    printer = await openChromiumPrinter(browser!);
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    api?.close();
  });

  it('prints the notulen PDF with list items and table cells apart', async () => {
    const meeting = api.call('meetings.get', { id: meetingId });
    const { pdf } = await printer.engine.print(
      minutesDocument(meeting, 'Regio Friesland'),
      NO_TEMPLATES,
      (m) => m,
    );
    if (process.env.WORD_PDF_OUT) writeFileSync(process.env.WORD_PDF_OUT, pdf);
    expectListsAndTable(pdfLines(pdf));
  }, 120_000);

  it('prints the regiodossier with the same lists and table', async () => {
    const options = dossierOptions.parse({ regionId, sections: ['overleggen'], minutes: 'alle' });
    const { pdf } = await printDossier(collectDossier(call, options, TODAY), printer.engine);
    expectListsAndTable(pdfLines(pdf));
  }, 120_000);
});
