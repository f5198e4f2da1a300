import { describe, expect, it } from 'vitest';
import { dossierFileName, minutesFileName, safeFileName } from './fileNames';

describe('the names the save dialog suggests', () => {
  it('keeps Dutch names and dates, and turns characters Windows refuses into a dash', () => {
    expect(dossierFileName('Regio Utrecht-Oost', '2026-11-29')).toBe(
      'Regiodossier Regio Utrecht-Oost 2026-11-29.pdf',
    );
    expect(minutesFileName({ title: 'Overleg 1/2: “zorg” <wijk>?', date: '2026-11-12' })).toBe(
      'Notulen Overleg 1-2- “zorg” -wijk- 2026-11-12.pdf',
    );
    expect(safeFileName('Coördinatie\tregio\u0007  ')).toBe('Coördinatie regio');
    expect(safeFileName('..verborgen')).toBe('verborgen');
    expect(safeFileName('***')).toBe('-');
    expect(safeFileName('')).toBe('Regiodossier');
    expect(safeFileName('a'.repeat(400))).toHaveLength(150);
  });
});
