import { describe, expect, it } from 'vitest';
import { parseDutchTime } from './times';

describe('parseDutchTime', () => {
  it.each([
    ['10:00', '10:00'],
    ['10.00', '10:00'],
    ['1000', '10:00'],
    ['10u', '10:00'],
    ['10u30', '10:30'],
    ['10 uur', '10:00'],
    ['10U', '10:00'],
    ['10h15', '10:15'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['09.30', '09:30'],
    ['9', '09:00'],
    ['14', '14:00'],
    ['0000', '00:00'],
    ['23:59', '23:59'],
    ['  14.00 ', '14:00'],
  ])('reads %j as %s', (text, time) => {
    expect(parseDutchTime(text)).toBe(time);
  });

  it.each([
    '',
    '9.5',
    '10.5',
    '24:00',
    '10:60',
    '2400',
    '12345',
    '10:000',
    'tien uur',
    '10-00',
    '10:00:00',
    '1,5',
    '10u5',
    'u30',
  ])('refuses %j', (text) => {
    expect(parseDutchTime(text)).toBeNull();
  });
});
