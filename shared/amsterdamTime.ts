/**
 * Meetings are planned in Dutch local time. These turn a date and clock time in Europe/Amsterdam
 * into the UTC instant (summer and winter time included), for calendar files.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Amsterdam's offset from UTC at `utcMs`, in ms (3,600,000 in winter, 7,200,000 in summer). */
function offsetAt(utcMs: number): number {
  const p = Object.fromEntries(
    parts.formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - utcMs;
}

/** '2026-11-12' + '14:00' in Amsterdam → the UTC Date (13:00Z in winter, 12:00Z in summer). */
export function amsterdamToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  const first = asUtc - offsetAt(asUtc);
  // Near a change of summer/winter time the offset of the result may differ: take that one.
  return new Date(asUtc - offsetAt(first));
}
