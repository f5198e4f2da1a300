/** Dutch date helpers. Date-only values are 'YYYY-MM-DD'; timestamps are ISO-8601 UTC. */

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Month names and the abbreviations people type ("12 nov 2026", "3 mrt 2027", "1 sept 2026"). */
const MONTH_WORDS = new Map<string, number>([
  ...MONTHS.map((name, i) => [name, i + 1] as const),
  ...MONTHS.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ['mrt', 3],
  ['sept', 9],
]);

const pad = (n: number) => String(n).padStart(2, '0');

/** y, m, d → 'YYYY-MM-DD' when that day exists, else null. */
function toIso(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date as a Dutch user types it → 'YYYY-MM-DD', or null when the text is not one date.
 * Day first, always: d-m-jjjj, dd-mm-jjjj, d/m/jjjj, d.m.jjjj, "12 nov 2026", "12 november 2026";
 * and jjjj-mm-dd. A two-digit year or an impossible day (31-02-2026) is not guessed at.
 */
export function parseDutchDate(text: string): string | null {
  const t = text.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) return toIso(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTH_WORDS.get(m[2]!);
    return month ? toIso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** The message beside a date field whose text is not a date. */
export const DATE_HINT = 'Onbekende datum. Schrijf bijvoorbeeld 12-11-2026 of 12 november 2026.';

/** '2026-11-22' → '22 november 2026'. */
export function formatDateNl(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = DATE_RE.exec(isoDate.slice(0, 10));
  if (!m) return isoDate;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** ISO timestamp → '22 november 2026 om 14:05' in the Dutch time zone. */
export function formatDateTimeNl(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  return `${formatDateNl(day)} om ${get('hour')}:${get('minute')}`;
}

/** Today's date (YYYY-MM-DD) in the Dutch time zone. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A period is current on `day` when it has begun and has not yet ended (`until` is exclusive). */
export function isCurrent(since: string | null, until: string | null, day: string): boolean {
  return (since === null || since <= day) && (until === null || until > day);
}
