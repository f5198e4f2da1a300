/**
 * The import's own thread (issue 9): reading a large exchange file in takes seconds of parsing,
 * checking and inserting, and must not hold up the app's main process. This worker opens the
 * same dossier file with its own connection (WAL: the app keeps reading meanwhile; its writes are
 * held off by importInWorker.ts), runs the same handler as everywhere (`dossier.import`: all or
 * nothing, one transaction), and answers the envelope.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createApi } from '../api/createApi';
import { memoryProfile } from '../api/userProfile';
import { notJsonMessage } from '../../shared/exchange/limits';
import type { ImportJob } from '../api/importInWorker';

async function run(job: ImportJob) {
  let document: unknown;
  try {
    document = JSON.parse(job.text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false as const,
      error: {
        code: 'invalid_input' as const,
        message: notJsonMessage(job.fileName),
      },
    };
  }
  const api = await createApi(job.file, {
    ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
    ...(job.now ? { clock: () => new Date(job.now!) } : {}),
    defaultBackupFolder: job.defaultBackupFolder,
    profile: memoryProfile(job.profile),
    checkOutput: false,
    backupsBeforeRisk: false, // made by the caller, before this thread started
    logError: (error) => parentPort?.postMessage({ log: String(error) }),
  });
  try {
    return api.invoke('dossier.import', { document, fileName: job.fileName });
  } finally {
    api.close();
  }
}

run(workerData as ImportJob).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) => parentPort?.postMessage({ failed: String(error) }),
);
