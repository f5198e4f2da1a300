import { describe, expect, it } from 'vitest';
import {
  decodePdfText,
  headingTexts,
  mendedBookmarks,
} from '../../../electron/dossier/bookmarkTitles';
import { pdfText } from '../../../electron/dossier/pdfText';

/** Outline items as Chromium writes them, with a title that is doubled or lost its space. */
const item = (id: number, title: string) =>
  `${id} 0 obj\n<</Title ${pdfText(title)}\n/Parent 3 0 R\n/Dest [4 0 R /XYZ 0 800 0]>>\nendobj\n`;

describe('bookmark titles', () => {
  it('reads the headings as a reader sees them', () => {
    expect(
      headingTexts(
        '<h1 class="x">Zorg &amp; welzijn</h1><p>tekst</p><h3>Eén <em>of</em>&#160;twee\n  dingen</h3>',
      ),
    ).toEqual(['Zorg & welzijn', 'Eén of twee dingen']);
  });

  it('mends a doubled title and a title that lost its space; leaves the rest alone', () => {
    const pdf =
      item(10, 'GGZGGZ') +
      item(11, 'Overleg van 14 november2026') +
      item(12, 'Afspraken') +
      item(13, 'Iets anders');
    const mended = mendedBookmarks(pdf, ['GGZ', 'Overleg van 14 november 2026', 'Afspraken']);
    expect(mended.map((m) => m.id)).toEqual([10, 11]);
    expect(mended[0]!.body).toBe('<</Title (GGZ)\n/Parent 3 0 R\n/Dest [4 0 R /XYZ 0 800 0]>>');
    expect(decodePdfText(/\/Title (\([^)]*\))/.exec(mended[1]!.body)![1]!)).toBe(
      'Overleg van 14 november 2026',
    );
  });

  it('decodes UTF-16 and escaped literal strings', () => {
    expect(decodePdfText(pdfText('coördinatie'))).toBe('coördinatie');
    expect(decodePdfText('(Regio \\(Oost\\) \\\\ \\351)')).toBe('Regio (Oost) \\ é');
  });
});
