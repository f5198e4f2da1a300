/**
 * Part of the standalone review page's script (reviewPageScript.ts): what the reviewer reads —
 * the header (region, reviewer, sender, message, reply-by date, progress) and per agreement its
 * facts, description, progress updates and besluiten, as the app's calm review mode shows them.
 *
 * Plain browser JavaScript (ES2019, no modules), kept as text: the page runs it as written. All
 * package text reaches the page through textContent or createTextNode; the description's HTML
 * is parsed into an inert document (DOMParser) and only an allow-list of elements is rebuilt
 * from it, without any attribute (copyDescription).
 */
export const REVIEW_PAGE_VIEW_JS = String.raw`
/* Description elements rebuilt as such (one heading level below the agreement's own h3s),
   and the structure pasted text often has, mapped to the nearest of them. */
var RICH_TEXT_TAGS = {
  p: 'p', br: 'br', strong: 'strong', b: 'b', em: 'em', i: 'i', u: 'u',
  ul: 'ul', ol: 'ol', li: 'li', blockquote: 'blockquote',
  h1: 'h4', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6',
  div: 'p', tr: 'p'
};
/* Elements whose content is never text worth showing: left out with what they hold. */
var RICH_TEXT_DROPPED = {
  script: 1, style: 1, template: 1, noscript: 1, iframe: 1, object: 1, embed: 1,
  textarea: 1, select: 1, option: 1, title: 1, head: 1, svg: 1, math: 1, 'x-style': 1
};
/* Style markup (a style element or attribute) makes the browser report the page's CSP at work
   even while parsing into an inert document, where it applies no style either way: renamed
   first, it is left out like any other element or attribute, without the report. */
var STYLE_MARKUP = /(<\/?|<[a-z][^<>]*?[\s"'\/])style(?=[\s\/>=])/gi;
/* Deeper than this, an element is shown as its text (no deep recursion on a hostile file). */
var RICH_TEXT_MAX_DEPTH = 40;

function own(map, key) {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : null;
}

/* The description: parsed where nothing runs or loads, rebuilt from the allow-list as text. */
function copyDescription(html, into) {
  var parsed = new DOMParser().parseFromString(html.replace(STYLE_MARKUP, '$1x-style'), 'text/html');
  copyChildren(parsed.body, into, 0);
  if (into.textContent.trim() === '') {
    while (into.firstChild) into.removeChild(into.firstChild);
    put(into, 'p', 'gedempt', 'Geen beschrijving.');
  }
}

function copyChildren(from, into, depth) {
  for (var node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      into.appendChild(doc.createTextNode(node.nodeValue));
    } else if (node.nodeType === 1) {
      copyElement(node, into, depth);
    }
  }
}

function copyElement(node, into, depth) {
  var name = String(node.localName).toLowerCase();
  if (own(RICH_TEXT_DROPPED, name)) return;
  if (depth >= RICH_TEXT_MAX_DEPTH) {
    into.appendChild(doc.createTextNode(node.textContent));
    return;
  }
  var tag = own(RICH_TEXT_TAGS, name);
  if (!tag) {
    /* Anything else (a link, a span, a table, an image) becomes its text. */
    copyChildren(node, into, depth + 1);
    if (name === 'td' || name === 'th') into.appendChild(doc.createTextNode(' '));
    return;
  }
  var copy = doc.createElement(tag);
  copyChildren(node, copy, depth + 1);
  into.appendChild(copy);
}

function buildHeader(root) {
  var header = put(root, 'header', 'kop');
  put(header, 'p', 'regio', pkg.region.name);
  put(header, 'h1', null, 'Beoordeling voor ' + pkg.reviewer.name);
  put(header, 'p', 'afzender', 'Van ' + senderText() + ', ' + formatDate(pkg.createdAt));
  if (pkg.message.trim() !== '') put(header, 'blockquote', 'bericht', pkg.message);
  if (pkg.replyBy) {
    var by = put(header, 'p', 'termijn', 'Graag reageren v\u00f3\u00f3r ');
    put(by, 'strong', null, formatDate(pkg.replyBy));
  }
  put(header, 'p', null,
    'Lees de afspraken rustig door en geef bij elke afspraak uw oordeel: akkoord of een ' +
    'opmerking. Wat u kiest en schrijft, bewaart deze pagina meteen op deze computer. Kies ' +
    'aan het eind \u201cReactie opslaan\u201d en stuur het bestand naar ' + pkg.sender.name + '.');
  ui.progress = put(header, 'p', 'voortgang');
  ui.progress.setAttribute('role', 'status');
  ui.progress.setAttribute('aria-live', 'polite');
  ui.storage = put(header, 'div');
  ui.storage.setAttribute('role', 'status');
}

function senderText() {
  var s = pkg.sender;
  return s.organisation.trim() !== '' ? s.name + ' (' + s.organisation + ')' : s.name;
}

function buildAgreement(root, agreement, index) {
  var n = index + 1;
  var article = put(root, 'article', 'afspraak');
  article.setAttribute('aria-labelledby', 'afspraak-' + n);
  var place = 'Afspraak ' + n + ' van ' + pkg.agreements.length;
  if (agreement.caseNumber.trim() !== '') place += ' \u00b7 zaaknummer ' + agreement.caseNumber;
  put(article, 'p', 'plaats', place);
  var title = put(article, 'h2', null, agreement.title);
  title.id = 'afspraak-' + n;
  title.tabIndex = -1;
  var labels = put(article, 'p', 'labels');
  var status = put(labels, 'span', 'label');
  put(status, 'span', 'verborgen', 'Status: ');
  status.appendChild(doc.createTextNode(agreement.statusLabel));
  if (agreement.confidential) put(labels, 'span', 'label vertrouwelijk', 'Vertrouwelijk');
  buildFacts(article, agreement);
  put(article, 'h3', null, 'Beschrijving');
  copyDescription(agreement.descriptionHtml, put(article, 'div', 'beschrijving'));
  buildProgress(article, agreement);
  buildDecisions(article, agreement);
  return article;
}

function fact(list, label, value) {
  put(list, 'dt', null, label);
  var dd = put(list, 'dd');
  if (typeof value === 'string') dd.textContent = value;
  else dd.appendChild(value);
}

function labelled(map, keys, none) {
  var labels = keys.map(function (key) { return own(map, key) || key; });
  return labels.length ? labels.join(', ') : none;
}

function buildFacts(article, a) {
  var list = put(article, 'dl', 'feiten');
  fact(list, 'Thema\u2019s', a.themes.length ? a.themes.join(', ') : 'Geen thema');
  if (a.parties.length === 0) {
    fact(list, 'Partijen', 'Nog geen partijen');
  } else {
    var parties = el('ul');
    a.parties.forEach(function (party) {
      var item = put(parties, 'li', null, party.name + ' ');
      var role = own(view.roles, party.role) || party.role;
      put(item, 'span', 'gedempt', '\u2014 ' + role.toLowerCase());
    });
    fact(list, 'Partijen', parties);
  }
  var owner = a.owner;
  fact(list, 'Eigenaar', owner
    ? owner.name + (owner.function.trim() !== '' ? ', ' + owner.function : '')
    : 'Geen eigenaar');
  fact(list, 'Financiering', labelled(view.financing, a.financing, 'Niet vastgelegd'));
  var dekking = a.dekking;
  var granted = [dekking.by, dekking.on ? formatDate(dekking.on) : '']
    .filter(function (part) { return part.trim() !== ''; }).join(', ');
  fact(list, 'Bestuurlijke dekking', dekking.granted ? granted || 'Ja' : 'Nog niet');
  [
    ['Vastgesteld op', a.dates.adoptedOn],
    ['Start', a.dates.startDate],
    ['Einde', a.dates.endDate],
    ['Volgende evaluatie', a.dates.nextEvaluation]
  ].forEach(function (pair) {
    fact(list, pair[0], pair[1] ? formatDate(pair[1]) : 'Niet vastgelegd');
  });
}

/* A heading and its list, or what to say when the list is empty; fill(item, entry) per entry. */
function buildList(article, heading, entries, empty, fill) {
  put(article, 'h3', null, heading);
  if (entries.length === 0) {
    put(article, 'p', 'gedempt', empty);
    return;
  }
  var list = put(article, 'ul', 'gemeld');
  entries.forEach(function (entry) { fill(put(list, 'li'), entry); });
}

function buildProgress(article, a) {
  buildList(article, 'Laatste voortgang', a.progress, 'Nog geen voortgang gemeld.',
    function (item, update) {
      put(item, 'strong', null, formatDate(update.on));
      item.appendChild(doc.createTextNode(' \u2014 '));
      put(item, 'span', 'meerregelig', update.text);
    });
}

function buildDecisions(article, a) {
  buildList(article, 'Besluiten', a.decisions, 'Geen besluiten bij deze afspraak.',
    function (item, decision) {
      put(item, 'div', 'meerregelig', decision.text);
      put(item, 'div', 'gedempt', decision.meetingTitle + ', ' + formatDate(decision.meetingDate));
    });
}

function buildFooter(root) {
  var footer = put(root, 'footer', 'voet');
  put(footer, 'p', null,
    'Beoordelingspakket van ' + formatDate(pkg.createdAt) + ', kenmerk ' + pkg.packageId +
    '. Deze pagina is gemaakt op ' + view.madeOn + ' met Regiodossier. Ze werkt zonder ' +
    'internet en verstuurt niets: wat u invult blijft op deze computer, tot u uw reactie ' +
    'opslaat en het bestand zelf verstuurt.');
}
`;
