import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createApi } from '../../electron/api/createApi';
import { openChromiumPrinter, pdfOptions } from '../../electron/dossier/chromiumPrinter';
import { collectDossier, type Call } from '../../electron/dossier/collect';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { pageFeet } from '../../electron/dossier/outline';
import { NO_TEMPLATES, printDossier, type PrintOptions } from '../../electron/dossier/print';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../harness/launch';
import { todayIso } from '../../shared/dates';
import { dossierOptions } from '../../shared/schemas/dossier';
import { footLabels, labelFeet } from '../fixtures/pageFoot';
import { seedLargeRegion } from './dossierData';
import type { Figure } from './stats';
import { chromiumRss, largestRegionFigures } from './largestRegion';

/**
 * The regiodossier of a large region (issue 8): the whole export (collect, two prints, metadata)
 * beside one print of the same final HTML by Chromium, pages per second, and the peak memory of
 * this process (Chromium's own memory is its own process).
 */
/** Chromium alone: load the final HTML and print it with the same options, timed. */
async function plainPrint(executablePath: string, html: string, o: PrintOptions) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const start = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf(pdfOptions(o));
    return (performance.now() - start) / 1000;
  } finally {
    await browser.close();
  }
}

export async function dossierFigures(grootFile: string): Promise<Figure[]> {
  const browser = findBrowser();
  if (!browser) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-dossier-'));
  const api = await createApi(path.join(dir, 'd.db'), { checkOutput: false });
  const printer = await openChromiumPrinter(browser);
  try {
    const size = { agreements: 700, meetings: 70 };
    const regionId = seedLargeRegion(api, size);
    const call: Call = (method, input) => {
      const result = api.invoke(method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as never;
    };
    let peak = process.memoryUsage().rss;
    let chromiumPeak = 0;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
      chromiumPeak = Math.max(chromiumPeak, chromiumRss());
    }, 250);
    const start = performance.now();
    const data = collectDossier(call, dossierOptions.parse({ regionId }), todayIso());
    const collected = performance.now();
    const steps: string[] = [];
    const printed = await printDossier(data, printer.engine, (step) => steps.push(step));
    const total = performance.now() - start;
    clearInterval(sample);
    const chromium = await plainPrint(browser, printed.html, NO_TEMPLATES);
    const pages = printed.pageCount;
    const labelsAtFoot = labelFeet(
      await pageFeet(printed.pdf),
      footLabels(printed.html),
      printed.pages.values(),
    ).length;
    return [
      {
        name: `regiodossier grote regio (${size.agreements} afspraken, ${size.meetings} overleggen, ${pages} pagina's), totaal`,
        value: total / 1000,
        unit: 's',
      },
      {
        name: 'keren geprint (1: de gemeten paginanummers klopten)',
        value: steps.includes('opnieuw') ? 2 : 1,
        unit: 'x',
        budget: 1,
      },
      { name: 'waarvan gegevens verzamelen', value: (collected - start) / 1000, unit: 's' },
      { name: 'Chromium laadt en print dezelfde HTML één keer', value: chromium, unit: 's' },
      { name: 'export / die ene print', value: total / 1000 / chromium, unit: 'x', budget: 1.5 },
      { name: "pagina's per seconde (export)", value: pages / (total / 1000), unit: 'p/s' },
      {
        name: "pagina's die eindigen op een label of kop zonder vervolg",
        value: labelsAtFoot,
        unit: "pagina's",
        budget: 0,
      },
      { name: 'piekgeheugen exporterend proces', value: peak / 1024 / 1024, unit: 'MB' },
      {
        name: 'piekgeheugen Chromium (alle processen)',
        value: chromiumPeak / 1024 / 1024,
        unit: 'MB',
      },
      ...(await largestRegionFigures(grootFile, browser)),
    ];
  } finally {
    await printer.close();
    api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
