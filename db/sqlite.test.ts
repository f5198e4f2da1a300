import { describe, expect, it } from 'vitest';
import { Database, likePattern, searchText } from './sqlite';

describe('searchText', () => {
  it('lower-cases, strips diacritics and joins the present parts', () => {
    expect(searchText('Súdwest-Fryslân', null, 'Ça Va', undefined, '')).toBe(
      'sudwest fryslan ca va',
    );
    expect(searchText('Cees Çelik')).toBe('cees celik');
  });

  it('drops apostrophes and reads other punctuation as a space ("van \'t Hof", "Noord-Holland")', () => {
    expect(searchText("Anna van 't Hof")).toBe('anna van t hof');
    expect(searchText('Noord-Holland  (Zuid)')).toBe('noord holland zuid');
    expect(searchText('Ömer Yılmaz, Søren Æbelø')).toBe('omer yilmaz soren aebelo');
  });
});

describe('likePattern', () => {
  const matches = (value: string, search: string) => {
    const db = new Database(':memory:');
    const row = db
      .prepare("SELECT ? LIKE ? ESCAPE '\\' AS hit")
      .get(searchText(value), likePattern(search)) as { hit: number };
    db.close();
    return row.hit === 1;
  };

  it('finds substrings regardless of case and diacritics', () => {
    expect(likePattern('Súd')).toBe('%sud%');
    expect(matches('Súdwest-Fryslân', 'FRYSLAN')).toBe(true);
    expect(matches('Súdwest-Fryslân', 'sneek')).toBe(false);
  });

  it('finds "van \'t Hof" by "van t hof" and "noord holland" by "Noord-Holland"', () => {
    expect(matches("Anna van 't Hof", 'van t hof')).toBe(true);
    expect(matches("Anna van 't Hof", 'van ’t Hof')).toBe(true);
    expect(matches('Noord-Holland', 'noord holland')).toBe(true);
  });

  it('never lets % or _ act as wildcards', () => {
    expect(likePattern('g_p 100%')).toBe('%g p 100%');
    expect(matches('ZorgXPlus', 'g_p')).toBe(false);
    expect(matches('Zorg100Plus', '100%p')).toBe(false);
  });
});
