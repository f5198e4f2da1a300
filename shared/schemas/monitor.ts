/**
 * The samenwerkingsmonitor of a region (issue 22, item 3): the rapportcijfers of the enquêtes in
 * its gespreksverslagen per year, overall, per kind of party that answered and per theme; the
 * first year of a series is its nulmeting and every later year its change against it; and how
 * often each positive and negative factor was named.
 */
import { z } from '../zod';
import { SURVEY_FACTORS } from '../domain';
import { id } from './common';

export const monitorPoint = z.object({
  year: z.number().int(),
  /** Average of "cijfer nu" that year, to one decimal. */
  average: z.number(),
  count: z.number().int(),
  /** The first year of the series: the nulmeting. */
  baseline: z.boolean(),
  /** Against the nulmeting, to one decimal (null for the nulmeting itself). */
  change: z.number().nullable(),
});
export type MonitorPoint = z.infer<typeof monitorPoint>;

export const monitorSeries = z.object({
  key: z.string(),
  label: z.string(),
  points: z.array(monitorPoint),
});
export type MonitorSeries = z.infer<typeof monitorSeries>;

export const monitorFactor = z.object({
  factor: z.enum(SURVEY_FACTORS),
  label: z.string(),
  positive: z.number().int(),
  negative: z.number().int(),
});
export type MonitorFactor = z.infer<typeof monitorFactor>;

export const monitor = z.object({
  regionId: id,
  /** Verslagen with an enquête (live ones). */
  surveys: z.number().int(),
  /** Average "cijfer bij aanvang" over all enquêtes, or null. */
  startAverage: z.number().nullable(),
  overall: monitorSeries,
  byPartyType: z.array(monitorSeries),
  byTheme: z.array(monitorSeries),
  factors: z.array(monitorFactor),
});
export type Monitor = z.infer<typeof monitor>;
