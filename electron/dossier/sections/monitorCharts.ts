/**
 * The samenwerkingsmonitor's charts as inline SVG for print (no scripts, sharp on paper), in the
 * house style of summary.ts: role="img" with an aria-label and a <title> that name every number,
 * so the figure's text alternative holds what the picture shows; labels sized to their text.
 */
import type { MonitorPoint } from '../../../shared/schemas/monitor';
import { esc } from '../html';

const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const SIGNED = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** "6,5" */
export const grade = (n: number) => ONE_DECIMAL.format(n);
/** "+2,0", "-0,5", "0,0" */
export const change = (n: number) => SIGNED.format(n);
/** "nulmeting" for the first year, else the change against it. */
export const changeText = (p: Pick<MonitorPoint, 'baseline' | 'change'>) =>
  p.baseline ? 'nulmeting' : change(p.change ?? 0);

/** About 5.6 px a character at 11 px in Source Sans 3 (summary.ts measures the same way). */
const textWidth = (text: string, size = 11) => Math.ceil(text.length * size * 0.51);

const WIDTH = 600;
const MAIN = '#0f3d66';
/** Distinct in colour and, for grey print, in dash pattern and marker. */
const PALETTE = ['#b45309', '#15803d', '#7c3aed', '#0e7490', '#be185d', '#4b5563', '#a16207'];
const DASHES = ['6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4', '3 2 1 2'];

function figure(alt: string, width: number, height: number, body: string, caption: string) {
  return `<div class="chart"><svg role="img" aria-label="${esc(alt)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(alt)}</title>${body}</svg><p class="caption">${esc(caption)}</p></div>`;
}

/** A marker per series: the overall series a filled dot, the others their own shape. */
function marker(series: number, x: number, y: number, color: string): string {
  if (series === 0) return `<circle cx="${x}" cy="${y}" r="4" fill="${color}"></circle>`;
  // Hollow and larger than the dot, so one on the same spot rings it instead of hiding it.
  const shape = (series - 1) % 4;
  const stroke = `fill="none" stroke="${color}" stroke-width="1.5"`;
  if (shape === 0) return `<circle cx="${x}" cy="${y}" r="6.5" ${stroke}></circle>`;
  if (shape === 1)
    return `<rect x="${x - 6}" y="${y - 6}" width="12" height="12" ${stroke}></rect>`;
  if (shape === 2)
    return `<polygon points="${x},${y - 8.5} ${x + 8},${y + 5.5} ${x - 8},${y + 5.5}" ${stroke}></polygon>`;
  return `<polygon points="${x},${y - 8} ${x + 8},${y} ${x},${y + 8} ${x - 8},${y}" ${stroke}></polygon>`;
}

export interface LineSeries {
  label: string;
  points: MonitorPoint[];
}

/**
 * The average rapportcijfer per year as lines on the scale 1–10: the first series (all parties)
 * bold with its values and, per year, "nulmeting" or the change against it; the others (per kind
 * of party) thinner, each with its colour, dash and marker, named in the legend below. With
 * `overall: false` (the themes, each its own nulmeting) every series is a thinner one.
 */
export function lineChart(
  title: string,
  series: LineSeries[],
  { overall = true }: { overall?: boolean } = {},
): string {
  // Without an overall series (the themes) every line is one of the thinner ones.
  const rank = (i: number) => (overall ? i : i + 1);
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const left = 40;
  const right = 24;
  const top = 34;
  const plotHeight = 200;
  const inner = WIDTH - left - right - 40;
  const x = (year: number) =>
    Math.round(
      left + 20 + (last === first ? inner / 2 : ((year - first) / (last - first)) * inner),
    );
  const y = (value: number) => Math.round(top + ((10 - value) / 9) * plotHeight);
  const grid = Array.from({ length: 10 }, (_, i) => i + 1)
    .map(
      (v) =>
        `<line x1="${left}" x2="${WIDTH - right}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 1 ? '#6b7b8b' : '#d0d7de'}" stroke-width="0.75"></line>
        <text x="${left - 8}" y="${y(v) + 4}" font-size="10" text-anchor="end" fill="#5a6b7b">${v}</text>`,
    )
    .join('');
  const yearTicks = Array.from({ length: last - first + 1 }, (_, i) => first + i)
    .map(
      (year) =>
        `<text x="${x(year)}" y="${top + plotHeight + 18}" font-size="10" text-anchor="middle" fill="#5a6b7b">${year}</text>`,
    )
    .join('');
  // Lines first, then markers, then the values: where a kind of party has the same average as
  // all parties, its hollow marker rings the dot, and no line hides a value.
  const color = (i: number) => (i === 0 ? MAIN : PALETTE[(i - 1) % PALETTE.length]!);
  const styled = series.map((s, index) => ({ s, i: rank(index), color: color(rank(index)) }));
  const lines = styled
    .filter(({ s }) => s.points.length > 1)
    .map(({ s, i, color }) => {
      const path = s.points.map((p, k) => `${k ? 'L' : 'M'}${x(p.year)} ${y(p.average)}`).join(' ');
      return `<path d="${path}" fill="none" stroke="${color}" stroke-width="${i === 0 ? 2.5 : 1.5}"${
        i === 0 ? '' : ` stroke-dasharray="${DASHES[(i - 1) % DASHES.length]}"`
      }></path>`;
    })
    .join('');
  const markers = styled
    .flatMap(({ s, i, color }) => s.points.map((p) => marker(i, x(p.year), y(p.average), color)))
    .join('');
  const values = (overall ? series[0]!.points : [])
    .map(
      (p) =>
        `<text x="${x(p.year)}" y="${y(p.average) - 19}" font-size="10" font-weight="700" text-anchor="middle" fill="${MAIN}">${grade(p.average)}</text>
        <text x="${x(p.year)}" y="${y(p.average) - 9}" font-size="9" text-anchor="middle" fill="${MAIN}">${changeText(p)}</text>`,
    )
    .join('');
  const drawn = lines + markers + values;
  // The legend, wrapped to the chart's width.
  let lx = left;
  let ly = top + plotHeight + 42;
  const legend = styled
    .map(({ s, i, color }) => {
      const width = 34 + textWidth(s.label) + 18;
      if (lx + width > WIDTH && lx > left) {
        lx = left;
        ly += 18;
      }
      const item = `<line x1="${lx}" x2="${lx + 26}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="${i === 0 ? 2.5 : 1.5}"${
        i === 0 ? '' : ` stroke-dasharray="${DASHES[(i - 1) % DASHES.length]}"`
      }></line>${marker(i, lx + 13, ly - 4, color)}<text x="${lx + 34}" y="${ly}" font-size="11">${esc(s.label)}</text>`;
      lx += width;
      return item;
    })
    .join('');
  const height = ly + 10;
  const alt = `${title}, op een schaal van 1 tot 10. ${series
    .map(
      (s) =>
        `${s.label}: ${s.points
          .map((p) => `${p.year} ${grade(p.average)} (${changeText(p)})`)
          .join(', ')}`,
    )
    .join('; ')}.`;
  return figure(alt, WIDTH, height, grid + yearTicks + drawn + legend, title);
}

/** Words of `text` in lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface PairedBar {
  label: string;
  values: [number, number];
}

/**
 * Two bars per row (positive and negative), each with its number beside it; the labels' column
 * as wide as the longest label, a label longer than 40 characters over two lines.
 */
export function pairedBars(title: string, names: [string, string], rows: PairedBar[]): string {
  const colors = ['#1c5d99', '#b45309'];
  const lines = rows.map((r) => wrap(r.label, 40));
  const labels = Math.min(260, Math.max(80, ...lines.flat().map((l) => textWidth(l) + 12)));
  const room = WIDTH - labels - 34;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const bar = 11;
  const legendHeight = 24;
  let at = legendHeight;
  const body = rows
    .map((r, i) => {
      const rowHeight = Math.max(2 * bar + 12, lines[i]!.length * 13 + 8);
      const y = at;
      at += rowHeight;
      const text = lines[i]!.map(
        (l, k) => `<text x="0" y="${y + 12 + k * 13}" font-size="11">${esc(l)}</text>`,
      ).join('');
      const bars = r.values
        .map((n, k) => {
          const width = Math.round((n / max) * room);
          const by = y + 3 + k * (bar + 2);
          return `<rect x="${labels}" y="${by}" width="${width}" height="${bar}" fill="${colors[k]}"></rect>
            <text x="${labels + width + 5}" y="${by + 9}" font-size="10">${n}</text>`;
        })
        .join('');
      return `${text}${bars}<line x1="0" x2="${WIDTH}" y1="${at - 2}" y2="${at - 2}" stroke="#eef3f8" stroke-width="0.75"></line>`;
    })
    .join('');
  const legend = names
    .map((name, k) => {
      const lx = labels + k * (textWidth(names[0]) + 40);
      return `<rect x="${lx}" y="4" width="12" height="10" fill="${colors[k]}"></rect><text x="${lx + 17}" y="13" font-size="11">${esc(name)}</text>`;
    })
    .join('');
  const alt = `${title}: ${rows
    .map(
      (r) =>
        `${r.label} ${names[0].toLocaleLowerCase('nl')} ${r.values[0]}, ${names[1].toLocaleLowerCase('nl')} ${r.values[1]}`,
    )
    .join('; ')}.`;
  return figure(alt, WIDTH, at + 4, legend + body, title);
}
