/** Issue 6 B14: a mailto: link keeps only subject, body and cc. */
import { describe, expect, it } from 'vitest';
import { safeLink } from './richTextPolicy';

describe('safeLink', () => {
  it('drops attach= and every other query parameter but subject, body and cc', () => {
    expect(
      safeLink(
        'mailto:anna@utrecht.nl?subject=Overleg&attach=C:%5CUsers%5Canna%5Cdossier.db&body=Hoi&CC=bert@zeist.nl&bcc=x@evil.example&Attachment=/etc/passwd',
      ),
    ).toBe('mailto:anna@utrecht.nl?subject=Overleg&body=Hoi&CC=bert@zeist.nl');
    expect(safeLink('MAILTO:anna@utrecht.nl?attach=x')).toBe('MAILTO:anna@utrecht.nl');
    expect(safeLink('mailto:anna@utrecht.nl')).toBe('mailto:anna@utrecht.nl');
    expect(safeLink('  mailto:a@b.nl?subject=a%20b#frag')).toBe('mailto:a@b.nl?subject=a%20b');
  });

  it('leaves https: links alone and refuses other schemes', () => {
    expect(safeLink('https://example.org/?attach=x')).toBe('https://example.org/?attach=x');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('file:///etc/passwd')).toBeNull();
  });
});
