/**
 * The one inline script of the standalone review page (reviewPage.ts), as the page runs it:
 * plain browser JavaScript (ES2019, no modules, only ASCII so its hash never depends on how a
 * browser guesses the encoding), written as text on purpose — not a transpiled TypeScript
 * function, whose helpers the page would not have. Its SHA-256 goes into the page's CSP.
 *
 * It reads two JSON islands the generator wrote: `pakket` (the review package as it is) and
 * `weergave` (labels, the storage key, the response file name up to its date), and builds the
 * whole view with createElement and textContent: no package text is ever parsed as markup.
 */
import { REVIEW_PAGE_VIEW_JS } from './reviewPageView';
import { REVIEW_PAGE_VERDICTS_JS } from './reviewPageVerdicts';
import { REVIEW_PAGE_FILE_NAME_JS, REVIEW_PAGE_SAVE_JS } from './reviewPageSave';

/** The ids of the two JSON islands the script reads. */
export const PACKAGE_ISLAND_ID = 'pakket';
export const VIEW_ISLAND_ID = 'weergave';

const HELPERS_JS = String.raw`
var doc = document;
var pkg = readJson('${PACKAGE_ISLAND_ID}');
var view = readJson('${VIEW_ISLAND_ID}');
var CONTROL = new RegExp(view.controlPattern, 'g');
/* Elements the view parts fill in (progress, notices, the save button). */
var ui = {};
/* Per agreement id: its radios, remark, hint and refusal. */
var controls = Object.create(null);

function readJson(id) {
  return JSON.parse(doc.getElementById(id).textContent);
}

function el(tag, className, text) {
  var node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function put(parent, tag, className, text) {
  return parent.appendChild(el(tag, className, text));
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

/* The reviewer's own calendar day: yyyy-mm-dd. */
function localDay(date) {
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

/* "22 november 2026" (a timestamp: its UTC day). */
function formatDate(iso) {
  var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  if (!m) return iso || '';
  return Number(m[3]) + ' ' + view.months[Number(m[2]) - 1] + ' ' + m[1];
}
`;

const START_JS = String.raw`
function start() {
  loadState();
  doc.title = 'Beoordeling voor ' + pkg.reviewer.name + ' \u2013 ' + pkg.region.name;
  var page = el('div', 'pagina');
  var skip = put(page, 'a', 'naar-inhoud', 'Naar de eerste afspraak');
  skip.href = '#afspraak-1';
  buildHeader(page);
  var main = put(page, 'main');
  pkg.agreements.forEach(function (agreement, index) {
    var article = buildAgreement(main, agreement, index);
    buildVerdict(article, agreement, index);
  });
  buildClosing(main);
  buildFooter(page);
  showStorageNotice();
  showProgress();
  doc.body.insertBefore(page, doc.body.firstChild);
}

start();
`;

/** The page's script: one function scope around the parts, started at the end. */
export const REVIEW_PAGE_SCRIPT = [
  '(function () {',
  "'use strict';",
  HELPERS_JS,
  REVIEW_PAGE_VIEW_JS,
  REVIEW_PAGE_VERDICTS_JS,
  REVIEW_PAGE_FILE_NAME_JS,
  REVIEW_PAGE_SAVE_JS,
  START_JS,
  '})();',
  '',
].join('\n');
