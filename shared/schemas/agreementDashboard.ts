/** The regio-overzicht of the afsprakenregister: counts per theme and status, and warning cards. */
import { z } from '../zod';
import { agreementStatus } from './agreement';
import { id } from './common';

export const dashboardItem = z.object({
  id,
  title: z.string(),
  status: agreementStatus,
  date: z.string().nullable(),
});

/** The regio-overzicht's agreement figures: counts only, cheap enough for the first screen. */
export const agreementSummary = z.object({
  total: z.number().int(),
  evaluationOverdue: z.number().int(),
  withoutOwner: z.number().int(),
  reviewWaiting: z.number().int(),
  /** Beoordelingspakketten without a response read in, and of those the ones past reply-by. */
  reviewPackagesOpen: z.number().int(),
  reviewPackagesOverdue: z.number().int(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;

/** How many agreements each dashboard card names; its count links to the whole list. */
export const DASHBOARD_SHOWN = 5;
/** A dashboard card: how many agreements, and the first DASHBOARD_SHOWN of them. */
const dashboardList = z.object({
  count: z.number().int(),
  items: z.array(dashboardItem).max(DASHBOARD_SHOWN),
});

export const dashboard = z.object({
  regionId: id,
  day: z.string(),
  /** Per theme (and one row for agreements without an active theme): counts per status. */
  matrix: z.array(
    z.object({
      themeId: id.nullable(),
      themeName: z.string(),
      counts: z.record(agreementStatus, z.number().int()),
      total: z.number().int(),
    }),
  ),
  totals: z.record(agreementStatus, z.number().int()),
  evaluationsDue: dashboardList,
  evaluationsOverdue: dashboardList,
  withoutOwner: dashboardList,
  withoutDekking: dashboardList,
  staleProgress: dashboardList,
  reviews: z.object({
    wacht: dashboardList,
    akkoord: dashboardList,
    opmerkingen: dashboardList,
  }),
});
export type Dashboard = z.infer<typeof dashboard>;
