import { describe, expect, it } from 'vitest';
import { nameSortKey, personSortKey } from './sortKeys';

describe('personSortKey', () => {
  it.each([
    ["Anna van 't Hof", 'hof anna van t'],
    ['Jan de Vries', 'vries jan de'],
    ['Pieter van der Berg', 'berg pieter van der'],
    ['A. B. de Wit', 'wit a b de'],
    ['dr. Karin Bos', 'bos karin'],
    ['Ömer Yılmaz', 'yilmaz omer'],
    ['Cher', 'cher'],
    ['Marieke Jansen-de Groot', 'jansen de groot marieke'],
    ['Jan van', 'van jan'],
  ])('%s → %s', (name, key) => {
    expect(personSortKey(name)).toBe(key);
  });

  it('puts people in Dutch order: by surname, accents and case not counting', () => {
    const names = ['Ümit Aydın', "Bram van 't Hof", 'Émile Zola', 'Ömer Çelik', 'anna de Boer'];
    expect([...names].sort((a, b) => personSortKey(a).localeCompare(personSortKey(b)))).toEqual([
      'Ümit Aydın',
      'anna de Boer',
      'Ömer Çelik',
      "Bram van 't Hof",
      'Émile Zola',
    ]);
  });
});

describe('nameSortKey', () => {
  it('sorts É, Ö, Ü, Ç with their base letter, not after Z', () => {
    const names = ['Zorggroep Zuid', 'Äpfelhof Zorg', 'Émile Zorg', 'Gemeente Ede', 'Ömer Zorg'];
    const keys = names
      .map((n) => [nameSortKey(n), n] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    expect(keys.map(([, n]) => n)).toEqual([
      'Äpfelhof Zorg',
      'Émile Zorg',
      'Gemeente Ede',
      'Ömer Zorg',
      'Zorggroep Zuid',
    ]);
  });
});
