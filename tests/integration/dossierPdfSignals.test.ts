import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDossier, type DossierData } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { dossierDocument } from '../../electron/dossier/document';
import { outlinePages, pageFeet, pageTexts } from '../../electron/dossier/outline';
import { printDossier } from '../../electron/dossier/print';
import { signalsOf } from '../../electron/dossier/sections/signals';
import {
  DOSSIER_SECTION_LABELS,
  DOSSIER_SECTIONS,
  dossierOptions,
  type DossierSection,
} from '../../shared/schemas/dossier';
import { openDemoDossier, type DemoDossier } from '../fixtures/demoDossier';
import { footLabels, labelFeet } from '../fixtures/pageFoot';

/**
 * The dossier's second pass (issue 21), read back from the printed PDF: the bestuurlijke
 * samenvatting points at the right pages, the besluitenlijst, confidential text marked, CONCEPT on
 * concept notulen, the cover and its table of contents, headings tagged, one typeface.
 */
const NOW = new Date('2026-11-22T10:00:00.000Z');
const TODAY = '2026-11-22';
const browser = findBrowser();
if (!browser) console.log('dossierPdfSignals: geen Chromium gevonden; overgeslagen.');

/** A poppler tool's output, or null where it is not installed (then that check is skipped). */
function poppler(tool: string, args: string[], pdf: Uint8Array): string | null {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'signals-')), 'd.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync(tool, [...args, file], { encoding: 'utf8' });
  } catch {
    console.log(`dossierPdfSignals: ${tool} niet gevonden; die controle is overgeslagen.`);
    return null;
  }
}

describe.skipIf(!browser)('the regiodossier, second pass', () => {
  let demo: DemoDossier;
  const print = async (options: Record<string, unknown> = {}) => {
    const data = collectDossier(
      demo.call,
      dossierOptions.parse({ regionId: demo.regionId, ...options }),
      TODAY,
    );
    const printed = await printDossier(data, demo.printer.engine);
    return { data, ...printed, texts: await pageTexts(printed.pdf) };
  };
  const sectionText = (
    texts: string[],
    pages: Map<DossierSection, number>,
    id: DossierSection,
  ): string => {
    const starts = [...pages.values()].sort((a, b) => a - b);
    const start = pages.get(id)!;
    const end = starts.find((p) => p > start) ?? texts.length + 1;
    return texts.slice(start - 1, Math.max(start, end - 1)).join(' ');
  };
  beforeAll(async () => {
    demo = await openDemoDossier(browser!, NOW);
  }, 120_000);
  afterAll(async () => {
    await demo?.close();
  });

  it('names every signal with its number, and each page it points to holds that item', async () => {
    const { data, texts } = await print();
    const signals = signalsOf(data);
    // The demo has something to say under every heading.
    expect(signals.map((s) => s.title)).toEqual([
      expect.stringMatching(/^\d+ evaluaties? over de datum$/),
      expect.stringMatching(/^\d+ beoordeling(en)? wacht(en)? op antwoord$/),
      expect.stringMatching(/^\d+ afspra(ak|ken) zonder bestuurlijke dekking$/),
      expect.stringMatching(/^\d+ ontbrekende? aanspreekpunt(en)? bij \d+ partij(en)?$/),
      expect.stringMatching(/^\d+ actiepunt(en)? over de datum$/),
    ]);
    const summary = texts[1]!;
    expect(summary).toContain('Bestuurlijke samenvatting');
    for (const signal of signals) {
      expect(summary).toContain(`${signal.title}:`);
      for (const item of signal.items) {
        const at = summary.indexOf(item.text);
        expect(at, item.text).toBeGreaterThan(-1);
        const page = Number(/^, blz\.\s(\d+)/.exec(summary.slice(at + item.text.length))?.[1]);
        expect(page, item.text).toBeGreaterThan(2);
        // The page holds the item itself: the card's title, the party's row, the action's text.
        const name = item.text.replace(/ \([^)]*\)$/, '');
        expect(texts[page - 1], `${item.text} op blz. ${page}`).toContain(name);
      }
    }
  }, 120_000);

  it('has a besluitenlijst of the period, and leaves the notulen text out when asked', async () => {
    const all = await print({ minutes: 'alle' });
    const decisions = all.data.meetings.flatMap((m) =>
      m.agenda.flatMap((i) => i.decisions.map((d) => d.text)),
    );
    expect(decisions.length).toBeGreaterThan(0);
    const list = sectionText(all.texts, all.pages, 'besluiten');
    expect(list.startsWith('Besluitenlijst')).toBe(true);
    for (const text of decisions) expect(list).toContain(text);
    const minutes = all.data.meetings.flatMap((m) => m.agenda.map((i) => i.minutesHtml));
    const sentence = /<p>([^<]{20,}?)<\/p>/.exec(minutes.join(''))![1]!;
    expect(sectionText(all.texts, all.pages, 'overleggen')).toContain(sentence);

    // Only vastgestelde notulen: the held meetings in concept are named, a planned one is not.
    const held = await print({ sections: ['besluiten'] });
    const withheld = held.data.meetings.filter((m) => m.minutesWithheld && !m.planned).length;
    expect(held.data.meetings.some((m) => m.planned)).toBe(true);
    expect(sectionText(held.texts, held.pages, 'besluiten')).toContain(
      `${withheld} ${withheld === 1 ? 'overleg heeft' : 'overleggen hebben'} nog geen vastgestelde notulen`,
    );

    const lists = await print({ minutes: 'alle', minutesText: false });
    const meetings = sectionText(lists.texts, lists.pages, 'overleggen');
    expect(meetings).toContain('Zonder notulentekst');
    expect(meetings).not.toContain(sentence);
    for (const text of decisions) expect(meetings).toContain(text);
  }, 120_000);

  it('never prints confidential text unmarked, and says what the default dossier left out', async () => {
    const marked = await print({ includeConfidential: true, sections: ['afspraken'] });
    expect(marked.data.options.marking).toBe('vertrouwelijk');
    marked.texts.forEach((text) => expect(text).toContain('VERTROUWELIJK'));
    expect(marked.texts.join(' ')).toContain('Eerstelijnsverblijf na ziekenhuisopname');
    const refused = dossierOptions.safeParse({
      regionId: demo.regionId,
      includeConfidential: true,
      marking: 'geen',
    });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]).toMatchObject({
      path: ['marking'],
      message: 'Met vertrouwelijke stukken erin krijgt het dossier een markering',
    });

    const plain = await print({ sections: ['afspraken'] });
    const { agreements, agendaItems, conversations } = plain.data.confidentialLeftOut;
    expect(agreements).toBeGreaterThan(0);
    const total = agreements + agendaItems + conversations;
    expect(plain.texts[0]).toContain(
      `${total} ${total === 1 ? 'vertrouwelijk stuk is' : 'vertrouwelijke stukken zijn'} weggelaten`,
    );
    expect(plain.texts.join(' ')).not.toContain('VERTROUWELIJK');
  }, 120_000);

  it('marks every page of a held meeting with concept notulen CONCEPT, and no other', async () => {
    const { data, texts, pages } = await print({ minutes: 'alle', sections: ['overleggen'] });
    const heading = (m: DossierData['meetings'][number]) =>
      `${m.title} – ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m.date}T00:00:00Z`))}`;
    const stamp = 'CONCEPT · NOTULEN NIET VASTGESTELD';
    const inConcept = (m: DossierData['meetings'][number]) =>
      !m.planned && m.minutesStatus !== 'vastgesteld';
    expect(data.meetings.filter(inConcept).length).toBeGreaterThan(0);
    const body = texts.slice(pages.get('overleggen')! - 1);
    for (const [i, text] of body.entries()) {
      // The meeting a page belongs to: the last heading on it or on a page before.
      const owner = [...data.meetings]
        .map((m) => ({
          m,
          at: body
            .slice(0, i + 1)
            .join('\f')
            .lastIndexOf(heading(m)),
        }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => b.at - a.at)[0]!.m;
      if (!inConcept(owner)) expect(text).not.toContain(stamp);
      else expect(text, `blz. ${i + pages.get('overleggen')!}`).toContain(stamp);
      // A planned meeting has no notulen yet, and says so.
      if (owner.planned) expect(text).toContain('Gepland overleg: de notulen volgen.');
    }
  }, 120_000);

  it('ends no page in a label or heading without what follows it', async () => {
    const { data, pdf, pages, texts } = await print({
      minutes: 'alle',
      sections: [...DOSSIER_SECTIONS],
      includeConfidential: true,
    });
    const feet = await pageFeet(pdf);
    expect(feet).toHaveLength(texts.length);
    // The check can fail: a card's first two labels side by side at the foot are found.
    const labels = footLabels(dossierDocument(data));
    const foot = { runs: ['Status', 'Thema’s'], indent: 0 };
    expect(labelFeet([foot, foot], labels)).toEqual([1]);
    expect(labelFeet(feet, labels, pages.values())).toEqual([]);
  }, 120_000);

  it('has a cover with its table of contents, headings tagged as headings, and one typeface', async () => {
    const { data, texts, pdf, pages } = await print({
      sections: ['samenvatting', 'overleggen', 'besluiten', 'actiepunten'],
      from: '2030-01-01',
      to: '2030-12-31',
    });
    // No meetings in that period: the empty sections run on, below the one before.
    expect(pages.get('besluiten')).toBe(pages.get('overleggen'));
    expect(texts[pages.get('overleggen')! - 1]).toContain('Geen overleggen in deze periode.');
    expect(texts[pages.get('overleggen')! - 1]).toContain('Geen besluiten in deze periode.');
    // The bookmarks: the cover's title, then exactly the sections, each at its TOC page.
    const outline = await outlinePages(pdf);
    expect([...outline.keys()]).toEqual([
      'Regiodossier Regio Utrecht-Oost',
      ...data.options.sections.map((s) => DOSSIER_SECTION_LABELS[s]),
    ]);
    for (const [id, page] of pages) expect(outline.get(DOSSIER_SECTION_LABELS[id])).toBe(page);
    const struct = poppler('pdfinfo', ['-struct-text'], pdf);
    if (struct) {
      expect(struct).toMatch(
        /H1 \(block\)(?:\n\s+NonStruct)?\n\s+"Regiodossier Regio Utrecht-Oost"/,
      );
      expect(struct).toMatch(/H2 \(block\)(?:\n\s+NonStruct)?\n\s+"Inhoud"/);
    }
    // Every chart figure carries its text alternative (/Alt) in the structure tree.
    const raw = Buffer.from(pdf).toString('latin1');
    const figures = raw.match(/\/S \/Figure\b/g) ?? [];
    expect(figures.length).toBe(2);
    expect((raw.match(/\/Alt\s*[(<]/g) ?? []).length).toBe(figures.length);
    const fonts = poppler('pdffonts', [], pdf);
    if (fonts) {
      const names = fonts.split('\n').slice(2).filter(Boolean);
      expect(names.length).toBeGreaterThan(0);
      names.forEach((line) => expect(line).toMatch(/SourceSans3/));
    }
  }, 120_000);
});
