import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../electron/api/createApi';
import { openChromiumPrinter } from '../../electron/dossier/chromiumPrinter';
import { createExportJobs } from '../../electron/dossier/exportJobs';
import { callThrough, createTaskInvoke } from '../../electron/tasks';
import { findBrowser } from '../../electron/dossier/findBrowser';
import { pageTexts } from '../../electron/dossier/outline';
import type { PrintEngine } from '../../electron/dossier/print';
import type { ApiResult } from '../../shared/api/result';
import type { ExportStatus } from '../../shared/api/tasks';

/**
 * The exports as tasks, as the app runs them: the save dialog, steps, cancelling, a folder that
 * cannot be written, one export at a time, and "Openen" / "Toon in map" only for a written file.
 * Printed by a real Chromium; the save dialog and the desktop are stand-ins that record.
 */
const NOW = new Date('2026-11-22T10:00:00.000Z');
const browser = findBrowser();
if (!browser) console.log('exportTasks: geen Chromium gevonden; deze tests worden overgeslagen.');

describe.skipIf(!browser)('PDF exports as tasks', () => {
  let api: Api;
  let regionId: string;
  let dir: string;
  let answer: string | null;
  let holdPrint: Promise<void> | null = null;
  /** While set, starting Chromium waits for it (cancel while the engine starts). */
  let holdLaunch: Promise<void> | null = null;
  let closed = 0;
  const dialogs: string[] = [];
  const opened: string[] = [];
  const shown: string[] = [];
  let tasks: ReturnType<typeof createTaskInvoke>;

  beforeAll(async () => {
    api = await createApi(':memory:', { clock: () => NOW });
    dir = mkdtempSync(path.join(os.tmpdir(), 'regiodossier-export-'));
    const demo = api.invoke('dossier.loadDemo', {});
    if (!demo.ok) throw new Error(demo.error.message);
    regionId = (demo.value as { regionId: string }).regionId;
    const jobs = createExportJobs({
      call: callThrough(api.invoke),
      openEngine: async () => {
        if (holdLaunch) await holdLaunch;
        const printer = await openChromiumPrinter(browser!);
        // A print that waits for the test (cancel while printing), then prints as usual.
        const engine: PrintEngine = {
          print: async (html, options, contents, signal) => {
            if (holdPrint) await holdPrint;
            return printer.engine.print(html, options, contents, signal);
          },
        };
        return { engine, close: () => printer.close().then(() => void (closed += 1)) };
      },
      chooseFile: async ({ fileName }) => {
        dialogs.push(fileName);
        return answer;
      },
      openFile: async (file) => void opened.push(file),
      showInFolder: (file) => void shown.push(file),
      today: () => '2026-11-22',
      logError: (error) => {
        throw error;
      },
    });
    tasks = createTaskInvoke({
      jobs,
      logError: (error) => {
        throw error;
      },
    });
  }, 60_000);
  afterAll(() => api?.close());

  const value = <T>(result: ApiResult<unknown>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const status = async (jobId: string) =>
    value<ExportStatus>(await tasks('export.status', { jobId }));
  const until = async (jobId: string, done: (s: ExportStatus) => boolean) => {
    const seen: string[] = [];
    for (;;) {
      const s = await status(jobId);
      if (seen.at(-1) !== s.label) seen.push(s.label);
      if (done(s)) return { status: s, seen };
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('asks for a file, prints in steps and writes the PDF; then opens it or shows its folder', async () => {
    answer = path.join(dir, 'dossier.pdf');
    const started = value<ExportStatus>(
      await tasks('export.start', { kind: 'dossier', options: { regionId, marking: 'concept' } }),
    );
    expect(dialogs.at(-1)).toBe('Regiodossier Regio Utrecht-Oost 2026-11-22.pdf');
    // The first status already counts every step: "Stap 1 van 4", not "Stap 1 van 1".
    expect(started).toMatchObject({
      fileName: 'dossier.pdf',
      state: 'running',
      step: 1,
      steps: 4,
      label: 'Gegevens verzamelen',
    });
    const { status: end, seen } = await until(started.jobId, (s) => s.state !== 'running');
    expect(end).toMatchObject({ state: 'done', step: 4, steps: 4, message: null });
    // Sampled every 20 ms, so a short step may pass unseen; what is seen comes in order, and
    // the long one (printing) is always seen.
    const order = [
      'Gegevens verzamelen',
      'Pagina’s opmaken en afdrukken',
      'Inhoudsopgave controleren',
      'Opslaan',
    ];
    expect(seen).toContain('Pagina’s opmaken en afdrukken');
    expect(seen.map((label) => order.indexOf(label))).toEqual(
      [...seen.map((label) => order.indexOf(label))].sort((a, b) => a - b),
    );
    expect(seen.every((label) => order.includes(label))).toBe(true);
    const texts = await pageTexts(new Uint8Array(readFileSync(answer)));
    expect(texts).toHaveLength(end.pages!);
    expect(texts[0]).toContain('Regiodossier Regio Utrecht-Oost');
    expect(texts[1]).toContain('Regiodossier Regio Utrecht-Oost · ');
    expect(texts[0]).toContain('CONCEPT');
    expect(value(await tasks('export.open', { jobId: started.jobId }))).toEqual({ ok: true });
    expect(value(await tasks('export.showInFolder', { jobId: started.jobId }))).toEqual({
      ok: true,
    });
    expect(opened).toEqual([answer]);
    expect(shown).toEqual([answer]);
    expect(readdirSync(dir)).toEqual(['dossier.pdf']);
  }, 120_000);

  it('does nothing when the save dialog is cancelled', async () => {
    answer = null;
    const result = await tasks('export.start', { kind: 'dossier', options: { regionId } });
    expect(value(result)).toBeNull();
  });

  it('cancels a print in progress: no file, the old one untouched, and one export at a time', async () => {
    answer = path.join(dir, 'bestaand.pdf');
    writeFileSync(answer, 'het vorige dossier');
    let release!: () => void;
    holdPrint = new Promise((r) => (release = r));
    const { jobId } = value<{ jobId: string }>(
      await tasks('export.start', { kind: 'dossier', options: { regionId } }),
    );
    await until(jobId, (s) => s.step === 2);
    const second = await tasks('export.start', { kind: 'dossier', options: { regionId } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!second.ok && second.error.message).toContain('Er loopt al een export');
    // Open and show only a finished export.
    expect(await tasks('export.open', { jobId })).toMatchObject({ ok: false });
    // Cancel answers when the export has stopped, without waiting for the print to give up.
    expect(value(await tasks('export.cancel', { jobId }))).toEqual({ ok: true });
    expect((await status(jobId)).state).toBe('cancelled');
    release();
    holdPrint = null;
    expect(readFileSync(answer, 'utf8')).toBe('het vorige dossier');
    expect(readdirSync(dir).sort()).toEqual(['bestaand.pdf', 'dossier.pdf']);
  }, 120_000);

  it('cancels while Chromium is still starting: stopped at once, the engine closed when it is up', async () => {
    answer = path.join(dir, 'niet.pdf');
    let release!: () => void;
    holdLaunch = new Promise((r) => (release = r));
    const wasClosed = closed;
    const started = value<ExportStatus>(
      await tasks('export.start', { kind: 'notulen', meetingId: firstMeeting() }),
    );
    expect(started).toMatchObject({ state: 'running', step: 1, steps: 3 });
    expect(value(await tasks('export.cancel', { jobId: started.jobId }))).toEqual({ ok: true });
    expect(await status(started.jobId)).toMatchObject({ state: 'cancelled', message: null });
    release();
    holdLaunch = null;
    await expect.poll(() => closed, { timeout: 30_000 }).toBe(wasClosed + 1);
    expect(existsSync(answer)).toBe(false);
  }, 60_000);

  it('says in Dutch when the folder cannot be written, and writes nothing', async () => {
    const locked = mkdtempSync(path.join(os.tmpdir(), 'regiodossier-locked-'));
    chmodSync(locked, 0o500);
    const canWrite = (() => {
      try {
        writeFileSync(path.join(locked, 'probe'), '');
        return true;
      } catch {
        return false;
      }
    })();
    // As root every folder is writable: then a folder that does not exist stands in.
    answer = canWrite ? path.join(locked, 'weg', 'dossier.pdf') : path.join(locked, 'dossier.pdf');
    const { jobId } = value<{ jobId: string }>(
      await tasks('export.start', { kind: 'dossier', options: { regionId } }),
    );
    const { status: end } = await until(jobId, (s) => s.state !== 'running');
    expect(end.state).toBe('failed');
    expect(end.message).toContain(`Kan niet schrijven naar ${answer}`);
    expect(existsSync(answer)).toBe(false);
  }, 60_000);

  const firstMeeting = () =>
    value<{ items: { id: string }[] }>(
      api.invoke('meetings.list', { regionId, minutesStatus: 'vastgesteld' }),
    ).items[0]!.id;

  it('prints one meeting’s notulen to the chosen file', async () => {
    const meetingId = firstMeeting();
    answer = path.join(dir, 'notulen.pdf');
    const { jobId } = value<{ jobId: string }>(
      await tasks('export.start', { kind: 'notulen', meetingId }),
    );
    expect(dialogs.at(-1)).toMatch(/^Notulen .+ \d{4}-\d{2}-\d{2}\.pdf$/);
    const { status: end } = await until(jobId, (s) => s.state !== 'running');
    expect(end).toMatchObject({ state: 'done', steps: 3 });
    const texts = await pageTexts(new Uint8Array(readFileSync(answer)));
    expect(texts[0]).toContain('Notulen');
    expect(texts.join(' ')).toContain(
      'De aanpak valpreventie wordt in alle tien gemeenten voortgezet.',
    );
  }, 60_000);

  it('prints a person’s overdracht to the chosen file', async () => {
    const [person] = value<{ id: string; name: string }[]>(
      api.invoke('contacts.list', { search: 'Hans Smit' }),
    );
    answer = path.join(dir, 'overdracht.pdf');
    const { jobId } = value<{ jobId: string }>(
      await tasks('export.start', { kind: 'overdracht', contactId: person!.id }),
    );
    expect(dialogs.at(-1)).toBe('Overdracht Hans Smit 2026-11-22.pdf');
    const { status: end } = await until(jobId, (s) => s.state !== 'running');
    expect(end).toMatchObject({ state: 'done', steps: 3 });
    const texts = await pageTexts(new Uint8Array(readFileSync(answer)));
    expect(texts[0]).toContain('Overdracht Hans Smit');
    expect(texts.join(' ')).toContain('Rollen en mandaten');
    const unknown = await tasks('export.start', {
      kind: 'overdracht',
      contactId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);

  it('refuses invalid input and unknown records with a Dutch message, before any dialog', async () => {
    const before = dialogs.length;
    expect(
      await tasks('export.start', { kind: 'dossier', options: { regionId: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Ongeldige') },
    });
    expect(await tasks('export.start', { kind: 'fax' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const unknown = await tasks('export.start', {
      kind: 'notulen',
      meetingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await tasks('export.status', { jobId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Deze export bestaat niet (meer).' },
    });
    expect(await tasks('export.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(dialogs.length).toBe(before);
  });
});
