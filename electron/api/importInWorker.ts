import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api/result';
import type { UserProfile } from '../../shared/schemas/system';

/** What the import worker needs (importWorker.ts): the file, the text, and how to open it. */
export interface ImportJob {
  file: string;
  text: string;
  fileName: string;
  defaultBackupFolder: string;
  nativeBinding?: string;
  /** "Now" for the import's history (tests fix it). */
  now?: string;
  /** Who imports (the app's user profile): the import's history names them. */
  profile: UserProfile;
}

/** Where the worker's script is: the built one in the app, the TypeScript source under tsx. */
export interface WorkerScript {
  url: URL | string;
  /** Passed to the worker as process.argv (tests/harness/tsWorker.mjs: the .ts file to run). */
  argv?: string[];
}

/**
 * Runs one import in its own thread and answers its envelope. The worker's failures (it could
 * not start, it crashed) are answered in Dutch; nothing was written then (one transaction).
 */
export function importInWorker(
  script: WorkerScript,
  job: ImportJob,
  logError: (error: unknown) => void,
): Promise<ApiResult<unknown>> {
  return new Promise((resolve) => {
    const failed = (detail: unknown): void => {
      logError(detail);
      resolve({
        ok: false,
        error: {
          code: 'internal',
          message:
            'Het inlezen is onverwacht gestopt; er is niets ingelezen. Details staan in het logbestand.',
        },
      });
    };
    let worker: Worker;
    try {
      worker = new Worker(script.url, { workerData: job, argv: script.argv ?? [] });
    } catch (error) {
      return failed(error);
    }
    let answered = false;
    worker.on(
      'message',
      (message: { result?: ApiResult<unknown>; failed?: string; log?: string }) => {
        if (message.log) return logError(message.log);
        answered = true;
        if (message.result) resolve(message.result);
        else failed(new Error(message.failed));
      },
    );
    worker.on('error', (error) => {
      if (!answered) failed(error);
    });
    worker.on('exit', (code) => {
      if (!answered) failed(new Error(`importworker gestopt met code ${code}`));
    });
  });
}
