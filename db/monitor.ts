/**
 * The samenwerkingsmonitor's aggregates (shared/schemas/monitor.ts) in SQL: sums and counts of the
 * rapportcijfers per year and kind of party, per year and theme, and the factors named; the
 * series are put together from them here. Each statement walks the conversation_list index for
 * the region (live verslagen only).
 */
import {
  PARTY_TYPE_LABELS,
  SURVEY_FACTOR_LABELS,
  SURVEY_FACTORS,
  type PartyType,
  type SurveyFactor,
} from '../shared/domain';
import type { Monitor, MonitorSeries } from '../shared/schemas/monitor';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

/** Live verslagen of the region; vertrouwelijke ones only when @all is 1. */
const SCOPE = `c.region_id = @regionId AND c.deleted_at IS NULL AND (@all = 1 OR c.confidential = 0)`;
const LIVE = `FROM conversation c JOIN conversation_survey s ON s.conversation_id = c.id
  WHERE ${SCOPE}`;

/** The SQL of the monitor, also timed raw in the bench beside this module. */
export const MONITOR_SQL = {
  byType: `SELECT CAST(substr(c.date, 1, 4) AS INTEGER) AS year, s.respondent_type AS type,
      sum(s.score_now) AS total, count(s.score_now) AS n
    ${LIVE} AND s.score_now IS NOT NULL GROUP BY year, type ORDER BY year`,
  byTheme: `SELECT CAST(substr(c.date, 1, 4) AS INTEGER) AS year, t.id AS themeId,
      t.name AS name, sum(s.score_now) AS total, count(s.score_now) AS n
    ${LIVE.replace('WHERE', 'JOIN conversation_theme ct ON ct.conversation_id = c.id JOIN theme t ON t.id = ct.theme_id WHERE')}
      AND s.score_now IS NOT NULL GROUP BY year, t.id ORDER BY t.name, year`,
  factors: `SELECT f.effect AS effect, f.factor AS factor, count(*) AS n
    FROM conversation c JOIN conversation_survey_factor f ON f.conversation_id = c.id
    WHERE ${SCOPE} GROUP BY f.effect, f.factor`,
  totals: `SELECT count(*) AS surveys, avg(s.score_start) AS startAverage ${LIVE}`,
} as const;

const round = (n: number) => Math.round(n * 10) / 10;

/** Points per year from sums and counts; the first year is the nulmeting. */
function series(key: string, label: string, rows: { year: number; total: number; n: number }[]) {
  const byYear = new Map<number, { total: number; n: number }>();
  for (const r of rows) {
    const y = byYear.get(r.year) ?? { total: 0, n: 0 };
    byYear.set(r.year, { total: y.total + r.total, n: y.n + r.n });
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const base = years.length ? byYear.get(years[0]!)!.total / byYear.get(years[0]!)!.n : 0;
  return {
    key,
    label,
    points: years.map((year, i) => {
      const { total, n } = byYear.get(year)!;
      const average = round(total / n);
      return {
        year,
        average,
        count: n,
        baseline: i === 0,
        change: i === 0 ? null : round(total / n - base),
      };
    }),
  } satisfies MonitorSeries;
}

/** The kinds of party the monitor shows first (the werkstructuur's partners and the aanbieder). */
const TYPE_ORDER: readonly PartyType[] = [
  'gemeente',
  'zorgverzekeraar',
  'zorgkantoor',
  'zorgaanbieder',
  'ggd',
  'welzijn',
  'overig',
];

export function createMonitorQuery(db: Db) {
  const byType = prepareRows<{ year: number; type: PartyType; total: number; n: number }>(
    db,
    MONITOR_SQL.byType,
    { year: 'number', type: 'text', total: 'number', n: 'number' },
  );
  const byTheme = prepareRows<{
    year: number;
    themeId: string;
    name: string;
    total: number;
    n: number;
  }>(db, MONITOR_SQL.byTheme, {
    year: 'number',
    themeId: 'text',
    name: 'text',
    total: 'number',
    n: 'number',
  });
  const factors = prepareRows<{ effect: 'positief' | 'negatief'; factor: SurveyFactor; n: number }>(
    db,
    MONITOR_SQL.factors,
    { effect: 'text', factor: 'text', n: 'number' },
  );
  const totals = prepareRows<{ surveys: number; startAverage: number | null }>(
    db,
    MONITOR_SQL.totals,
    { surveys: 'number', startAverage: 'number?' },
  );

  return (regionId: string, includeConfidential = true): Monitor => {
    const v = { regionId, all: includeConfidential ? 1 : 0 };
    const typeRows = byType.all(v);
    const themeRows = byTheme.all(v);
    const themes = new Map<string, { name: string; rows: typeof themeRows }>();
    for (const r of themeRows) {
      const t = themes.get(r.themeId) ?? { name: r.name, rows: [] };
      t.rows.push(r);
      themes.set(r.themeId, t);
    }
    const counted = new Map(factors.all(v).map((f) => [`${f.effect}/${f.factor}`, f.n]));
    const t = totals.get(v);
    return {
      regionId,
      surveys: t?.surveys ?? 0,
      startAverage: t?.startAverage == null ? null : round(t.startAverage),
      overall: series('alle', 'Alle partijen', typeRows),
      byPartyType: TYPE_ORDER.filter((type) => typeRows.some((r) => r.type === type)).map((type) =>
        series(
          type,
          PARTY_TYPE_LABELS[type],
          typeRows.filter((r) => r.type === type),
        ),
      ),
      byTheme: [...themes.entries()].map(([themeId, v]) => series(themeId, v.name, v.rows)),
      factors: SURVEY_FACTORS.map((factor) => ({
        factor,
        label: SURVEY_FACTOR_LABELS[factor],
        positive: counted.get(`positief/${factor}`) ?? 0,
        negative: counted.get(`negatief/${factor}`) ?? 0,
      })),
    };
  };
}
