/**
 * Part of the standalone review page's script (reviewPageScript.ts): the reviewer's verdicts —
 * what they chose and wrote per agreement, kept in localStorage under the package's own key as
 * they go (nothing lost when the laptop closes), the controls "Uw oordeel" (Akkoord, Opmerking)
 * and "Opmerking", and the progress "2 van 7 beoordeeld".
 *
 * Plain browser JavaScript (ES2019, no modules), kept as text: the page runs it as written.
 */
export const REVIEW_PAGE_VERDICTS_JS = String.raw`
/* Per agreement id: { verdict: 'akkoord' | 'opmerking' | null, remark, on: yyyy-mm-dd | null }. */
var state = { generalRemark: '', savedAs: null, agreements: Object.create(null) };
var storageWorks = true;
/* Something changed since the last "Reactie opslaan" (only asked about when storage fails). */
var unsaved = false;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/* Text as the response may hold it: no control or direction characters, not too long. */
function cleanText(text) {
  return String(text).replace(CONTROL, '').slice(0, view.remarkMax);
}

function judged(entry) {
  return entry.verdict === 'akkoord' || (entry.verdict === 'opmerking' && !missingRemark(entry));
}

function missingRemark(entry) {
  return entry.verdict === 'opmerking' && cleanText(entry.remark).trim() === '';
}

function loadState() {
  pkg.agreements.forEach(function (a) {
    state.agreements[a.id] = { verdict: null, remark: '', on: null };
  });
  var raw = null;
  try {
    raw = window.localStorage.getItem(view.storageKey);
  } catch (error) {
    storageFailed();
    return;
  }
  var stored = null;
  try {
    stored = raw ? JSON.parse(raw) : null;
  } catch (error) {
    stored = null;
  }
  if (!stored || typeof stored !== 'object') return;
  if (typeof stored.generalRemark === 'string') state.generalRemark = cleanText(stored.generalRemark);
  var saved = stored.savedAs;
  if (saved && typeof saved.name === 'string' && typeof saved.at === 'string') {
    state.savedAs = { name: saved.name, at: saved.at };
  }
  var kept = stored.agreements && typeof stored.agreements === 'object' ? stored.agreements : {};
  pkg.agreements.forEach(function (a) {
    var s = own(kept, a.id);
    /* Only for this very version of the agreement. */
    if (!s || s.hash !== a.hash) return;
    var entry = state.agreements[a.id];
    if (s.verdict === 'akkoord' || s.verdict === 'opmerking') entry.verdict = s.verdict;
    if (typeof s.remark === 'string') entry.remark = cleanText(s.remark);
    if (typeof s.on === 'string' && ISO_DAY.test(s.on)) entry.on = s.on;
  });
}

function storeState() {
  var stored = { generalRemark: state.generalRemark, savedAs: state.savedAs, agreements: {} };
  pkg.agreements.forEach(function (a) {
    var entry = state.agreements[a.id];
    stored.agreements[a.id] = {
      hash: a.hash, verdict: entry.verdict, remark: entry.remark, on: entry.on
    };
  });
  try {
    window.localStorage.setItem(view.storageKey, JSON.stringify(stored));
  } catch (error) {
    storageFailed();
  }
}

/* No storage (a browser that keeps none for a file on disk, or a full one): say so, calmly. */
function storageFailed() {
  if (!storageWorks) return;
  storageWorks = false;
  window.addEventListener('beforeunload', function (event) {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  });
  if (ui.storage) showStorageNotice();
}

function showStorageNotice() {
  if (storageWorks) return;
  ui.storage.className = 'melding let-op';
  ui.storage.textContent =
    'Deze browser laat de pagina niets bewaren. Uw oordelen blijven daarom alleen staan ' +
    'zolang deze pagina open is. Kies \u201cReactie opslaan\u201d voordat u haar sluit.';
}

/* After every change: keep it, and show the progress. */
function changed() {
  unsaved = true;
  storeState();
  showProgress();
  if (ui.result.getAttribute('data-soort') === 'gelukt') {
    showResult('let-op', [
      'U heeft na het opslaan nog iets veranderd. Kies opnieuw \u201cReactie opslaan\u201d ' +
        'en stuur het nieuwe bestand.'
    ]);
  }
}

function showProgress() {
  var done = pkg.agreements.filter(function (a) { return judged(state.agreements[a.id]); }).length;
  var total = pkg.agreements.length;
  var text = done + ' van ' + total + ' beoordeeld';
  if (ui.progress.textContent !== text) ui.progress.textContent = text;
  var summary = 'U heeft ' + done + ' van de ' + total + ' afspraken beoordeeld.';
  if (total === 1) summary = done ? 'U heeft de afspraak beoordeeld.' : 'U heeft de afspraak nog niet beoordeeld.';
  ui.summary.textContent = summary;
}

/* "Uw oordeel" (Akkoord, Opmerking) and "Opmerking" under one agreement. */
function buildVerdict(article, agreement, index) {
  var n = index + 1;
  var entry = state.agreements[agreement.id];
  var box = put(article, 'div', 'oordeel');
  var head = put(box, 'p', 'veldnaam', 'Uw oordeel');
  head.id = 'oordeel-' + n;
  var row = put(box, 'div', 'keuzerij');
  var group = put(row, 'div', 'keuzes');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-labelledby', head.id);
  var radios = ['akkoord', 'opmerking'].map(function (value) {
    var label = put(group, 'label', 'keuze');
    var radio = put(label, 'input');
    radio.type = 'radio';
    radio.name = 'oordeel-' + n;
    radio.value = value;
    put(label, 'span', null, own(view.verdicts, value));
    radio.addEventListener('change', function () {
      if (radio.checked) chooseVerdict(agreement, value);
    });
    return radio;
  });
  var clear = put(row, 'button', 'knop stil', 'Oordeel wissen');
  clear.type = 'button';
  clear.addEventListener('click', function () {
    entry.verdict = null;
    entry.on = null;
    showVerdict(agreement);
    changed();
    radios[0].focus();
  });

  var field = put(box, 'div', 'veld');
  var id = 'opmerking-' + n;
  var label = put(field, 'label', 'veldnaam', 'Opmerking');
  label.htmlFor = id;
  var hint = put(field, 'p', 'hint');
  hint.id = id + '-uitleg';
  var remark = put(field, 'textarea');
  remark.id = id;
  remark.rows = 4;
  remark.maxLength = view.remarkMax;
  remark.value = entry.remark;
  var error = put(field, 'p', 'foutmelding', 'Schrijf hier uw opmerking, of kies Akkoord.');
  error.id = id + '-fout';
  remark.addEventListener('input', function () {
    entry.remark = remark.value;
    /* Writing a remark without a choice is giving an opmerking. */
    if (!entry.verdict && remark.value.trim() !== '') entry.verdict = 'opmerking';
    if (entry.verdict) entry.on = localDay(new Date());
    showVerdict(agreement);
    changed();
  });
  controls[agreement.id] = {
    radios: radios, clear: clear, remark: remark, hint: hint, error: error, refused: false
  };
  showVerdict(agreement);
}

function chooseVerdict(agreement, value) {
  var entry = state.agreements[agreement.id];
  entry.verdict = value;
  entry.on = localDay(new Date());
  showVerdict(agreement);
  changed();
}

/* The controls as the state says, and the refusal beside the field while it still holds. */
function showVerdict(agreement) {
  var entry = state.agreements[agreement.id];
  var c = controls[agreement.id];
  c.radios.forEach(function (radio) {
    radio.checked = radio.value === entry.verdict;
    radio.parentNode.classList.toggle('gekozen', radio.checked);
  });
  c.clear.hidden = !entry.verdict;
  c.hint.textContent = entry.verdict === 'opmerking'
    ? 'Verplicht bij een opmerking.'
    : entry.verdict === 'akkoord'
      ? 'Niet verplicht bij akkoord.'
      : 'Niet verplicht bij akkoord, wel bij een opmerking.';
  c.remark.setAttribute('aria-required', entry.verdict === 'opmerking' ? 'true' : 'false');
  showRefusal(agreement, c.refused && missingRemark(entry));
}

function showRefusal(agreement, refused) {
  var c = controls[agreement.id];
  c.refused = refused;
  c.error.hidden = !refused;
  c.remark.setAttribute('aria-invalid', refused ? 'true' : 'false');
  c.remark.setAttribute('aria-describedby', c.hint.id + (refused ? ' ' + c.error.id : ''));
}
`;
