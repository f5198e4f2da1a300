/** Small helpers for the benchmark: timing, percentiles, and the PASS/FAIL table. */

export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'rijen' | 'x' | 'p/s' | "pagina's";
  /** Upper bound; undefined for figures that are only reported. */
  budget?: number;
}

const fmt = (n: number, unit: string) =>
  `${n.toLocaleString('nl-NL', { maximumFractionDigits: n < 10 ? 2 : 1 })} ${unit}`;

export function report(title: string, figures: Figure[]): { failed: number; text: string } {
  const rows = figures.map((f) => [
    f.name,
    fmt(f.value, f.unit),
    f.budget === undefined ? '–' : `≤ ${fmt(f.budget, f.unit)}`,
    f.budget === undefined ? '' : f.value <= f.budget ? 'PASS' : 'FAIL',
  ]);
  const header = ['meting', 'waarde', 'budget', 'uitslag'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const failed = rows.filter((r) => r[3] === 'FAIL').length;
  const text = [
    title,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    failed ? `${failed} budget(ten) overschreden.` : 'Alle budgetten gehaald.',
  ].join('\n');
  return { failed, text };
}
