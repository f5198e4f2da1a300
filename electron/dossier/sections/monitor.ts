import { countNl } from '../../../shared/numbers';
import type { Monitor, MonitorSeries } from '../../../shared/schemas/monitor';
import { empty, esc } from '../html';
import { change, changeText, grade, lineChart, pairedBars } from './monitorCharts';
import type { SectionModule } from './types';

/**
 * A series' numbers as a table: a group row per series (all parties, a kind of party, a theme),
 * then a row per year with the average, the number of enquêtes and the change against the
 * nulmeting: what a chart shows, readable without it.
 */
function seriesTable(series: MonitorSeries[]): string {
  const head = ['Jaar', 'Gemiddeld rapportcijfer', 'Enquêtes', 'Verschil met nulmeting'];
  const rows = series.flatMap((s) => [
    `<tr class="group"><th scope="rowgroup" colspan="4">${esc(s.label)}</th></tr>`,
    ...s.points.map(
      (p) =>
        `<tr><th scope="row">${p.year}</th><td>${grade(p.average)}</td><td>${p.count}</td><td>${
          p.baseline ? 'nulmeting' : change(p.change ?? 0)
        }</td></tr>`,
    ),
  ]);
  return `<table class="series"><thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** "Nulmeting 2020: 5,0; 2026: 8,0 (+3,0)." */
function trend(m: Monitor): string {
  const points = m.overall.points;
  if (points.length === 0) return 'Er zijn nog geen rapportcijfers voor nu ingevuld.';
  const base = points[0]!;
  const last = points.at(-1)!;
  const now = last === base ? '' : `; ${last.year}: ${grade(last.average)} (${changeText(last)})`;
  return `Gemiddeld rapportcijfer van de samenwerking: nulmeting ${base.year}: ${grade(base.average)}${now}.`;
}

function gradesHtml(m: Monitor): string {
  if (m.overall.points.length === 0) return empty('Nog geen rapportcijfers ingevuld.');
  const series = [m.overall, ...m.byPartyType];
  return `${lineChart('Gemiddeld rapportcijfer per jaar, alle partijen en per soort partij', series)}
    ${seriesTable(series)}`;
}

function factorsHtml(m: Monitor): string {
  if (m.factors.every((f) => f.positive + f.negative === 0)) {
    return empty('Er zijn nog geen factoren genoemd.');
  }
  const rows = m.factors.map(
    (f) =>
      `<tr><th scope="row">${esc(f.label)}</th><td>${f.positive}</td><td>${f.negative}</td></tr>`,
  );
  return `${pairedBars(
    'Hoe vaak elke factor is genoemd, als positief en als negatief',
    ['Positief', 'Negatief'],
    m.factors.map((f) => ({ label: f.label, values: [f.positive, f.negative] })),
  )}
    <table class="factors"><thead><tr><th scope="col">Factor</th><th scope="col">Positief genoemd</th><th scope="col">Negatief genoemd</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function themesHtml(m: Monitor): string {
  if (m.byTheme.length === 0) return empty('Geen enquêtes bij verslagen met een thema.');
  return `<p class="lead-in">Het gemiddelde rapportcijfer per jaar van de verslagen met dat thema; de nulmeting is het eerste jaar van elk thema.</p>
    ${lineChart('Gemiddeld rapportcijfer per jaar per thema', m.byTheme, { overall: false })}
    ${seriesTable(m.byTheme)}`;
}

export const monitorSection: SectionModule = {
  id: 'monitor',
  title: 'Samenwerkingsmonitor',
  render(data) {
    const m = data.monitor;
    if (!m || m.surveys === 0) {
      return empty(
        'Nog geen enquêtes bij de gespreksverslagen van deze regio: de monitor begint bij de eerste (de nulmeting).',
      );
    }
    const start =
      m.startAverage === null
        ? ''
        : ` Het cijfer voor de samenwerking bij aanvang was gemiddeld ${grade(m.startAverage)}.`;
    return `<p>De rapportcijfers (1 tot 10) en factoren uit ${esc(
      countNl(m.surveys, 'enquête', 'enquêtes'),
    )} bij de gespreksverslagen van deze regio, over alle jaren (los van de periode van dit dossier). Het eerste jaar is de nulmeting; bij elk later jaar staat de verandering ten opzichte daarvan.</p>
      <p>${esc(trend(m))}${esc(start)}</p>
      <h2>Rapportcijfer per jaar</h2>
      ${gradesHtml(m)}
      <h2>Factoren</h2>
      ${factorsHtml(m)}
      <h2>Per thema</h2>
      ${themesHtml(m)}`;
  },
};
