/**
 * The tasks' dispatcher (shared/api/tasks.ts), beside the handler table's (exports, backups,
 * dossier files, closing): checks the name,
 * validates the input with zod and answers the same envelope, asynchronously. The transports
 * (Electron IPC, the browser-mode server) route a task name here and every other name to the
 * table (`withTasks`).
 */
import { isTaskName } from '../shared/api/bridge';
import { invalidInput } from '../shared/api/invalidInput';
import { DomainError, unknownMethodError, type ApiResult } from '../shared/api/result';
import {
  taskContract,
  type Task,
  type TaskOutput,
  type TaskParsedInput,
} from '../shared/api/tasks';
import type { Call } from './dossier/collect';
import type { ExportJobs } from './dossier/exportJobs';
import type { DossierFiles } from './files/dossierFiles';
import type { ReviewFiles } from './review/reviewFiles';
import type { createReviewPackageFiles } from './files/reviewPackageFiles';

type TableInvoke = (method: unknown, input: unknown) => ApiResult<unknown>;

/** The handler table as a `Call` for the exports: an error envelope becomes a DomainError. */
export function callThrough(invoke: TableInvoke): Call {
  return ((method: string, input: unknown) => {
    const result = invoke(method, input);
    if (!result.ok) throw new DomainError(result.error.code, result.error.message);
    return result.value;
  }) as Call;
}

const unavailable = () =>
  Promise.reject(new DomainError('internal', 'Back-ups zijn hier niet beschikbaar.'));
const NO_BACKUPS = { create: unavailable, restore: unavailable };
const NO_FILES = {
  info: () => {
    throw new DomainError('internal', 'Dossierbestanden zijn hier niet beschikbaar.');
  },
  create: unavailable,
  open: unavailable,
  saveCopy: unavailable,
  recover: unavailable,
};

const NO_REVIEW = {
  takeOpened: () => null,
  readPackage: () => {
    throw new DomainError('internal', 'Beoordelingspakketten zijn hier niet beschikbaar.');
  },
  saveResponse: unavailable,
};

/** What the tasks act on; what a transport does not offer answers "niet beschikbaar". */
export interface TaskHandlers {
  jobs: ExportJobs;
  logError: (error: unknown) => void;
  backups?: {
    /** Makes a verified backup now (the app's api.backupNow) and answers its summary. */
    create: () => Promise<TaskOutput<'backup.create'>>;
    /** Puts a backup in place of the live file, after a safety copy (api.restore). */
    restore: (name: string, dossier: string | null) => Promise<TaskOutput<'backup.restore'>>;
  };
  /** Nieuw dossier, Openen, Kopie opslaan als, herstellen (electron/files/dossierFiles.ts). */
  files?: Pick<DossierFiles, 'info' | 'create' | 'open' | 'saveCopy' | 'recover'>;
  /** Review mode: a dropped package read, a response saved (electron/review/reviewFiles.ts). */
  review?: Pick<ReviewFiles, 'takeOpened' | 'readPackage' | 'saveResponse'>;
  /** Beoordelingspakket maken (electron/files/reviewPackageFiles.ts). */
  packages?: ReturnType<typeof createReviewPackageFiles>;
  /** Closing: the page has saved everything that was waiting; the window may close. */
  flushed?: () => void;
  /** Gegevens importeren on a thread of its own (api.importFile with the worker's script). */
  importFile?: (text: string, fileName: string) => Promise<unknown>;
}

export function createTaskInvoke({
  jobs,
  logError,
  backups = NO_BACKUPS,
  files = NO_FILES,
  review = NO_REVIEW,
  packages = { make: unavailable },
  flushed = () => undefined,
  importFile = unavailable,
}: TaskHandlers) {
  const run: { [T in Task]: (input: TaskParsedInput<T>) => unknown } = {
    'app.flushed': () => {
      flushed();
      return { ok: true };
    },
    'dossier.importFile': ({ text, fileName }) => importFile(text, fileName),
    'backup.create': () => backups.create(),
    'backup.restore': ({ name, dossier }) => backups.restore(name, dossier),
    'file.info': () => files.info(),
    'file.new': () => files.create(),
    'file.open': (input) => files.open(input),
    'file.saveCopy': () => files.saveCopy(),
    'file.recover': () => files.recover(),
    'review.makePackage': (input) => packages.make(input),
    'review.takeOpened': () => review.takeOpened(),
    'review.readPackage': (input) => review.readPackage(input),
    'review.saveResponse': (input) => review.saveResponse(input),
    'export.start': (input) => jobs.start(input),
    'export.status': ({ jobId }) => jobs.status(jobId),
    'export.cancel': ({ jobId }) => jobs.cancel(jobId),
    'export.open': ({ jobId }) => jobs.open(jobId),
    'export.showInFolder': ({ jobId }) => jobs.showInFolder(jobId),
  };
  return async (method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTaskName(method)) return { ok: false, error: unknownMethodError(method) };
    const parsed = taskContract[method].input.safeParse(input ?? undefined);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const value = await (run[method] as (i: unknown) => unknown)(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message } };
      }
      logError(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Er ging iets mis; de details staan in het logbestand.',
        },
      };
    }
  };
}

/** One entry for a transport: task names to the tasks, everything else to the handler table. */
export const withTasks =
  (table: TableInvoke, tasks: ReturnType<typeof createTaskInvoke>) =>
  (method: unknown, input: unknown): ApiResult<unknown> | Promise<ApiResult<unknown>> =>
    isTaskName(method) ? tasks(method, input) : table(method, input);
