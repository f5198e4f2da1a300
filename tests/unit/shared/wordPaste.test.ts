/** Issue 19, major 5: Word's clipboard HTML becomes real lists and tables. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanWordHtml, isWordHtml } from '../../../shared/wordPaste';

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '../../fixtures/word', name), 'utf8');

/** The Symbol-font bullet of one list paragraph, as Word writes it. */
const bullet = (level: number, text: string, list = 'l0 level', lfo = 'lfo1') =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}.0pt;text-indent:-18.0pt;mso-list:${list}${level} ${lfo}'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>\r\n\r\n`;

describe('cleanWordHtml', () => {
  it('turns a whole clipboard document into lists, a table and paragraphs, without Word’s markup', () => {
    const html = cleanWordHtml(fixture('lijst-en-tabel.html'));
    expect(html).toBe(
      '<p><b>Deelname valpreventie</b></p>' +
        '<ul><li>Bunnik doet mee<ul><li>vanaf januari 2027</li></ul></li><li>Lopik volgt later</li></ul>' +
        '<ol><li>Opening en <i>vaststellen</i> agenda</li><li>Rondvraag</li></ol>' +
        '<table><tbody>' +
        '<tr><td><p><b>Gemeente</b></p></td><td><p><b>Deelname</b></p></td></tr>' +
        '<tr><td><p>Bunnik</p></td><td><p>Ja</p></td></tr>' +
        '<tr><td><p>Lopik</p></td><td><p>Nee</p></td></tr>' +
        '</tbody></table>' +
        '<p>De regio besluit de valpreventie voort te zetten.</p>',
    );
    for (const gone of ['·', '&nbsp;', 'mso', 'o:p', 'style', 'class', '<span', '[if', 'xml']) {
      expect(html).not.toContain(gone);
    }
  });

  it('nests numbered levels as Word has them and drops the extra line break Word adds', () => {
    expect(cleanWordHtml(fixture('genummerd-met-niveaus.html'))).toBe(
      '<ol><li>Woonvisie<ol><li>concept in januari</li><li>vaststelling in maart' +
        '<ol><li>raad in april</li></ol></li></ol></li><li>Mantelzorg</li></ol>',
    );
  });

  it('reads the markers also when the conditionals went through a browser as comments', () => {
    const html =
      `<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><!--[if !supportLists]--><span>1)<span>&nbsp;&nbsp; </span></span><!--[endif]-->Eerste</p>` +
      `<p class=MsoListParagraph style='mso-list:l3 level1 lfo4'><!--[if !supportLists]--><span>2)<span>&nbsp;&nbsp; </span></span><!--[endif]-->Tweede</p>`;
    expect(cleanWordHtml(html)).toBe('<ol><li>Eerste</li><li>Tweede</li></ol>');
  });

  it('reads a marker that is only in a mso-list:Ignore span', () => {
    const html = `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">-<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span>Los streepje</p>`;
    expect(cleanWordHtml(html)).toBe('<ul><li>Los streepje</li></ul>');
  });

  it('starts a new list where another list or a paragraph comes between', () => {
    const html =
      bullet(1, 'Een') +
      bullet(1, 'Twee', 'l1 level', 'lfo2') +
      `<p class=MsoNormal>Tussendoor<o:p></o:p></p>\r\n` +
      bullet(1, 'Drie');
    expect(cleanWordHtml(html)).toBe(
      '<ul><li>Een</li></ul><ul><li>Twee</li></ul><p>Tussendoor</p><ul><li>Drie</li></ul>',
    );
  });

  it('puts a list that starts at level 2 at level 1, and a jump of two levels one deeper', () => {
    expect(cleanWordHtml(bullet(2, 'Diep') + bullet(1, 'Terug') + bullet(3, 'Sprong'))).toBe(
      '<ul><li>Diep</li><li>Terug<ul><li>Sprong</li></ul></li></ul>',
    );
  });

  it('keeps a cell’s colspan and rowspan, makes header rows header cells, and drops the rest', () => {
    const html = `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <thead><tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td colspan=2 width=604 valign=top style='width:453.1pt'><p class=MsoNormal>Deelname<o:p></o:p></p></td></tr></thead>
 <tr><td rowspan="2" width=302><p class=MsoNormal>Bunnik<o:p></o:p></p></td><td colspan=1 width=302><p class=MsoNormal><a href="https://www.bunnik.nl/" style='color:blue'>Ja</a><o:p></o:p></p></td></tr>
 <tr><td width=302 colspan="x"><p class=MsoNormal><o:p>&nbsp;</o:p></p></td></tr>
</table>`;
    expect(cleanWordHtml(html)).toBe(
      '<table><thead><tr><th colspan="2"><p>Deelname</p></th></tr></thead>' +
        '<tbody><tr><td rowspan="2"><p>Bunnik</p></td><td><p><a href="https://www.bunnik.nl/">Ja</a></p></td></tr>' +
        '<tr><td></td></tr></tbody></table>',
    );
  });

  it('drops the hidden conditionals, images and tracked deletions, keeps the text of Word’s own tags', () => {
    const html = `<p class=MsoNormal>Voor<!--[if gte vml 1]><v:shape id="_x0000_i1025"><v:imagedata src="file:///C:/clip_image001.png"/></v:shape><![endif]--><![if !vml]><img width=20 src="file:///C:/clip_image002.png"><![endif]> <del cite="mailto:anna">weg</del><ins>erbij</ins> <w:Sdt>inhoud</w:Sdt><o:p></o:p></p>`;
    expect(cleanWordHtml(html)).toBe('<p>Voor erbij inhoud</p>');
  });

  it('keeps the number of a numbered heading', () => {
    const heading = (n: string, text: string) =>
      `<h1 style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l4 level1 lfo5'><![if !supportLists]><span style='mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>${n}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></h1>`;
    expect(cleanWordHtml(heading('1.', 'Opening') + heading('2.1', 'Mededelingen'))).toBe(
      '<h1>1. Opening</h1><h1>2.1 Mededelingen</h1>',
    );
  });

  it('leaves HTML that is not from Word as it came', () => {
    const editor = '<p>Hallo</p><p></p><ul><li><p>een</p></li></ul>';
    expect(isWordHtml(editor)).toBe(false);
    expect(cleanWordHtml(editor)).toBe(editor);
    // Word's words in the text are not Word's markup.
    expect(isWordHtml('<p>class=MsoNormal mso-list:l0 &lt;o:p&gt;</p>')).toBe(false);
  });

  it('stays fast on hostile input (no backtracking blow-up)', () => {
    const started = performance.now();
    cleanWordHtml(
      `<o:p>${'<a x="'.repeat(20_000)}${'<!--'.repeat(20_000)}<p ${'a '.repeat(20_000)}`,
    );
    cleanWordHtml(`<o:p>${'<p class=MsoNormal style="mso-list:l0 level1 lfo1">x'.repeat(3000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
