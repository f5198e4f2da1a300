import { describe, expect, it } from 'vitest';
import { Database, likePattern, searchText } from './sqlite';

describe('searchText', () => {
  it('lower-cases, strips diacritics and joins the present parts', () => {
    expect(searchText('Súdwest-Fryslân', null, 'Ça Va', undefined, '')).toBe(
      'sudwest-fryslan ca va',
    );
    expect(searchText('Cees Çelik')).toBe('cees celik');
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

  it('treats %, _ and \\ literally', () => {
    expect(likePattern('100%_\\')).toBe('%100\\%\\_\\\\%');
    expect(matches('100% Zorg', '%')).toBe(true);
    expect(matches('Zorg Plus', '%')).toBe(false);
    expect(matches('Zorg_Plus', '_')).toBe(true);
    expect(matches('ZorgXPlus', 'g_p')).toBe(false);
    expect(matches('a\\b', '\\')).toBe(true);
    expect(matches('ab', '\\')).toBe(false);
  });
});
