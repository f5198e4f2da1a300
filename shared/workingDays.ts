/**
 * Working days in the Netherlands: Monday to Friday, except the public holidays. Pure; dates are
 * 'YYYY-MM-DD'. Used where the app proposes a date (the next voortgangsgesprek).
 *
 * The holidays are the algemeen erkende feestdagen of the Algemene termijnenwet: Nieuwjaarsdag,
 * Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede
 * Pinksterdag, Eerste en Tweede Kerstdag. Decisions:
 * - Goede Vrijdag is not a holiday here: the law does not name it and most municipalities and
 *   insurers work that day (some employers give it off by agreement).
 * - Bevrijdingsdag (5 May) counts every year: it is an official holiday every year, even though
 *   many employers give it off only every fifth year; a meeting proposed on it is best avoided.
 * - Koningsdag is 27 April, or 26 April when the 27th is a Sunday (the rule since 2014; earlier
 *   years, with Koninginnedag on 30 April, are not modelled).
 */

const DAY_MS = 86_400_000;

const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => fromUtc(toUtc(iso) + days * DAY_MS);
const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Dutch public holidays of a year: date → name, in date order. */
export function dutchHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  const list: [string, string][] = [
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [easter, 'Eerste Paasdag'],
    [plusDays(easter, 1), 'Tweede Paasdag'],
    [new Date(toUtc(kingsDay)).getUTCDay() === 0 ? `${year}-04-26` : kingsDay, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [plusDays(easter, 39), 'Hemelvaartsdag'],
    [plusDays(easter, 49), 'Eerste Pinksterdag'],
    [plusDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ];
  // Hemelvaartsdag can fall on Bevrijdingsdag (as in 2016): one day, both names.
  const out = new Map<string, string>();
  for (const [date, name] of list.sort((x, y) => x[0].localeCompare(y[0]))) {
    const other = out.get(date);
    out.set(date, other ? `${other} en ${name}` : name);
  }
  return out;
}

/** The holiday on `date`, or null. */
export function holidayOn(date: string): string | null {
  return dutchHolidays(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Why `date` is no working day ("zaterdag", "zondag", "Koningsdag"), or null when it is one. */
export function dayOff(date: string): string | null {
  const holiday = holidayOn(date);
  if (holiday) return holiday;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday === 0 ? 'zondag' : weekday === 6 ? 'zaterdag' : null;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  return dayOff(date) === null;
}

/** `date` when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = plusDays(day, 1);
  return day;
}
