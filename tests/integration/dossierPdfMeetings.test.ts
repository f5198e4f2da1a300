/**
 * Issue 19 (minor): which meetings the regiodossier holds, and what the afspraken cite. The period
 * decides (planned meetings after today included); with only vastgestelde notulen a concept
 * meeting is listed without its minutes, and no afspraak quotes a besluit the PDF leaves out.
 * Agreement text fields (zaaknummer) are in the afspraak's card. And the notulen of corrected
 * minutes say which version they are, and why. Read back from the real PDF with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../electron/api/createApi';
import { openDemoDossier } from '../fixtures/demoDossier';
import { collectDossier, type Call } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { minutesDocument } from '../../electron/dossier/minutesDocument';
import { NO_TEMPLATES, printDossier, type PrintEngine } from '../../electron/dossier/print';
import { dossierOptions } from '../../shared/schemas/dossier';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const TODAY = '2026-11-22';
const browser = findBrowser();
const dir = mkdtempSync(path.join(os.tmpdir(), 'regiodossier-pdf-'));

/** The PDF's text as pdftotext reads it, whitespace folded to single spaces. */
function pdfText(pdf: Uint8Array, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.skipIf(!browser)(
  'the regiodossier’s meetings and the besluiten the afspraken cite',
  () => {
    let api: Api;
    let call: Call;
    let regionId: string;
    let printer: { engine: PrintEngine; close: () => Promise<void> };
    beforeAll(async () => {
      ({ api, call, regionId, printer } = await openDemoDossier(browser!, NOW));

      // A concept meeting of last week with a besluit that made an afspraak (with a zaaknummer).
      const past = call('meetings.create', {
        regionId,
        kind: 'bestuurlijk_regio_overleg',
        title: 'Extra bestuurlijk overleg',
        date: '2026-11-16',
        startTime: '10:00',
        endTime: '11:00',
      });
      const item = call('agenda.add', { meetingId: past.id, title: 'Mantelzorgondersteuning' });
      call('agenda.saveMinutes', {
        agendaItemId: item.id,
        minutesHtml: '<p>Concepttekst over respijtzorg.</p>',
        baseRevision: 0,
      });
      const decision = call('decisions.add', {
        agendaItemId: item.id,
        text: 'Respijtzorg wordt regionaal ingekocht.',
      });
      const theme = call('themes.list', {})[0]!;
      call('agreements.create', {
        regionId,
        title: 'Regionale inkoop respijtzorg',
        caseNumber: 'Z/26/004711',
        themeIds: [theme.id],
        fromDecisionId: decision.id,
      });
      // A planned meeting after today, with its agenda.
      const planned = call('meetings.create', {
        regionId,
        kind: 'voortgangsgesprek',
        title: 'Voortgangsgesprek voorjaar',
        date: '2027-01-20',
        startTime: '14:00',
        endTime: '16:00',
      });
      call('agenda.add', { meetingId: planned.id, title: 'Evaluatie valpreventie 2026' });
    }, 60_000);
    afterAll(async () => {
      await printer?.close();
      api?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const print = async (name: string, options: object) => {
      const data = collectDossier(call, dossierOptions.parse({ regionId, ...options }), TODAY);
      const { pdf } = await printDossier(data, printer.engine);
      return pdfText(pdf, name);
    };

    it('only vastgestelde notulen: the concept and planned meetings are listed without minutes, and cited without the besluit’s text', async () => {
      const text = await print('vastgesteld', { from: '2026-11-01', to: '2027-03-31' });
      // The period decides: the planned meeting after today is in, with its agenda.
      expect(text).toContain('Voortgangsgesprek voorjaar – 20 januari 2027');
      expect(text).toContain('Evaluatie valpreventie 2026');
      // The concept meeting: date, kind and agenda titles; no minutes, no besluit.
      expect(text).toContain('Extra bestuurlijk overleg – 16 november 2026');
      expect(text).toContain('Mantelzorgondersteuning');
      expect(text).toContain('Notulen nog niet vastgesteld');
      expect(text).not.toContain('Concepttekst over respijtzorg');
      expect(text).not.toContain('Respijtzorg wordt regionaal ingekocht');
      // The afspraak cites it without quoting it, and shows its zaaknummer.
      expect(text).toContain(
        'besluit van Extra bestuurlijk overleg, 16 november 2026 (notulen nog niet vastgesteld)',
      );
      const card = text.slice(text.lastIndexOf('Regionale inkoop respijtzorg'));
      expect(card).toContain('Zaaknummer');
      expect(card).toContain('Z/26/004711');
    }, 120_000);

    it('concept notulen asked for: the minutes, the besluit and its citation are all in', async () => {
      const text = await print('alle', { from: '2026-11-01', to: '2027-03-31', minutes: 'alle' });
      expect(text).toContain('Concepttekst over respijtzorg.');
      expect(text).toContain(
        'Respijtzorg wordt regionaal ingekocht. (Extra bestuurlijk overleg, 16 november 2026)',
      );
      expect(text).toContain('Voortgangsgesprek voorjaar – 20 januari 2027');
      expect(text).not.toContain('Notulen nog niet vastgesteld');
    }, 120_000);

    it('a besluit of a meeting outside the period is cited as such', async () => {
      const text = await print('periode', { from: '2027-01-01', minutes: 'alle' });
      expect(text).not.toContain('Extra bestuurlijk overleg – 16 november 2026');
      expect(text).toContain(
        'Respijtzorg wordt regionaal ingekocht. (Extra bestuurlijk overleg, 16 november 2026; buiten de gekozen periode)',
      );
    }, 120_000);

    it('the notulen of corrected minutes say which version they are, and why', async () => {
      const list = call('meetings.list', { regionId, minutesStatus: 'vastgesteld' });
      const id = list.items[0]!.id;
      call('minutes.correct', { meetingId: id, reason: 'Naam van de inleider verbeterd' });
      const notes = async (name: string) => {
        const m = call('meetings.get', { id });
        const html = minutesDocument(
          m,
          'Regio Utrecht-Oost',
          false,
          call('minutes.versions', { id }),
        );
        const { pdf } = await printer.engine.print(html, NO_TEMPLATES, (s) => s);
        return pdfText(pdf, name);
      };
      expect(await notes('concept-v2')).toContain(
        'Concept voor versie 2 (correctie van versie 1: Naam van de inleider verbeterd)',
      );
      call('minutes.approve', {
        meetingId: id,
        approvedOn: TODAY,
        approvedIn: 'Bestuurlijk overleg',
      });
      expect(await notes('versie-2')).toContain(
        'Versie 2, vastgesteld op 22 november 2026 (correctie: Naam van de inleider verbeterd)',
      );
    }, 120_000);
  },
);
