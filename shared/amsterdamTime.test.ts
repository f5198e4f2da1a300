import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from './amsterdamTime';

describe('amsterdamToUtc', () => {
  it('winter time is UTC+1, summer time UTC+2', () => {
    expect(amsterdamToUtc('2026-11-12', '14:00').toISOString()).toBe('2026-11-12T13:00:00.000Z');
    expect(amsterdamToUtc('2027-06-03', '09:30').toISOString()).toBe('2027-06-03T07:30:00.000Z');
  });

  it('the days summer time starts and ends', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(amsterdamToUtc('2026-03-29', '12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(amsterdamToUtc('2026-03-28', '12:00').toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });
});
