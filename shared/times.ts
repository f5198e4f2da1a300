/**
 * Clock times as a Dutch user types them → 'HH:MM' (the stored form, shown as 10:00). Next to
 * `dates.ts`'s `parseDutchDate`: the time fields read what people write in e-mails and agendas.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const toTime = (h: number, m: number) => (h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null);

/**
 * '10:00', '10.00', '9:30', '1000', '930', '10', '10u', '10u30', '10 uur' → '10:00' / '09:30' …;
 * null when the text is not one time of day. Minutes are always two digits: '9.5' is not read as
 * half past nine (nor as 9:05), and neither is '24:00'.
 */
export function parseDutchTime(text: string): string | null {
  const t = text.trim().toLocaleLowerCase('nl').replace(/\s+/g, '');
  let m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  if (m) return toTime(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})(?:u|uur|h)(\d{2})?$/.exec(t);
  if (m) return toTime(Number(m[1]), Number(m[2] ?? 0));
  m = /^(\d{1,2})(\d{2})$/.exec(t);
  if (m) return toTime(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})$/.exec(t);
  if (m) return toTime(Number(m[1]), 0);
  return null;
}

/** The message beside a time field whose text is not a time. */
export const TIME_HINT = 'Onbekende tijd. Schrijf bijvoorbeeld 14:00, 14.00 of 1400.';
