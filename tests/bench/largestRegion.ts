/**
 * The largest region of the groot profile as a dossier (issue 21, item 13): 9,527 afspraken,
 * some 8,000 pages with a card each. It is refused up front (dossierSize.ts) within 2 s of the
 * request, or, should the limit ever allow it, printed; then its time is the figure.
 */
import fs from 'node:fs';
import { createApi } from '../../electron/api/createApi';
import { openChromiumPrinter } from '../../electron/dossier/chromiumPrinter';
import { collectDossier, type Call } from '../../electron/dossier/collect';
import { assertPrintable } from '../../electron/dossier/dossierSize';
import { printDossier } from '../../electron/dossier/print';
import { DomainError } from '../../shared/api/result';
import { todayIso } from '../../shared/dates';
import { dossierOptions } from '../../shared/schemas/dossier';
import type { Figure } from './stats';

/** The resident memory of every Chromium process now (Linux /proc; 0 elsewhere). */
export function chromiumRss(): number {
  if (!fs.existsSync('/proc')) return 0;
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*(chrom|headless_shell)/m.test(status)) continue;
      total += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

export async function largestRegionFigures(file: string, browser: string): Promise<Figure[]> {
  const api = await createApi(file, { checkOutput: false });
  try {
    const call: Call = (method, input) => {
      const result = api.invoke(method, input);
      if (!result.ok) throw new DomainError(result.error.code, result.error.message);
      return result.value as never;
    };
    const regions = call('regions.list', {}).map((r) => ({
      ...r,
      agreements: call('agreements.listIds', { regionId: r.id, includeConfidential: false }).length,
    }));
    const largest = regions.sort((a, b) => b.agreements - a.agreements)[0]!;
    const name = `grootste regio van groot (${largest.agreements} afspraken)`;
    // Timed from the request, as the export dialog's start: the database is open already.
    const start = performance.now();
    const options = dossierOptions.parse({ regionId: largest.id });
    try {
      assertPrintable(call, options);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [
        {
          name: `${name}: vooraf geweigerd met uitleg, na`,
          value: performance.now() - start,
          unit: 'ms',
          budget: 2000,
        },
      ];
    }
    const printer = await openChromiumPrinter(browser);
    try {
      const data = collectDossier(call, options, todayIso());
      const printed = await printDossier(data, printer.engine);
      return [
        {
          name: `${name}: afgedrukt (${printed.pageCount} pagina's) in`,
          value: (performance.now() - start) / 1000,
          unit: 's',
        },
      ];
    } finally {
      await printer.close();
    }
  } finally {
    api.close();
  }
}
