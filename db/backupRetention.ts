/**
 * Which backups to keep (issue 9): every backup of the last 24 hours (a manual one must not push
 * out the safety copy made before this morning's restore), then the newest of each of the last 7
 * days that have a backup, of each of the last 4 ISO weeks and of each of the last 6 months;
 * every other one may go. The 6 months count this month in, so with a backup every day the
 * oldest kept is about five months old, and what was removed from the dossier is gone from every
 * backup within about five months (tests/integration/backups.test.ts measures it). Pure: takes
 * the backups' times and now, answers the ones to remove.
 *
 * A backup dated in the future (made while the computer's clock was wrong) is never the latest:
 * it takes no place in the rule, so it pushes out nothing and is not removed while its date lies
 * ahead (it may be the only copy of that work); once its date has passed it counts as any other.
 */
export interface Dated {
  /** ISO-8601 UTC time the backup was made. */
  at: string;
}

const day = (at: string) => at.slice(0, 10);
const month = (at: string) => at.slice(0, 7);

/** ISO week, e.g. "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(at: string): string {
  const d = new Date(`${day(at)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const RETENTION = { daily: 7, weekly: 4, monthly: 6 } as const;

const DAY_MS = 86_400_000;

/** A backup this far ahead of the clock is dated in the future (a name moved on by a millisecond
 * or two when two are made at once is not). */
const FUTURE_SLACK_MS = 60_000;

/** Made under a clock that was ahead: dated more than a minute after now. */
export const isFuture = (backup: Dated, now: Date): boolean =>
  Date.parse(backup.at) - now.getTime() > FUTURE_SLACK_MS;

/** The newest backup that is not dated in the future, or undefined. */
export function latestBackup<T extends Dated>(backups: readonly T[], now: Date): T | undefined {
  return [...backups].filter((b) => !isFuture(b, now)).sort((a, b) => b.at.localeCompare(a.at))[0];
}

export function toRemove<T extends Dated>(backups: readonly T[], now: Date): T[] {
  const newestFirst = [...backups]
    .filter((b) => !isFuture(b, now))
    .sort((a, b) => b.at.localeCompare(a.at));
  const recent = newestFirst.filter((b) => now.getTime() - Date.parse(b.at) < DAY_MS);
  const keep = new Set<T>([...newestFirst.slice(0, 1), ...recent]);
  const pick = (period: (at: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = period(backup.at);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup);
    }
  };
  pick(day, RETENTION.daily);
  pick(isoWeek, RETENTION.weekly);
  pick(month, RETENTION.monthly);
  return newestFirst.filter((b) => !keep.has(b));
}
