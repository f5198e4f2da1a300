import { DomainError, type ApiResult } from '../../shared/api/result';
import { importSizeProblem, notJsonMessage } from '../../shared/exchange/limits';
import { importInWorker, type WorkerScript } from './importInWorker';
import { backupBeforeRisk, coveredRisk } from './backups';
import type { ApiContext } from './context';
import { invoke } from './dispatch';
import type { LiveFile } from './restore';

/**
 * Gegevens importeren in the app (issue 9): the file's text is parsed, checked and inserted on a
 * thread of its own (importWorker.ts), so the app's main process keeps answering (the window,
 * the menu, the progress). First the verified backup every import gets; while the worker writes,
 * the app's own calls are held off ("Even geduld"), reads of the page included, so nothing
 * comes between. All or nothing, as every import.
 */
export async function importFile(
  ctx: ApiContext,
  live: Pick<LiveFile, 'hold'>,
  job: { text: string; fileName: string; script: WorkerScript; nativeBinding?: string | undefined },
): Promise<unknown> {
  const tooLarge = importSizeProblem(job.fileName, Buffer.byteLength(job.text));
  if (tooLarge) throw new DomainError('invalid_input', tooLarge);
  const refused = backupBeforeRisk(ctx, 'dossier.import', { document: null });
  if (refused) return answer(refused);
  if (ctx.databasePath === ':memory:') {
    // Nothing another thread could open (tests): read in here.
    let document: unknown;
    try {
      document = JSON.parse(job.text);
    } catch {
      throw new DomainError('invalid_input', notJsonMessage(job.fileName));
    }
    return answer(invoke(ctx, 'dossier.import', { document, fileName: job.fileName }));
  }
  live.hold(true, 'er wordt een bestand ingelezen');
  try {
    const result = await importInWorker(
      job.script,
      {
        file: ctx.databasePath,
        text: job.text,
        fileName: job.fileName,
        defaultBackupFolder: ctx.defaultBackupFolder,
        now: ctx.clock().toISOString(),
        profile: ctx.profile.get(),
        ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
      },
      ctx.logError,
    );
    return answer(coveredRisk(ctx, 'dossier.import', result));
  } finally {
    live.hold(false);
  }
}

function answer(result: ApiResult<unknown>): unknown {
  if (!result.ok)
    throw new DomainError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}
