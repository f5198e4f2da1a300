/**
 * Part of the standalone review page's script (reviewPageScript.ts): "Algemene opmerking" and
 * "Reactie opslaan" — the response built as shared/review/formats.ts's reviewResponse requires
 * and downloaded under responseFileName's name (a Blob, an object URL and <a download>; no
 * network), a remark that is missing refused beside its field, and an empty response only after
 * the reviewer confirms it in the page.
 *
 * Plain browser JavaScript (ES2019, no modules), kept as text: the page runs it as written.
 */

/**
 * responseFileName of shared/review/formats.ts for the day the page saves: the generator wrote
 * everything before the date (view.fileStem, reviewPage.ts). A constant of its own, so the unit
 * tests can run it against the real function.
 */
export const REVIEW_PAGE_FILE_NAME_JS = String.raw`
function responseFileName(view, isoDay) {
  var parts = isoDay.split('-');
  var name = view.fileStem + parts[2] + '-' + parts[1] + '-' + parts[0];
  return name.slice(0, view.fileNameMax) + view.extension;
}
`;

export const REVIEW_PAGE_SAVE_JS = String.raw`
function buildClosing(root) {
  var section = put(root, 'section', 'afronden');
  section.setAttribute('aria-labelledby', 'afronden-kop');
  put(section, 'h2', null, 'Tot slot').id = 'afronden-kop';
  var field = put(section, 'div', 'veld');
  var label = put(field, 'label', 'veldnaam', 'Algemene opmerking');
  label.htmlFor = 'algemeen';
  var hint = put(field, 'p', 'hint', 'Niet verplicht: wat u in het algemeen wilt meegeven.');
  hint.id = 'algemeen-uitleg';
  var remark = put(field, 'textarea');
  remark.id = 'algemeen';
  remark.rows = 5;
  remark.maxLength = view.remarkMax;
  remark.value = state.generalRemark;
  remark.setAttribute('aria-describedby', hint.id);
  remark.addEventListener('input', function () {
    state.generalRemark = remark.value;
    changed();
  });

  ui.summary = put(section, 'p');
  var save = put(section, 'button', 'knop', 'Reactie opslaan');
  save.type = 'button';
  save.addEventListener('click', function () { saveResponse(false); });
  ui.save = save;

  ui.confirm = put(section, 'div', 'melding let-op');
  ui.confirm.hidden = true;
  ui.confirmText = put(ui.confirm, 'p');
  ui.confirmText.id = 'bevestigen';
  ui.confirmText.tabIndex = -1;
  var buttons = put(ui.confirm, 'div', 'knoppen');
  buttons.setAttribute('role', 'group');
  buttons.setAttribute('aria-labelledby', ui.confirmText.id);
  var yes = put(buttons, 'button', 'knop', 'Toch opslaan');
  yes.type = 'button';
  yes.addEventListener('click', function () { saveResponse(true); });
  var no = put(buttons, 'button', 'knop tweede', 'Nog niet opslaan');
  no.type = 'button';
  no.addEventListener('click', function () {
    ui.confirm.hidden = true;
    save.focus();
  });

  ui.result = put(section, 'div');
  ui.result.setAttribute('role', 'status');
  if (state.savedAs) {
    showResult('', [
      'Eerder opgeslagen als ' + state.savedAs.name + ' op ' + formatDate(state.savedAs.at) + '.'
    ]);
  }
}

/* A notice under the button: kind '' (plain), 'gelukt', 'let-op' or 'fout'; one line a paragraph. */
function showResult(kind, lines) {
  var box = ui.result;
  while (box.firstChild) box.removeChild(box.firstChild);
  box.className = lines.length ? 'melding' + (kind ? ' ' + kind : '') : '';
  box.setAttribute('data-soort', kind);
  lines.forEach(function (line) { put(box, 'p', null, line); });
}

function saveResponse(confirmed) {
  ui.confirm.hidden = true;
  var missing = pkg.agreements.filter(function (a) {
    var refused = missingRemark(state.agreements[a.id]);
    showRefusal(a, refused);
    return refused;
  });
  if (missing.length) {
    showResult('fout', [
      'Nog niet opgeslagen: bij ' + (missing.length === 1 ? 'een afspraak' : missing.length +
        ' afspraken') + ' heeft u Opmerking gekozen maar nog niets geschreven. Schrijf uw ' +
        'opmerking, of kies daar Akkoord.'
    ]);
    controls[missing[0].id].remark.focus();
    return;
  }
  var now = new Date();
  var today = localDay(now);
  var verdicts = pkg.agreements
    .filter(function (a) { return judged(state.agreements[a.id]); })
    .map(function (a) {
      var entry = state.agreements[a.id];
      return {
        agreementId: a.id,
        hash: a.hash,
        verdict: entry.verdict,
        remark: cleanText(entry.remark),
        on: entry.on || today
      };
    });
  if (verdicts.length === 0 && !confirmed) {
    askEmpty();
    return;
  }
  var response = {
    format: view.responseFormat,
    version: view.version,
    packageId: pkg.packageId,
    reviewer: { id: pkg.reviewer.id, name: pkg.reviewer.name },
    savedAt: now.toISOString(),
    generalRemark: cleanText(state.generalRemark),
    verdicts: verdicts
  };
  var name = responseFileName(view, today);
  download(name, JSON.stringify(response, null, 2) + '\n');
  state.savedAs = { name: name, at: response.savedAt };
  unsaved = false;
  storeState();
  showResult('gelukt', [
    'Uw reactie is opgeslagen als ' + name + '. Stuur dit bestand naar ' + senderText() + '.',
    'U vindt het bestand meestal in de map Downloads. U kunt de reactie later nog aanvullen ' +
      'en opnieuw opslaan; stuur dan het nieuwe bestand.'
  ]);
}

/* Nothing judged yet: ask in the page (no alert) before saving a response without verdicts. */
function askEmpty() {
  ui.confirmText.textContent = state.generalRemark.trim() === ''
    ? 'U heeft nog geen afspraak beoordeeld en geen algemene opmerking geschreven. Wilt u ' +
      'toch een lege reactie opslaan?'
    : 'U heeft nog geen afspraak beoordeeld. Wilt u toch een reactie opslaan met alleen uw ' +
      'algemene opmerking?';
  showResult('', []);
  ui.confirm.hidden = false;
  ui.confirmText.focus();
}

/* The file, from memory: a Blob behind a temporary object URL (nothing leaves the computer). */
function download(name, text) {
  var url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  var link = el('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  doc.body.removeChild(link);
  window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
}
`;
