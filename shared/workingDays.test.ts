import { describe, expect, it } from 'vitest';
import {
  dayOff,
  dutchHolidays,
  easterSunday,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
} from './workingDays';

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('dutchHolidays', () => {
  it('lists the holidays of 2026 in date order', () => {
    expect([...dutchHolidays(2026)]).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-05', 'Eerste Paasdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-24', 'Eerste Pinksterdag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it.each([
    [2025, '2025-05-29', '2025-06-09'],
    [2027, '2027-05-06', '2027-05-17'],
    [2028, '2028-05-25', '2028-06-05'],
  ])('%i: Hemelvaartsdag %s, Tweede Pinksterdag %s', (year, ascension, whitMonday) => {
    expect(dutchHolidays(year).get(ascension)).toBe('Hemelvaartsdag');
    expect(dutchHolidays(year).get(whitMonday)).toBe('Tweede Pinksterdag');
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(holidayOn('2025-04-26')).toBe('Koningsdag');
    expect(holidayOn('2025-04-27')).toBeNull();
    expect(holidayOn('2031-04-26')).toBe('Koningsdag');
    expect(holidayOn('2027-04-27')).toBe('Koningsdag');
  });

  it('gives one day both names when Hemelvaartsdag falls on Bevrijdingsdag', () => {
    expect(easterSunday(2016)).toBe('2016-03-27');
    expect(holidayOn('2016-05-05')).toBe('Bevrijdingsdag en Hemelvaartsdag');
    expect([...dutchHolidays(2016)]).toHaveLength(9);
    expect(holidayOn('2008-05-01')).toBe('Hemelvaartsdag');
    // 2285: Easter 22 March, so Hemelvaartsdag is 30 April.
    expect(holidayOn('2285-04-30')).toBe('Hemelvaartsdag');
  });

  it('does not count Goede Vrijdag; counts Bevrijdingsdag every year', () => {
    expect(holidayOn('2026-04-03')).toBeNull();
    expect(holidayOn('2027-05-05')).toBe('Bevrijdingsdag');
    expect(holidayOn('2029-05-05')).toBe('Bevrijdingsdag');
  });
});

describe('working days', () => {
  it('are Monday to Friday outside the holidays', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Hemelvaartsdag, a Thursday
  });

  it('names why a day is no working day', () => {
    expect(dayOff('2026-11-28')).toBe('zaterdag');
    expect(dayOff('2026-11-29')).toBe('zondag');
    expect(dayOff('2027-04-27')).toBe('Koningsdag');
    expect(dayOff('2026-11-23')).toBeNull();
  });

  it('moves a date to the next working day', () => {
    expect(nextWorkingDay('2026-11-23')).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-29')).toBe('2026-11-30');
    // Christmas on Friday, the weekend: Monday 28 December.
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
    // Eerste Paasdag, Tweede Paasdag: Tuesday.
    expect(nextWorkingDay('2026-04-05')).toBe('2026-04-07');
    // Pinksteren 2026: Sunday 24 and Monday 25 May.
    expect(nextWorkingDay('2026-05-23')).toBe('2026-05-26');
    // New Year 2028 is a Saturday: Monday 3 January.
    expect(nextWorkingDay('2027-12-31')).toBe('2027-12-31');
    expect(nextWorkingDay('2028-01-01')).toBe('2028-01-03');
  });
});
