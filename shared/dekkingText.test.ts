import { describe, expect, it } from 'vitest';
import { dekkingText } from './dekkingText';

describe('dekkingText: bestuurlijke dekking in natural Dutch', () => {
  it('says by whom and when', () => {
    expect(
      dekkingText({ granted: true, by: 'Portefeuillehoudersoverleg Zorg', on: '2026-11-20' }),
    ).toBe('Ja, vastgesteld door Portefeuillehoudersoverleg Zorg op 20 november 2026');
    expect(dekkingText({ granted: true, by: 'Regionaal bestuurlijk overleg', on: null })).toBe(
      'Ja, vastgesteld door Regionaal bestuurlijk overleg',
    );
    expect(dekkingText({ granted: true, by: '', on: '2027-01-12' })).toBe(
      'Ja, vastgesteld op 12 januari 2027',
    );
    expect(dekkingText({ granted: true, by: '', on: null })).toBe('Ja');
    expect(dekkingText({ granted: false, by: '', on: null })).toBe('Nog niet');
  });

  it('says the date once when the meeting that gave it already names it', () => {
    expect(
      dekkingText({
        granted: true,
        by: 'Bestuurlijk regio-overleg van 12 januari 2027',
        on: '2027-01-12',
      }),
    ).toBe('Ja, vastgesteld door Bestuurlijk regio-overleg op 12 januari 2027');
    // Another date in the text stays, and the date is not said twice.
    expect(
      dekkingText({
        granted: true,
        by: 'Raad, besluit van 12 januari 2027 (nr. 4)',
        on: '2027-01-12',
      }),
    ).toBe('Ja, vastgesteld door Raad, besluit van 12 januari 2027 (nr. 4)');
  });
});
