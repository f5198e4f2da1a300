import { describe, expect, it } from 'vitest';
import { prepareRichText, richTextToPlain, sanitizeRichText } from '../../electron/text/richText';

describe('sanitizeRichText', () => {
  it('keeps only subject, body and cc on a mailto: link (issue 6 B14)', () => {
    expect(
      sanitizeRichText(
        '<p><a href="mailto:a@b.nl?subject=Hoi&amp;attach=/etc/passwd">mail</a></p>',
      ),
    ).toBe('<p><a href="mailto:a@b.nl?subject=Hoi" rel="noopener noreferrer">mail</a></p>');
  });

  it('keeps the editor’s structure', () => {
    const html =
      '<h2>Doel</h2><p>Met <strong>vet</strong>, <b>b</b>, <em>schuin</em>, <i>i</i>, <u>onder</u>, <s>door</s>' +
      '<br>en <code>code</code></p><ul><li>een</li></ul><ol><li>twee</li></ol>' +
      '<blockquote><p>citaat</p></blockquote><pre><code>x = 1</code></pre><h3>h3</h3><h4>h4</h4>';
    expect(sanitizeRichText(html)).toBe(html.replace('<br>', '<br />'));
  });

  it('removes scripts, styles, frames, event handlers and style attributes', () => {
    const out = sanitizeRichText(
      '<p style="color:red" onclick="x()" class="c" id="i">Tekst</p><script>alert(1)</script>' +
        '<style>p{display:none}</style><iframe src="https://x.nl"></iframe><object data="x"></object>' +
        '<img src="x" onerror="alert(1)"><svg onload="alert(1)"><circle/></svg><form><input></form>',
    );
    expect(out).toBe('<p>Tekst</p>');
  });

  it('keeps only https: and mailto: links and adds rel="noopener noreferrer"', () => {
    const link = (href: string) =>
      sanitizeRichText(`<a href="${href}" target="_blank" rel="opener">x</a>`);
    expect(link('https://www.zorgkantoor.nl/a?b=1')).toBe(
      '<a href="https://www.zorgkantoor.nl/a?b=1" rel="noopener noreferrer">x</a>',
    );
    expect(link('mailto:info@regio.nl')).toBe(
      '<a href="mailto:info@regio.nl" rel="noopener noreferrer">x</a>',
    );
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'http://x.nl',
      '//evil.nl',
      'data:text/html,x',
      'file:///etc/passwd',
    ]) {
      expect(link(bad)).toBe('<a>x</a>');
    }
  });

  it('maps pasted h1 and div to allowed equivalents, drops unknown tags but keeps their text', () => {
    expect(
      sanitizeRichText('<h1>Titel</h1><div>blok</div><span>los</span><mark>gemarkeerd</mark>'),
    ).toBe('<h2>Titel</h2><p>blok</p>losgemarkeerd');
  });

  it('keeps simple tables (issue 19): cells keep only a colspan or rowspan of 2 or more', () => {
    expect(
      sanitizeRichText(
        '<table border="1" style="width:100%"><caption>weg</caption><colgroup><col width="20"></colgroup>' +
          '<thead><tr><th scope="col" colspan="2">Kop</th></tr></thead><tbody><tr>' +
          '<td rowspan="3" colspan="1" onclick="x()">a</td><td colspan="2000">b</td><td rowspan="-1">c</td>' +
          '</tr></tbody><tfoot><tr><td>voet</td></tr></tfoot></table>',
      ),
    ).toBe(
      '<table>weg<thead><tr><th colspan="2">Kop</th></tr></thead><tbody><tr>' +
        '<td rowspan="3">a</td><td>b</td><td>c</td></tr></tbody><tr><td>voet</td></tr></table>',
    );
  });
});

describe('richTextToPlain', () => {
  it('gives readable text with line breaks between blocks and decoded characters', () => {
    expect(
      richTextToPlain('<p>Eén &amp; twee &lt;3&gt;</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p>'),
    ).toBe('Eén & twee <3>\na\nb\nx\ny');
    expect(richTextToPlain('')).toBe('');
  });

  it('prepareRichText returns both, from the sanitised HTML (no script text in the plain text)', () => {
    expect(prepareRichText('<p>Hallo</p><script>geheim()</script>')).toEqual({
      html: '<p>Hallo</p>',
      text: 'Hallo',
    });
  });
});
