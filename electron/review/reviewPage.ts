/**
 * The review package as one self-contained `.html` file (issue 23, "without Regiodossier";
 * docs/review-package.md, "The standalone page"): a wethouder opens it offline in any browser and
 * gives per agreement "akkoord" or a remark; the page keeps them in its own storage and saves the
 * response file.
 *
 * Guarantees: no network and no external file (system fonts, no images); a CSP in a meta tag
 * that allows only the page's one inline script and one inline style, by their SHA-256; the
 * package travels as JSON in a data island that no text can close, and the script builds the view
 * with textContent only (reviewPageScript.ts).
 */
import { createHash } from 'node:crypto';
import { formatDateNl, todayIso } from '../../shared/dates';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  FINANCING_LABELS,
  REVIEW_VERDICT_LABELS,
} from '../../shared/domain';
import { safeFileName } from '../../shared/fileNames';
import {
  REVIEW_FORMAT_VERSION,
  REVIEW_RESPONSE_EXTENSION,
  REVIEW_RESPONSE_FORMAT,
  type ReviewPackage,
} from '../../shared/review/formats';
import { hasControlCharacter } from '../../shared/textRules';
import { PACKAGE_ISLAND_ID, REVIEW_PAGE_SCRIPT, VIEW_ISLAND_ID } from './reviewPageScript';
import { REVIEW_PAGE_STYLE } from './reviewPageStyle';

/** The longest remark or general remark a response holds (reviewResponse). */
const REMARK_MAX = 5000;
/** safeFileName's length: responseFileName cuts the name (without its extension) there. */
const FILE_NAME_MAX = 150;

/** Where the page keeps the reactions to one package (localStorage). */
export const reviewPageStorageKey = (packageId: string) => `regiodossier-beoordeling:${packageId}`;

/**
 * responseFileName's name up to its date, for the page to add the day it saves and cut at
 * FILE_NAME_MAX: "Regio Utrecht-Oost - reactie Anna de Vries - ". Cleaned with a digit where the
 * date goes, so the end is cleaned (and not trimmed) exactly as with the date.
 */
export function responseFileStem(regionName: string, reviewerName: string): string {
  const probe = `${regionName} - reactie ${reviewerName} - 0`;
  const visible = [...probe].filter((c) => !hasControlCharacter(c)).join('');
  return safeFileName(visible, Infinity).slice(0, -1);
}

const unicodeEscape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** A regular-expression class of every UTF-16 unit shared/textRules.ts calls a control character. */
function controlCharacterClass(): string {
  const ranges: string[] = [];
  let start = -1;
  for (let code = 0; code <= 0x10000; code += 1) {
    const control = code < 0x10000 && hasControlCharacter(String.fromCharCode(code));
    if (control && start < 0) start = code;
    if (!control && start >= 0) {
      const last = code - 1;
      ranges.push(
        start === last ? unicodeEscape(start) : `${unicodeEscape(start)}-${unicodeEscape(last)}`,
      );
      start = -1;
    }
  }
  return `[${ranges.join('')}]`;
}
let controlPattern: string | undefined;

/** The Dutch month names, as formatDateNl writes them. */
const MONTHS = Array.from(
  { length: 12 },
  (_, i) => formatDateNl(`2000-${String(i + 1).padStart(2, '0')}-01`).split(' ')[1]!,
);

/** What the page needs besides the package: labels, its storage key, the file name's start. */
function pageView(pkg: ReviewPackage, now: Date) {
  controlPattern ??= controlCharacterClass();
  return {
    storageKey: reviewPageStorageKey(pkg.packageId),
    fileStem: responseFileStem(pkg.region.name, pkg.reviewer.name),
    fileNameMax: FILE_NAME_MAX,
    extension: REVIEW_RESPONSE_EXTENSION,
    responseFormat: REVIEW_RESPONSE_FORMAT,
    version: REVIEW_FORMAT_VERSION,
    remarkMax: REMARK_MAX,
    controlPattern,
    months: MONTHS,
    roles: AGREEMENT_PARTY_ROLE_LABELS,
    financing: FINANCING_LABELS,
    verdicts: REVIEW_VERDICT_LABELS,
    madeOn: formatDateNl(todayIso(now)),
  };
}
export type ReviewPageView = ReturnType<typeof pageView>;

/**
 * JSON that no text can end early inside a script element: <, > and & as \u003c, \u003e and
 * \u0026 (so no "</script" and no "<!--"), and U+2028/U+2029 escaped too. They only occur inside
 * strings, where the escapes mean the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => unicodeEscape(c.charCodeAt(0)));
}

/** CSP's source expression for an inline element's exact text. */
export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy: nothing from anywhere, but the page's own script and style (and data: images). */
export const reviewPagePolicy = () =>
  [
    "default-src 'none'",
    `script-src ${cspHash(REVIEW_PAGE_SCRIPT)}`,
    `style-src ${cspHash(REVIEW_PAGE_STYLE)}`,
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');

/** A data island: JSON the page reads with JSON.parse, never run. */
const island = (id: string, value: unknown) =>
  `<script type="application/json" id="${id}">${scriptSafeJson(value)}</script>`;

/**
 * The standalone review page for `pkg`: one HTML document, the same for the same package and
 * `now` (the day the page says it was made).
 */
export function reviewPageHtml(pkg: ReviewPackage, options: { now?: Date } = {}): string {
  for (const [name, text] of [
    ['script', REVIEW_PAGE_SCRIPT],
    ['style', REVIEW_PAGE_STYLE],
  ] as const) {
    // Either would end the element early or change how the browser reads it.
    if (/<\/|<!--/.test(text)) throw new Error(`"</" or "<!--" in the page's ${name}`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${reviewPagePolicy()}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Regiodossier">',
    '<title>Beoordeling \u2013 Regiodossier</title>',
    // Else a browser may ask the disk or a server for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<style>${REVIEW_PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<noscript><p class="zonder-script">Deze pagina heeft JavaScript nodig om de afspraken te ' +
      'tonen. Zet JavaScript aan in uw browser, of open het beoordelingspakket in ' +
      'Regiodossier.</p></noscript>',
    island(PACKAGE_ISLAND_ID, pkg),
    island(VIEW_ISLAND_ID, pageView(pkg, options.now ?? new Date())),
    `<script>${REVIEW_PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
