/**
 * Exports as tasks (shared/api/tasks.ts): the regiodossier, one meeting's notulen or a person's
 * overdracht, printed to the file the user chose. A task runs in steps the page can show, can be
 * cancelled at any step (a print in progress is stopped by closing its page), and writes the
 * file only at the end, through a temporary file and a rename: a cancelled or failed export
 * leaves no half file and never touches an existing one. One export runs at a time.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import type { ExportRequest, ExportStatus } from '../../shared/api/tasks';
import { collectDossier, type Call } from './collect';
import { handoverFileName } from './handoverDocument';
import { printHandover } from './handoverPdf';
import { printMinutes } from './minutesPdf';
import { printDossier, type PrintEngine, type PrintStep } from './print';
import { assertPrintable } from './dossierSize';
import { dossierFileName, minutesFileName } from '../../shared/fileNames';

export interface ExportDeps {
  call: Call;
  /** A Chromium print engine for one export; closed when the export ends. */
  openEngine: () => Promise<{ engine: PrintEngine; close: () => Promise<void> }>;
  /** The save dialog: the chosen path, or null when the user cancelled. */
  chooseFile: (suggestion: { title: string; fileName: string }) => Promise<string | null>;
  /** Opens the file in the system's PDF viewer; rejects with a Dutch message. */
  openFile: (file: string) => Promise<void>;
  showInFolder: (file: string) => void;
  /** Today, YYYY-MM-DD (the date on the cover and in the footer). */
  today: () => string;
  logError: (error: unknown) => void;
}

interface Job extends ExportStatus {
  file: string;
  controller: AbortController;
  /** Settles when the job has stopped: done, failed or cancelled (its engine may still close). */
  stopped: Promise<void>;
}

const DOSSIER_STEPS = [
  'Gegevens verzamelen',
  'Pagina’s opmaken en afdrukken',
  'Inhoudsopgave controleren',
  'Opslaan',
] as const;
/** The notulen and the overdracht: one document without a table of contents. */
const MINUTES_STEPS = ['Gegevens verzamelen', 'Afdrukken', 'Opslaan'] as const;
const PRINT_STEP: Record<PrintStep, { step: number; label?: string }> = {
  afdrukken: { step: 2 },
  controleren: { step: 3 },
  opnieuw: { step: 3, label: 'Inhoudsopgave bijwerken (opnieuw afdrukken)' },
};
/** Finished exports kept for "Openen" and "Toon in map". */
const KEEP = 20;

export function createExportJobs(deps: ExportDeps) {
  const jobs = new Map<string, Job>();

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new DomainError('not_found', 'Deze export bestaat niet (meer).');
    return job;
  };
  const finished = (jobId: string): Job => {
    const job = find(jobId);
    if (job.state !== 'done') {
      throw new DomainError('conflict', 'Deze export is niet (goed) afgerond; er is geen bestand.');
    }
    return job;
  };

  async function start(request: ExportRequest) {
    if ([...jobs.values()].some((j) => j.state === 'running')) {
      throw new DomainError(
        'conflict',
        'Er loopt al een export. Wacht tot die klaar is, of breek hem af.',
      );
    }
    // Before the dialog: an unknown region or meeting is said at once, not after choosing a file.
    const suggestion = suggest(request);
    const file = await deps.chooseFile(suggestion);
    if (!file) return null;
    const steps = request.kind === 'dossier' ? DOSSIER_STEPS : MINUTES_STEPS;
    const job: Job = {
      jobId: randomUUID(),
      state: 'running',
      step: 1,
      steps: steps.length,
      label: steps[0],
      fileName: path.basename(file),
      pages: null,
      message: null,
      file,
      controller: new AbortController(),
      stopped: Promise.resolve(),
    };
    jobs.set(job.jobId, job);
    for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old);
    job.stopped = run(job, request);
    // The first status, with every step counted: the page shows "Stap 1 van 4" from the start.
    return statusOf(job);
  }

  function suggest(request: ExportRequest) {
    if (request.kind === 'dossier') {
      const region = deps.call('regions.get', { id: request.options.regionId });
      // A dossier too large to print is refused here, beside the form (dossierSize.ts).
      assertPrintable(deps.call, request.options);
      return {
        title: 'Regiodossier opslaan als PDF',
        fileName: dossierFileName(region.name, deps.today()),
      };
    }
    if (request.kind === 'overdracht') {
      const handover = deps.call('handover.get', { contactId: request.contactId });
      return { title: 'Overdracht opslaan als PDF', fileName: handoverFileName(handover) };
    }
    const meeting = deps.call('meetings.get', { id: request.meetingId });
    return { title: 'Notulen opslaan als PDF', fileName: minutesFileName(meeting) };
  }

  /** Runs the export; settles as soon as it has stopped, before its print engine is closed. */
  async function run(job: Job, request: ExportRequest): Promise<void> {
    const signal = job.controller.signal;
    const at = (step: number, label?: string) => {
      signal.throwIfAborted();
      const steps = request.kind === 'dossier' ? DOSSIER_STEPS : MINUTES_STEPS;
      Object.assign(job, { step, label: label ?? steps[step - 1] });
    };
    let opening: ReturnType<ExportDeps['openEngine']> | null = null;
    try {
      // Checked first: printing a large dossier takes seconds, a wrong folder should not.
      await writable(job.file);
      signal.throwIfAborted();
      // Starting Chromium (a second or two) and printing do not stop at once when asked: the
      // job does not wait for them, so Afbreken reads "Afgebroken" at once; the engine is
      // closed below, which ends a print still running.
      opening = deps.openEngine();
      const { engine } = await untilAborted(opening, signal);
      const { pdf, pageCount } = await untilAborted(
        request.kind === 'dossier'
          ? printDossierPdf(request, engine, at, signal)
          : request.kind === 'overdracht'
            ? printHandover(deps.call, request, engine, { signal, onPrinting: () => at(2) })
            : printMinutesPdf(request, engine, at, signal),
        signal,
      );
      at(job.steps);
      job.pages = pageCount;
      await save(job.file, pdf, signal);
      job.state = 'done';
    } catch (error) {
      if (signal.aborted) {
        job.state = 'cancelled';
      } else {
        job.state = 'failed';
        job.message =
          error instanceof DomainError
            ? error.message
            : 'Het exporteren is mislukt door een onverwachte fout; er is geen bestand geschreven.';
        if (!(error instanceof DomainError)) deps.logError(error);
      }
    } finally {
      // In the background: the job has stopped; a Chromium still starting is closed when it is up.
      void opening?.then(
        (printer) => printer.close().catch(deps.logError),
        () => undefined,
      );
    }
  }

  async function printDossierPdf(
    request: Extract<ExportRequest, { kind: 'dossier' }>,
    engine: PrintEngine,
    at: (step: number, label?: string) => void,
    signal: AbortSignal,
  ) {
    const data = collectDossier(deps.call, request.options, deps.today());
    const onStep = (step: PrintStep) => at(PRINT_STEP[step].step, PRINT_STEP[step].label);
    return printDossier(data, engine, onStep, signal);
  }

  async function printMinutesPdf(
    request: Extract<ExportRequest, { kind: 'notulen' }>,
    engine: PrintEngine,
    at: (step: number) => void,
    signal: AbortSignal,
  ) {
    return printMinutes(deps.call, request, engine, { signal, onPrinting: () => at(2) });
  }

  return {
    start,
    status: (jobId: string): ExportStatus => statusOf(find(jobId)),
    /** On quitting: every running export stops (their temporary files are removed). */
    cancelAll() {
      for (const job of jobs.values()) if (job.state === 'running') job.controller.abort();
    },
    /** Stops the export and answers when it has stopped: its status is then final. */
    async cancel(jobId: string) {
      const job = find(jobId);
      if (job.state === 'running') job.controller.abort();
      await job.stopped;
      return { ok: true as const };
    },
    async open(jobId: string) {
      await deps.openFile(finished(jobId).file);
      return { ok: true as const };
    },
    showInFolder(jobId: string) {
      deps.showInFolder(finished(jobId).file);
      return { ok: true as const };
    },
  };
}
export type ExportJobs = ReturnType<typeof createExportJobs>;

const statusOf = ({ file: _file, controller: _controller, stopped: _stopped, ...status }: Job) =>
  status;

/**
 * `work`'s answer, or a rejection as soon as `signal` aborts, without waiting for `work` (which
 * is left to fail or finish on its own; its answer is then dropped).
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

const cannotWrite = (file: string) =>
  new DomainError(
    'conflict',
    `Kan niet schrijven naar ${file}. Bestaat de map en mag u daar schrijven? Kies een andere plek.`,
  );

async function writable(file: string) {
  try {
    await fs.access(path.dirname(file), fs.constants.W_OK);
  } catch {
    throw cannotWrite(file);
  }
}

/** Through a temporary file and a rename: an existing file is replaced whole or not at all. */
async function save(file: string, pdf: Uint8Array, signal: AbortSignal) {
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    await fs.writeFile(tmp, pdf, { signal });
    signal.throwIfAborted();
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    if (signal.aborted) throw error;
    throw cannotWrite(file);
  }
}
