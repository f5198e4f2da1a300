/**
 * The standalone review page (electron/review/reviewPage.ts; docs/review-package.md, "The
 * standalone page"): its CSP, the JSON islands no text can close, no URL anywhere, the same
 * output for the same input, and the page's script as plain ES2019 that never writes markup.
 * The page in a real browser: tests/e2e/reviewPage.spec.ts.
 */
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { Linter } from 'eslint';
import fc from 'fast-check';
import globals from 'globals';
import { describe, expect, it } from 'vitest';
import {
  responseFileStem,
  reviewPageHtml,
  reviewPageStorageKey,
  scriptSafeJson,
  type ReviewPageView,
} from '../../../electron/review/reviewPage';
import { REVIEW_PAGE_SCRIPT } from '../../../electron/review/reviewPageScript';
import { REVIEW_PAGE_FILE_NAME_JS } from '../../../electron/review/reviewPageSave';
import { sealSnapshot } from '../../../electron/review/hash';
import { responseFileName, type ReviewPackage } from '../../../shared/review/formats';
import { hasControlCharacter } from '../../../shared/textRules';
import {
  HOSTILE_REVIEW_TEXT,
  hostileReviewPackageFixture,
  reviewPackageFixture,
  snapshotContent,
} from '../../fixtures/reviewPackage';

const NOW = new Date('2026-11-22T10:00:00.000Z');

/** The text of every element `tag` with exactly these attributes (`''`: none). */
function elements(html: string, tag: string, attributes = ''): string[] {
  const open = `<${tag}${attributes}>`;
  const found: string[] = [];
  let at = html.indexOf(open);
  while (at >= 0) {
    const start = at + open.length;
    const end = html.indexOf(`</${tag}>`, start);
    found.push(html.slice(start, end));
    at = html.indexOf(open, end);
  }
  return found;
}

const island = (html: string, id: string) => {
  const [json] = elements(html, 'script', ` type="application/json" id="${id}"`);
  return JSON.parse(json!) as unknown;
};

const policy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('reviewPageHtml', () => {
  it('allows by CSP only its one inline script and its one inline style, by their hashes', () => {
    const html = reviewPageHtml(reviewPackageFixture(3), { now: NOW });
    const [script, ...otherScripts] = elements(html, 'script');
    const [style, ...otherStyles] = elements(html, 'style');
    expect(otherScripts).toEqual([]);
    expect(otherStyles).toEqual([]);
    expect(script).toBe(REVIEW_PAGE_SCRIPT);
    expect(policy(html)).toBe(
      `default-src 'none'; script-src 'sha256-${sha256(script!)}'; ` +
        `style-src 'sha256-${sha256(style!)}'; img-src data:; form-action 'none'; base-uri 'none'`,
    );
    expect(policy(html)).not.toMatch(/unsafe/);
    // The policy is the head's first element; nothing runs from an attribute.
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta http-equiv="Content-Security-Policy"/,
    );
    expect(html).not.toMatch(/\s(on[a-z]+|style)=/i);
    // Two data islands and the script: every <script> is one of them.
    expect(html.match(/<script/g)).toHaveLength(3);
  });

  it('keeps the package in a JSON island that no text can close', () => {
    const hostile = '</script><script>alert(1)</script>';
    const pkg = reviewPackageFixture(1, {
      message: `<!-- ${hostile} & \u2028 \u2029 -->`,
      agreements: [sealSnapshot(snapshotContent(1, { title: hostile }))],
    });
    const html = reviewPageHtml(pkg, { now: NOW });
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(island(html, 'pakket')).toEqual(pkg);
    expect(scriptSafeJson({ t: '<>&\u2028\u2029' })).toBe(
      '{"t":"\\u003c\\u003e\\u0026\\u2028\\u2029"}',
    );
    // The hostile package of the e2e test, too.
    const all = hostileReviewPackageFixture(3);
    const page = reviewPageHtml(all, { now: NOW });
    expect(island(page, 'pakket')).toEqual(all);
    expect(page).not.toContain(HOSTILE_REVIEW_TEXT.title);
  });

  it('holds no URL: nothing to fetch from anywhere', () => {
    const html = reviewPageHtml(reviewPackageFixture(3), { now: NOW });
    // A hash in base64 may hold "//": the policy's hashes aside.
    const text = html.replace(/'sha256-[A-Za-z0-9+/=]+'/g, '');
    expect(text).not.toMatch(/https?:/i);
    expect(text).not.toContain('//');
    // The one address: the icon, a data: URL (else a browser may ask for /favicon.ico).
    expect(text.match(/\s(src|href|action|data|srcset)=("[^"]*")?/gi)).toEqual([' href="data:,"']);
  });

  it('is the same for the same package and day; the day is only what the page says', () => {
    const pkg = reviewPackageFixture(3);
    const html = reviewPageHtml(pkg, { now: NOW });
    expect(reviewPageHtml(pkg, { now: new Date(NOW) })).toBe(html);
    const later = reviewPageHtml(pkg, { now: new Date('2026-12-03T10:00:00.000Z') });
    expect(later).not.toBe(html);
    const view = island(html, 'weergave') as ReviewPageView;
    expect(view.madeOn).toBe('22 november 2026');
    expect(later.replace('"3 december 2026"', '"22 november 2026"')).toBe(html);
    expect(view.storageKey).toBe(reviewPageStorageKey(pkg.packageId));
    expect(view.storageKey).toContain(pkg.packageId);
  });
});

describe('the page script', () => {
  it('is plain ES2019 in one function, in ASCII, that never writes markup or evaluates text', () => {
    expect(REVIEW_PAGE_SCRIPT).toMatch(/^[\x20-\x7e\n]*$/);
    const linter = new Linter();
    const messages = linter.verify(REVIEW_PAGE_SCRIPT, [
      {
        languageOptions: {
          ecmaVersion: 2019,
          sourceType: 'script',
          globals: { ...globals.browser },
        },
        rules: {
          'no-undef': 'error',
          'no-unused-vars': ['error', { caughtErrors: 'none' }],
          'no-redeclare': 'error',
          'no-eval': 'error',
          'no-implied-eval': 'error',
          'no-new-func': 'error',
          'no-restricted-properties': [
            'error',
            ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln'].map(
              (property) => ({ property, message: 'Never markup from text' }),
            ),
            ...['setHTMLUnsafe', 'createContextualFragment', 'parseHTMLUnsafe'].map((property) => ({
              property,
              message: 'Never markup from text',
            })),
          ],
        },
      },
    ]);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    expect(REVIEW_PAGE_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\.write\(/);
  });

  it('names the response file as responseFileName does, for any region, reviewer and day', () => {
    const pageName = (
      view: Pick<ReviewPageView, 'fileStem' | 'fileNameMax' | 'extension'>,
      day: string,
    ) =>
      vm.runInNewContext(`${REVIEW_PAGE_FILE_NAME_JS}\nresponseFileName(view, day)`, {
        view,
        day,
      }) as string;
    const name = fc.oneof(
      fc.string({ maxLength: 170 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc
        .array(fc.constantFrom('a', ' ', '.', '/', ':', '*', '\u202e', '\u0000', '\t', 'é', '😀'))
        .map((parts) => parts.join('')),
    );
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(name, name, day, (region, reviewer, isoDay) => {
        const pkg: Pick<ReviewPackage, 'region' | 'reviewer'> = {
          region: { id: '', name: region },
          reviewer: { id: '', name: reviewer },
        };
        const view = {
          fileStem: responseFileStem(pkg.region.name, pkg.reviewer.name),
          fileNameMax: 150,
          extension: '.regiodossier-reactie',
        };
        expect(pageName(view, isoDay)).toBe(responseFileName(region, reviewer, isoDay));
      }),
      { numRuns: 500 },
    );
    const view = island(reviewPageHtml(reviewPackageFixture(1), { now: NOW }), 'weergave');
    expect(pageName(view as ReviewPageView, '2026-11-22')).toBe(
      'Regio Utrecht-Oost - reactie Anna de Vries - 22-11-2026.regiodossier-reactie',
    );
  });

  it('strips exactly the characters the response refuses (shared/textRules.ts)', () => {
    const view = island(reviewPageHtml(reviewPackageFixture(1), { now: NOW }), 'weergave');
    const control = new RegExp(`^${(view as ReviewPageView).controlPattern}$`);
    for (let code = 0; code < 0x10000; code += 1) {
      const c = String.fromCharCode(code);
      if (control.test(c) !== hasControlCharacter(c)) throw new Error(`U+${code.toString(16)}`);
    }
  });
});
