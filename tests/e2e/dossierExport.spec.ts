import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageTexts } from '../../electron/dossier/outline';
import { expect, expectAccessible, screenshot, test, type AppFixture } from './fixtures';
import { open } from './agreementsSeed';
import { dialog, expectScreen } from './pages/ui';
import { DEFAULT_DOSSIER_SECTIONS, DOSSIER_SECTION_LABELS } from '../../shared/schemas/dossier';

/**
 * The regiodossier and a meeting's notulen as PDF, from the app: the dialog's choices, the save
 * dialog (the harness's stand-in, tests/harness/desktop.ts), progress, Afbreken, and Openen /
 * Toon in map. Keyboard only where a coordinator would use it, and axe in every state.
 */
function loadDemo(app: AppFixture) {
  app.api('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
  return app.api('dossier.loadDemo', {});
}

const readPdf = async (file: string) => pageTexts(new Uint8Array(readFileSync(file)));

test('Ctrl+P opens the export dialog; a keyboard-only export ends in Openen and Toon in map', async ({
  app,
  page,
}) => {
  test.slow(); // prints a real dossier
  loadDemo(app);
  await open(app, page, '/overzicht');
  await expectScreen(page, /^Overzicht /);
  await page.keyboard.press('Control+P');
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByRole('combobox', { name: 'Regio' })).toBeFocused();
  await expectAccessible(page, 'regiodossier exporteren');
  await screenshot(page, 'dossier-export-dialog');

  // The period typed the Dutch way; the annex chosen; the title typed, then Enter.
  await exportDialog.getByRole('textbox', { name: 'Periode van' }).fill('01-01-2026');
  await exportDialog.getByRole('textbox', { name: 'Periode van' }).press('Tab');
  await exportDialog.getByRole('checkbox', { name: 'Bijlage: wijzigingshistorie' }).check();
  await exportDialog.getByRole('radio', { name: 'Concept', exact: true }).check();
  const title = exportDialog.getByRole('textbox', { name: 'Titel' });
  await title.fill('Regiodossier Utrecht-Oost voor de raad');
  await title.press('Enter');

  await expect(exportDialog.getByText('Klaar', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(exportDialog.getByRole('button', { name: 'Openen' })).toBeFocused();
  const [chosen] = app.server.desktop.dialogs;
  expect(chosen).toEqual({
    title: 'Regiodossier opslaan als PDF',
    fileName: expect.stringMatching(/^Regiodossier Regio Utrecht-Oost \d{4}-\d{2}-\d{2}\.pdf$/),
  });
  await expect(exportDialog).toContainText(chosen!.fileName);
  await expectAccessible(page, 'regiodossier geëxporteerd');
  await screenshot(page, 'dossier-export-done');
  await page.keyboard.press('Enter');
  await exportDialog.getByRole('button', { name: 'Toon in map' }).click();
  const file = path.join(app.server.desktop.exportDir, chosen!.fileName);
  await expect.poll(() => app.server.desktop.opened).toEqual([file]);
  await expect.poll(() => app.server.desktop.shown).toEqual([file]);

  const texts = await readPdf(file);
  expect(texts[0]).toContain('Regiodossier Utrecht-Oost voor de raad');
  expect(texts[0]).toContain('1 januari 2026');
  expect(texts[0]).toContain('CONCEPT');
  expect(texts[0]).toContain('Anna de Vries');
  expect(texts.join(' ')).toContain('Bijlage: wijzigingshistorie');
  // Escape closes the finished dialog.
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
});

test('nothing happens when the save dialog is cancelled; Escape breaks off a running export', async ({
  app,
  page,
}) => {
  loadDemo(app);
  await open(app, page, '/overzicht');
  await page.getByRole('button', { name: 'Regiodossier als PDF…' }).click();
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  app.server.desktop.nextSave = null;
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click();
  await expect.poll(() => app.server.desktop.dialogs.length).toBe(1);
  await expect(exportDialog.getByRole('button', { name: 'Exporteren…' })).toBeEnabled();
  await expect(exportDialog.getByRole('checkbox', { name: 'Samenvatting' })).toBeVisible();

  // The print waits until the test has looked at the running export.
  let release!: () => void;
  app.server.desktop.hold = new Promise((resolve) => (release = resolve));
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click();
  await expect(exportDialog.getByRole('button', { name: 'Afbreken', exact: true })).toBeFocused();
  await expect(exportDialog.getByRole('progressbar')).toBeVisible();
  await expectAccessible(page, 'regiodossier wordt geëxporteerd');
  await page.keyboard.press('Escape');
  release();
  await expect(exportDialog.getByText('Afgebroken', { exact: true })).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Opnieuw' })).toBeFocused();
  await expect(exportDialog).toContainText('er is geen bestand geschreven');
  await expectAccessible(page, 'export afgebroken');
  // "Opnieuw" brings the choices back.
  await page.keyboard.press('Enter');
  await expect(exportDialog.getByRole('combobox', { name: 'Regio' })).toBeFocused();
  expect(app.server.desktop.opened).toEqual([]);
});

test('the progress counts every step from the start, and Afbreken reads as stopping at once', async ({
  app,
  page,
}) => {
  loadDemo(app);
  await open(app, page, '/overzicht');
  await page.getByRole('button', { name: 'Regiodossier als PDF…' }).click();
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  await expect(exportDialog.getByRole('button', { name: 'Exporteren…' })).toBeVisible();
  // The first progress the dialog shows, however briefly it is on screen (the spec's types
  // have no DOM, so the page's script is text).
  await page.evaluate(`(() => {
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('[role="dialog"] [role="progressbar"]');
      const status = document.querySelector('[role="dialog"] [role="status"]');
      if (!bar || !status) return;
      window.firstProgress = { text: status.textContent, value: bar.getAttribute('aria-valuenow') };
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  // The print waits until the test lets it go: Afbreken comes while it prints.
  let release!: () => void;
  app.server.desktop.hold = new Promise((resolve) => (release = resolve));
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click();
  const stop = exportDialog.getByRole('button', { name: 'Afbreken', exact: true });
  await expect(stop).toBeFocused();
  const first = (await page.evaluate('window.firstProgress')) as
    { text: string; value: string } | undefined;
  // "Stap 1 van 4", with an empty bar; not "Stap 1 van 1" half full.
  expect(first?.text).toMatch(/^Stap 1 van 4: /);
  expect(first?.value).toBe('0');

  await page.keyboard.press('Enter');
  // At once "Afbreken…", then "Afgebroken" as soon as the export stopped (the print is still
  // held): never "… s bezig" after Afbreken.
  await expect(exportDialog.getByRole('status')).toContainText(/Afbreken…|Afgebroken/);
  await expect(exportDialog).not.toContainText('bezig');
  await expect(exportDialog.getByText('Afgebroken', { exact: true })).toBeVisible();
  await expect(exportDialog.getByRole('button', { name: 'Opnieuw' })).toBeFocused();
  await expect(exportDialog).not.toContainText('bezig');
  release();
  app.server.desktop.hold = null;
  await expectAccessible(page, 'export afgebroken terwijl hij afdrukte');
  expect(app.server.desktop.opened).toEqual([]);
});

test('choices the dossier cannot use are said beside the field, before any save dialog', async ({
  app,
  page,
}) => {
  loadDemo(app);
  await open(app, page, '/overzicht');
  await page.getByRole('button', { name: 'Regiodossier als PDF…' }).click();
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  await exportDialog.getByRole('textbox', { name: 'Periode van' }).fill('12-11-2026');
  await exportDialog.getByRole('textbox', { name: 'Tot en met' }).fill('1-11-2026');
  // Every section ticked by default, from the one list (a new section is unticked here too).
  for (const name of DEFAULT_DOSSIER_SECTIONS.map((id) => DOSSIER_SECTION_LABELS[id])) {
    await exportDialog.getByRole('checkbox', { name, exact: true }).uncheck();
  }
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click();
  await expect(exportDialog.getByText('De einddatum ligt vóór de begindatum')).toBeVisible();
  await expect(exportDialog.getByText('Kies minstens één onderdeel')).toBeVisible();
  await expectAccessible(page, 'regiodossier exporteren met fouten');
  expect(app.server.desktop.dialogs).toEqual([]);
  // Vertrouwelijk opnemen sets the marking, which stays changeable.
  await exportDialog
    .getByRole('checkbox', { name: 'Vertrouwelijke afspraken en agendapunten opnemen' })
    .check();
  await expect(exportDialog.getByRole('radio', { name: 'Vertrouwelijk' })).toBeChecked();
  // Confidential text never goes out unmarked: Geen is refused beside the marking.
  await exportDialog.getByRole('radio', { name: 'Geen' }).check();
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).click();
  await expect(
    exportDialog.getByText('Met vertrouwelijke stukken erin krijgt het dossier een markering'),
  ).toBeVisible();
  await expectAccessible(page, 'regiodossier vertrouwelijk zonder markering');
  expect(app.server.desktop.dialogs).toEqual([]);
});

test('the lists without notulen text and the afspraken without cards, chosen by keyboard', async ({
  app,
  page,
}) => {
  test.slow(); // prints a real dossier
  const { regionId } = loadDemo(app);
  await open(app, page, '/overzicht');
  await expectScreen(page, /^Overzicht /);
  await page.keyboard.press('Control+P');
  const exportDialog = dialog(page, 'Regiodossier exporteren');
  await expect(exportDialog.getByRole('combobox', { name: 'Regio' })).toBeFocused();
  const noCards = exportDialog.getByRole('checkbox', { name: /^Afspraken zonder kaarten/ });
  const minutesText = exportDialog.getByRole('checkbox', { name: 'Notulentekst opnemen' });
  await expect(minutesText).toBeChecked();
  await noCards.focus();
  await page.keyboard.press('Space');
  await expect(noCards).toBeChecked();
  await minutesText.focus();
  await page.keyboard.press('Space');
  await expect(minutesText).not.toBeChecked();
  await exportDialog.getByRole('radio', { name: 'Ook conceptnotulen' }).check();
  // Without Afspraken in the dossier there are no cards to leave out.
  await exportDialog.getByRole('checkbox', { name: 'Afspraken', exact: true }).uncheck();
  await expect(noCards).toBeDisabled();
  await exportDialog.getByRole('checkbox', { name: 'Afspraken', exact: true }).check();
  await expect(noCards).toBeEnabled();
  await expectAccessible(page, 'regiodossier zonder kaarten en notulentekst');
  await exportDialog.getByRole('button', { name: 'Exporteren…' }).press('Enter');
  await expect(exportDialog.getByText('Klaar', { exact: true })).toBeVisible({ timeout: 60_000 });

  const [chosen] = app.server.desktop.dialogs;
  const all = (await readPdf(path.join(app.server.desktop.exportDir, chosen!.fileName))).join(' ');
  expect(all).toContain('(zonder kaart per afspraak)');
  expect(all).toContain('Zonder notulentekst');
  expect(all).not.toContain('daarna elke afspraak in dezelfde volgorde');
  // The besluiten stay: every besluit of the period's meetings, outside confidential items.
  const today = new Date().toISOString().slice(0, 10);
  let decisions = 0;
  for (const meeting of app.api('meetings.list', { regionId }).items) {
    if (meeting.date > today) continue;
    for (const item of app.api('meetings.get', { id: meeting.id }).agenda) {
      if (item.confidential) continue;
      for (const decision of item.decisions) {
        expect(all).toContain(decision.text.slice(0, 40));
        decisions += 1;
      }
    }
  }
  expect(decisions).toBeGreaterThan(0);
});

test('a meeting’s notulen as PDF: CONCEPT until vastgesteld, and the file opens', async ({
  app,
  page,
}) => {
  const { regionId } = loadDemo(app);
  const [meeting] = app.api('meetings.list', { regionId, minutesStatus: 'concept' }).items;
  await open(app, page, `/overleggen/${meeting!.id}`);
  await expectScreen(page, meeting!.title);
  await page.getByRole('button', { name: 'Notulen als PDF…' }).click();
  const minutesDialog = dialog(page, 'Notulen als PDF');
  await expect(minutesDialog).toContainText('markering CONCEPT');
  await expect(minutesDialog.getByRole('button', { name: 'Exporteren…' })).toBeFocused();
  await expectAccessible(page, 'notulen als pdf');
  await page.keyboard.press('Enter');
  await expect(minutesDialog.getByText('Klaar', { exact: true })).toBeVisible({ timeout: 30_000 });
  // "Notulen" is plural in Dutch.
  await expect(minutesDialog).toContainText('De notulen zijn opgeslagen als');
  await screenshot(page, 'minutes-export-done');
  const [chosen] = app.server.desktop.dialogs;
  expect(chosen!.fileName).toMatch(/^Notulen .+ \d{4}-\d{2}-\d{2}\.pdf$/);
  const texts = await readPdf(path.join(app.server.desktop.exportDir, chosen!.fileName));
  expect(texts[0]!.startsWith('CONCEPT')).toBe(true);
  expect(texts[0]).toContain(`Notulen ${meeting!.title}`);
});
