import { describe, expect, it } from 'vitest';
import {
  change,
  grade,
  lineChart,
  pairedBars,
} from '../../../electron/dossier/sections/monitorCharts';

const point = (year: number, average: number, baseline: boolean, delta: number | null) => ({
  year,
  average,
  count: 1,
  baseline,
  change: delta,
});

/** The monitor's print charts: Dutch numbers, one year as well as many, every number in the alt. */
describe('the samenwerkingsmonitor’s charts', () => {
  it('writes numbers the Dutch way, with a sign for a change', () => {
    expect(grade(6.5)).toBe('6,5');
    expect(grade(7)).toBe('7,0');
    expect(change(2)).toBe('+2,0');
    expect(change(-0.5)).toBe('-0,5');
    expect(change(0)).toBe('0,0');
  });

  it('draws a single year in the middle, and names it the nulmeting', () => {
    const svg = lineChart('Cijfer', [
      { label: 'Alle partijen', points: [point(2024, 6, true, null)] },
    ]);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      'aria-label="Cijfer, op een schaal van 1 tot 10. Alle partijen: 2024 6,0 (nulmeting)."',
    );
    expect(svg).toContain(
      '<title>Cijfer, op een schaal van 1 tot 10. Alle partijen: 2024 6,0 (nulmeting).</title>',
    );
    expect(svg).not.toContain('<path');
  });

  it('draws a line per series with its own dash, and a legend that wraps', () => {
    const series = [
      'Alle partijen',
      'Gemeente',
      'Zorgverzekeraar',
      'Zorgkantoor',
      'Zorgaanbieder',
      'GGD',
      'Welzijnsorganisatie',
      'Overig',
    ].map((label, i) => ({
      label,
      points: [point(2020, 5, true, null), point(2023, 5 + i * 0.5, false, i * 0.5)],
    }));
    const svg = lineChart('Cijfer', series);
    expect(svg.match(/<path /g)).toHaveLength(8);
    expect(new Set(svg.match(/stroke-dasharray="[^"]+"/g)).size).toBe(7);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain('Overig: 2020 5,0 (nulmeting), 2023 8,5 (+3,5)');
  });

  it('draws the themes without an overall series: no line bold, no values on the points', () => {
    const themes = ['Ouderen', 'GGZ'].map((label, i) => ({
      label,
      points: [point(2021, 6, true, null), point(2024, 7 + i, false, 1 + i)],
    }));
    const svg = lineChart('Per thema', themes, { overall: false });
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).not.toContain('stroke-width="2.5"');
    expect(svg.match(/stroke-dasharray="[^"]+"/g)).toHaveLength(4); // two lines, two legend keys
    expect(svg).not.toContain('>nulmeting<');
    expect(svg).toContain('GGZ: 2021 6,0 (nulmeting), 2024 8,0 (+2,0)');
    // The same series as overall: the first is bold and carries its values.
    const overall = lineChart('Per thema', themes);
    expect(overall).toContain('stroke-width="2.5"');
    expect(overall).toContain('>nulmeting<');
  });

  it('puts a long factor over two lines and names both counts of every factor', () => {
    const svg = pairedBars(
      'Factoren',
      ['Positief', 'Negatief'],
      [
        { label: 'Gedeelde maatschappelijke verantwoordelijkheid / belang', values: [2, 0] },
        { label: 'Vertrouwen', values: [4, 1] },
      ],
    );
    expect(svg).toContain('>Gedeelde maatschappelijke<');
    expect(svg).toContain('>verantwoordelijkheid / belang<');
    expect(svg).toContain('Vertrouwen positief 4, negatief 1');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
