import { describe, expect, it } from 'vitest';
import {
  formatDateNl,
  formatDateTimeNl,
  isCurrent,
  isIsoDate,
  parseDutchDate,
  todayIso,
} from './dates';

describe('isIsoDate', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29', '1999-12-31', '2026-01-01'])(
    'accepts %s',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
    },
  );
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-11-22T10:00:00Z',
    '22-11-2026',
    '2026-1-5',
    ' 2026-11-22',
    '',
  ])('rejects %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('formatDateNl', () => {
  it('writes Dutch dates without leading zero', () => {
    expect(formatDateNl('2026-11-22')).toBe('22 november 2026');
    expect(formatDateNl('2026-03-01')).toBe('1 maart 2026');
    expect(formatDateNl('2027-01-09')).toBe('9 januari 2027');
  });
  it('takes the date part of a timestamp and passes odd input through', () => {
    expect(formatDateNl('2026-05-31T23:59:00Z')).toBe('31 mei 2026');
    expect(formatDateNl(null)).toBe('');
    expect(formatDateNl(undefined)).toBe('');
    expect(formatDateNl('morgen')).toBe('morgen');
  });
});

describe('formatDateTimeNl (Europe/Amsterdam)', () => {
  it('uses CET in winter and CEST in summer', () => {
    expect(formatDateTimeNl('2026-11-22T10:00:00Z')).toBe('22 november 2026 om 11:00');
    expect(formatDateTimeNl('2026-07-01T10:05:00Z')).toBe('1 juli 2026 om 12:05');
  });
  it('moves to the next Dutch day near midnight UTC', () => {
    expect(formatDateTimeNl('2026-12-31T23:30:00Z')).toBe('1 januari 2027 om 00:30');
    expect(formatDateTimeNl('2026-06-30T22:00:00Z')).toBe('1 juli 2026 om 00:00');
  });
  it('passes an invalid timestamp through', () => {
    expect(formatDateTimeNl('gisteren')).toBe('gisteren');
  });
});

describe('todayIso', () => {
  it('is the Dutch calendar day', () => {
    expect(todayIso(new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-22');
    expect(todayIso(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('isCurrent', () => {
  const day = '2026-11-22';
  it('is open-ended without dates', () => {
    expect(isCurrent(null, null, day)).toBe(true);
  });
  it('includes the start day and excludes the end day', () => {
    expect(isCurrent('2026-11-22', null, day)).toBe(true);
    expect(isCurrent('2026-11-23', null, day)).toBe(false);
    expect(isCurrent(null, '2026-11-22', day)).toBe(false);
    expect(isCurrent(null, '2026-11-23', day)).toBe(true);
    expect(isCurrent('2026-01-01', '2026-11-23', day)).toBe(true);
    expect(isCurrent('2025-01-01', '2026-01-01', day)).toBe(false);
  });
});

describe('parseDutchDate', () => {
  // The first real use found "12-11-2026" saved as 11 december 2026: day first, always.
  it.each([
    ['12-11-2026', '2026-11-12'],
    ['25-11-2026', '2026-11-25'],
    ['1-12-2026', '2026-12-01'],
    ['01-12-2026', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    ['1.12.2026', '2026-12-01'],
    ['12 nov 2026', '2026-11-12'],
    ['12 nov. 2026', '2026-11-12'],
    ['12 November 2026', '2026-11-12'],
    ['3 mrt 2027', '2027-03-03'],
    ['1 sept 2026', '2026-09-01'],
    ['  29-2-2028 ', '2028-02-29'],
    ['2026-11-12', '2026-11-12'],
    ['2026-1-5', '2026-01-05'],
  ])('%j is %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    '31-02-2026',
    '12-13-2026',
    '12-11-26',
    '12-11',
    'morgen',
    '12 foo 2026',
    '',
    '12-11/2026',
  ])('refuses %j', (text) => {
    expect(parseDutchDate(text)).toBeNull();
  });

  it('reads back what formatDateNl writes', () => {
    for (const iso of ['2026-01-01', '2026-03-15', '2026-12-31']) {
      expect(parseDutchDate(formatDateNl(iso))).toBe(iso);
    }
  });
});
