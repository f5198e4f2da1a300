import { LineChart } from '@mantine/charts';
import type { MonitorSeries } from '../../../shared/schemas/monitor';
import { change, grade } from './monitorFormat';

/** Told apart by colour and by dash pattern (also in grey print or for colour-blind readers). */
const COLORS = [
  'blue.9',
  'orange.9',
  'teal.9',
  'grape.8',
  'cyan.9',
  'pink.9',
  'gray.8',
  'yellow.9',
];
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3', '4 4', '1 3', '10 4', '3 2 1 2'];
const SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Every year from the first to the last, so a year without enquêtes shows as a gap. */
function yearRange(series: MonitorSeries[]): number[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The average rapportcijfer per year as lines on the scale 1–10: the first series (all parties)
 * bold with its change against the nulmeting above each later point ("+2,0"), the others
 * (per kind of party) thinner and dashed; a vertical line marks the nulmeting's year. With
 * `overall={false}` (the themes, each with a nulmeting of its own) no series stands out and no
 * year is marked. The chart is an image for assistive technology (`label`); the table beside it
 * holds the same numbers.
 */
export function GradeChart(props: { series: MonitorSeries[]; label: string; overall?: boolean }) {
  const overall = props.overall === false ? undefined : props.series[0];
  const years = yearRange(props.series);
  const withData = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const data = withData.map((year) => {
    const row: Record<string, number | null> = { year };
    for (const s of props.series) {
      row[s.key] = s.points.find((p) => p.year === year)?.average ?? null;
    }
    return row;
  });
  const labels = withData.map((year) => {
    const point = overall?.points.find((p) => p.year === year);
    // The nulmeting has its own vertical line and label.
    return point && !point.baseline ? change(point.change ?? 0) : '';
  });
  const base = overall?.points.find((p) => p.baseline);
  const keys = props.series.map((s) => s.key);
  return (
    <div role="img" aria-label={props.label} className="monitor-chart">
      <LineChart
        h={340}
        data={data}
        dataKey="year"
        // In order: the thin dashed lines are drawn over the bold one where they coincide.
        series={props.series.map((s, i) => ({
          name: s.key,
          label: s.label,
          color: COLORS[i % COLORS.length],
          strokeDasharray: DASHES[i % DASHES.length],
        }))}
        curveType="linear"
        connectNulls
        accessibilityLayer={false}
        textColor="gray.8"
        valueFormatter={grade}
        withLegend
        legendProps={{
          verticalAlign: 'bottom',
          height: 56,
          // In the order of the table: all parties first.
          itemSorter: (item) => keys.indexOf(String(item.dataKey)),
        }}
        xAxisProps={{
          type: 'number',
          domain: [years[0] ?? 0, years.at(-1) ?? 0],
          ticks: years,
          allowDecimals: false,
          padding: { left: 48, right: 32 },
        }}
        yAxisProps={{
          domain: [1, 10],
          ticks: SCALE,
          interval: 0,
          allowDecimals: false,
          width: 32,
          tickFormatter: (v: number) => String(v),
        }}
        referenceLines={
          base
            ? [
                {
                  x: base.year,
                  label: `nulmeting ${base.year}`,
                  labelPosition: 'insideTopLeft',
                  color: 'gray.8',
                },
              ]
            : []
        }
        lineProps={(s) =>
          s.name === overall?.key
            ? {
                strokeWidth: 3,
                label: {
                  position: 'top',
                  offset: 10,
                  fontSize: 12,
                  fontWeight: 600,
                  fill: 'var(--mantine-color-blue-9)',
                  valueAccessor: (_entry, index) => labels[index] ?? '',
                },
              }
            : { strokeWidth: 2 }
        }
      />
    </div>
  );
}
