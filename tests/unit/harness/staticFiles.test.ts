import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, injectShim, resolveStaticPath } from '../../harness/staticFiles';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html and other paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-AbC.js')).toBe(
      path.join(root, 'assets/index-AbC.js'),
    );
    expect(resolveStaticPath(root, '/fonts/Inter%20Var.woff2')).toBe(
      path.join(root, 'fonts/Inter Var.woff2'),
    );
  });
  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\x',
    '/index.html%00.png',
    '/%E0%A4%A',
    'assets/x.js',
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('knows the types the renderer build produces', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('fonts/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('LICENSE')).toBe('application/octet-stream');
  });
});

describe('injectShim', () => {
  const tag = '<script src="/regio-shim.js"></script>';
  it('puts the shim before the first script of the page', () => {
    const html =
      '<html><head><title>x</title><script type="module" src="./assets/index.js"></script></head><body></body></html>';
    const out = injectShim(html);
    expect(out.indexOf(tag)).toBeGreaterThan(-1);
    expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out.split('<script').length).toBe(3);
  });
  it('falls back to the end of <head> when the page has no script', () => {
    const out = injectShim('<html><head><title>x</title></head><body></body></html>');
    expect(out).toBe(`<html><head><title>x</title>${tag}\n  </head><body></body></html>`);
  });
  it('does not mistake <scripts-like> words for a script tag', () => {
    const out = injectShim('<head><noscript>x</noscript></head><body><script>1</script></body>');
    expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script>1'));
    expect(out.indexOf('<noscript>')).toBeLessThan(out.indexOf(tag));
  });
});
