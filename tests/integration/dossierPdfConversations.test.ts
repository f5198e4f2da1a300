import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDossier, type DossierData } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { outlinePages, pageFeet, pageTexts } from '../../electron/dossier/outline';
import { printDossier, type PrintedDossier } from '../../electron/dossier/print';
import { change, grade } from '../../electron/dossier/sections/monitorCharts';
import {
  DOSSIER_SECTION_LABELS,
  DOSSIER_SECTIONS,
  dossierOptions,
  type DossierSection,
} from '../../shared/schemas/dossier';
import { openDemoDossier, type DemoDossier } from '../fixtures/demoDossier';
import { footLabels, labelFeet } from '../fixtures/pageFoot';

/**
 * Issue 22 in the regiodossier: the gespreksverslagen of the period and the samenwerkingsmonitor,
 * printed from the demo by a real Chromium and read back (pdfjs-dist): facts, text, enquête and
 * actiepunten per verslag, the vertrouwelijke one left out and counted, the monitor's numbers in
 * tables beside charts that are SVG with their numbers in the text alternative, bookmarks and
 * the table of contents, and no label or heading alone at a page foot.
 */
const NOW = new Date('2026-11-22T10:00:00.000Z');
const TODAY = '2026-11-22';
const browser = findBrowser();
if (!browser) console.log('dossierPdfConversations: geen Chromium gevonden; overgeslagen.');

type Printed = PrintedDossier & { data: DossierData; texts: string[]; steps: string[] };

describe.skipIf(!browser)('gespreksverslagen and the samenwerkingsmonitor in the dossier', () => {
  let demo: DemoDossier;
  let all: Printed;
  const print = async (options: Record<string, unknown> = {}): Promise<Printed> => {
    const data = collectDossier(
      demo.call,
      dossierOptions.parse({ regionId: demo.regionId, ...options }),
      TODAY,
    );
    const steps: string[] = [];
    const printed = await printDossier(data, demo.printer.engine, (s) => steps.push(s));
    return { ...printed, data, steps, texts: await pageTexts(printed.pdf) };
  };
  const section = (p: Printed, id: DossierSection) => {
    const starts = [...p.pages.values()].sort((a, b) => a - b);
    const start = p.pages.get(id)!;
    const end = starts.find((n) => n > start) ?? p.texts.length + 1;
    return p.texts.slice(start - 1, end - 1).join(' ');
  };
  beforeAll(async () => {
    demo = await openDemoDossier(browser!, NOW);
    all = await print({ sections: [...DOSSIER_SECTIONS] });
  }, 120_000);
  afterAll(async () => {
    await demo?.close();
  });

  it('prints each verslag of the period with its facts, text, enquête and actiepunten', () => {
    const text = section(all, 'verslagen');
    expect(text.startsWith('Gespreksverslagen 9 gespreksverslagen in deze periode')).toBe(true);
    expect(text).toContain('Nulmeting samenwerking wijkverpleging – 21 januari 2020');
    expect(text).toContain('Soort gesprek Evaluatiegesprek gemeente–zorgaanbieder');
    expect(text).toContain('Vastgelegd op 21 januari 2020');
    // The verslag's own text, and its headings below the dossier's.
    expect(text).toContain('Men kent elkaar nog weinig; de wil om samen te werken is er.');
    expect(all.html).toContain('<h4>Wat gaat goed</h4>');
    // The enquête: who, the cijfers, the factors with "anders", urgency and explanation.
    const last = text.slice(text.indexOf('Evaluatie samenwerkingsafspraken 2026 – 29 september'));
    expect(last).toContain('Enquête');
    expect(last).toContain('Ingevuld door Gemeente');
    expect(last).toContain('Rapportcijfer bij aanvang 5');
    expect(last).toContain('Rapportcijfer nu 8');
    expect(last).toContain('Persoonlijke relaties, Vertrouwen, Betrouwbaarheid');
    expect(last).toContain('Anders: Personeelstekort');
    expect(last).toContain('Urgentie van het thema Urgent');
    expect(last).toContain('Veel verbeterd sinds de vaste overleggen.');
    expect(last).toContain('Status Concept');
    expect(last).toContain('Actiepunten Actiepunt Wie Uiterlijk Status');
    expect(last).toContain('Wervingsactie wijkverpleging verkennen');
    // The linked afspraak by its title.
    expect(last).toMatch(/Gekoppelde afspraken \S/);
    // A verslag in concept says so on its pages, a vastgelegde one does not.
    const stamp = 'CONCEPT · VERSLAG NIET VASTGELEGD';
    const page = (title: string) => all.texts.find((t) => t.includes(title))!;
    expect(page('Evaluatie samenwerkingsafspraken 2026 – 29 september')).toContain(stamp);
    expect(page('Nulmeting samenwerking wijkverpleging – 21 januari 2020')).not.toContain(stamp);
  });

  it('leaves the vertrouwelijke verslag out and counts it, and prints it marked when asked', async () => {
    expect(all.data.confidentialLeftOut.conversations).toBe(1);
    expect(all.texts[0]).toMatch(/vertrouwelijke stukken zijn weggelaten: .*1 gespreksverslag\./);
    const everything = all.texts.join(' ');
    expect(everything).not.toContain('Overleg Wlz-wachtlijst');
    expect(everything).not.toContain('Wachtlijst per gemeente delen');

    const marked = await print({
      sections: ['verslagen', 'actiepunten'],
      includeConfidential: true,
    });
    const text = section(marked, 'verslagen');
    expect(text).toContain('Overleg Wlz-wachtlijst');
    expect(text).toContain('Vertrouwelijk gespreksverslag'.toUpperCase());
    expect(section(marked, 'actiepunten')).toContain('Wachtlijst per gemeente delen');
    marked.texts.forEach((t) => expect(t).toContain('VERTROUWELIJK'));
  }, 120_000);

  it('has the verslagen’s changes in the history annex, the vertrouwelijke one left out', () => {
    const annex = section(all, 'historie');
    expect(
      all.data.history.some((e) => e.subject === 'Nulmeting samenwerking wijkverpleging'),
    ).toBe(true);
    expect(annex).toContain('Nulmeting samenwerking wijkverpleging');
    expect(annex).not.toContain('Overleg Wlz-wachtlijst');
  });

  it('chooses the verslagen by the period, and says so when there are none', async () => {
    const recent = await print({ sections: ['verslagen'], from: '2026-01-01' });
    const text = section(recent, 'verslagen');
    expect(text).toContain('Evaluatie samenwerkingsafspraken 2026');
    expect(text).not.toContain('Nulmeting samenwerking wijkverpleging');
    const none = await print({
      sections: ['samenvatting', 'verslagen'],
      from: '2030-01-01',
      to: '2030-12-31',
    });
    expect(none.texts.join(' ')).toContain('Geen gespreksverslagen in deze periode.');
  }, 120_000);

  it('lists the open actiepunten of the verslagen with where they were agreed', () => {
    const text = section(all, 'actiepunten');
    expect(text).toContain('Afgesproken in');
    expect(text).toMatch(/Wijkindeling aanleveren .*Gespreksverslag: Overleg inkoop/);
    expect(text).toContain('(verslag nog niet vastgelegd)');
    expect(text).toContain('Overleg: Voortgangsgesprek');
    const fromVerslagen = all.data.openActions.filter((a) => a.source === 'verslag');
    expect(fromVerslagen.map((a) => a.text).sort()).toEqual([
      'Afspraken valpreventie voor 2027 bijstellen',
      'Wervingsactie wijkverpleging verkennen',
      'Wijkindeling aanleveren',
    ]);
  });

  it('prints the monitor’s numbers as tables: per year, per kind of party, per factor and theme', () => {
    const monitor = demo.call('monitor.get', { regionId: demo.regionId });
    const text = section(all, 'monitor');
    expect(text.startsWith('Samenwerkingsmonitor')).toBe(true);
    expect(text).toContain(`uit ${monitor.surveys} enquêtes`);
    expect(text).toContain('Jaar Gemiddeld rapportcijfer Enquêtes Verschil met nulmeting');
    for (const s of [monitor.overall, ...monitor.byPartyType, ...monitor.byTheme]) {
      const rows = s.points
        .map(
          (p) =>
            `${p.year} ${grade(p.average)} ${p.count} ${p.baseline ? 'nulmeting' : change(p.change!)}`,
        )
        .join(' ');
      expect(text, s.label).toContain(`${s.label} ${rows}`);
    }
    expect(text).toContain('2020 5,0 1 nulmeting');
    expect(text).toContain('2026 8,0 1 +3,0');
    expect(text).toContain('Factor Positief genoemd Negatief genoemd');
    for (const f of monitor.factors) {
      expect(text).toContain(`${f.label} ${f.positive} ${f.negative}`);
    }
    expect(text).toContain('Vertrouwen 4 0');
  });

  it('draws the charts as SVG whose text alternative names every number', () => {
    const svgs = [
      ...all.html.matchAll(/<svg role="img" aria-label="([^"]*)"[^>]*><title>([^<]*)<\/title>/g),
    ];
    const line = svgs.find((m) => m[1]!.startsWith('Gemiddeld rapportcijfer per jaar'));
    const bars = svgs.find((m) => m[1]!.startsWith('Hoe vaak elke factor is genoemd'));
    expect(line?.[1]).toContain('Alle partijen: 2020 5,0 (nulmeting), 2021 6,0 (+1,0)');
    expect(line?.[1]).toContain('2026 8,0 (+3,0)');
    expect(line?.[1]).toContain('Gemeente: 2020 5,0 (nulmeting), 2026 8,0 (+3,0)');
    expect(line?.[2]).toBe(line?.[1]);
    expect(bars?.[1]).toContain('Vertrouwen positief 4, negatief 0');
    expect(bars?.[1]).toContain('Anders positief 0, negatief 2');
    // Per theme the same kind of chart, each theme from its own nulmeting.
    const themes = svgs.find((m) => m[1]!.startsWith('Gemiddeld rapportcijfer per jaar per thema'));
    expect(themes?.[1]).toContain(
      'Ouderen: 2020 5,0 (nulmeting), 2021 6,0 (+1,0), 2026 8,0 (+3,0)',
    );
    // Each chart's numbers as a real table right under it.
    const monitorHtml = all.html.slice(all.html.indexOf('id="monitor"'));
    expect(monitorHtml).toMatch(
      /<\/svg>.*?<\/div>\s*<table class="series"><thead><tr><th scope="col">Jaar/s,
    );
    expect(monitorHtml).toContain(
      '<tr><th scope="row">2020</th><td>5,0</td><td>1</td><td>nulmeting</td></tr>',
    );
    expect(monitorHtml).toContain('<th scope="rowgroup" colspan="4">Alle partijen</th>');
    expect(monitorHtml).toContain('<th scope="row">Vertrouwen</th><td>4</td><td>0</td>');
    // In the PDF each chart is a figure with its /Alt (the summary's two and the monitor's three).
    const raw = Buffer.from(all.pdf).toString('latin1');
    const figures = raw.match(/\/S \/Figure\b/g) ?? [];
    expect(figures.length).toBe(5);
    expect((raw.match(/\/Alt\s*[(<]/g) ?? []).length).toBe(figures.length);
  });

  it('has both sections in the table of contents and the bookmarks, at the right pages', async () => {
    expect(all.steps).toEqual(['afdrukken', 'controleren']);
    const outline = await outlinePages(all.pdf);
    for (const id of ['verslagen', 'monitor'] as const) {
      const title = DOSSIER_SECTION_LABELS[id];
      const page = all.pages.get(id)!;
      expect(outline.get(title)).toBe(page);
      expect(all.texts[0]).toContain(`${title} ${page}`);
      expect(all.texts[page - 1]!.startsWith(title)).toBe(true);
    }
  });

  it('ends no page in a label or heading without what follows it', async () => {
    const feet = await pageFeet(all.pdf);
    expect(labelFeet(feet, footLabels(all.html), all.pages.values())).toEqual([]);
  });

  it('says so when a region has no enquêtes and no verslagen', async () => {
    const empty = demo.call('regions.create', { name: 'Regio Zonder Verslagen' });
    const data = collectDossier(
      demo.call,
      dossierOptions.parse({ regionId: empty.id, sections: ['verslagen', 'monitor'] }),
      TODAY,
    );
    const texts = await pageTexts((await printDossier(data, demo.printer.engine)).pdf);
    const text = texts.join(' ');
    expect(text).toContain('Geen gespreksverslagen in deze periode.');
    expect(text).toContain('Nog geen enquêtes bij de gespreksverslagen van deze regio');
  }, 120_000);
});
