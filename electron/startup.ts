/**
 * Start-up in the Electron shell: which dossier file to open, and what to do when it cannot be
 * opened (another file, a new one, rescue, or stop). Nothing here writes to a refused file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dialog } from 'electron';
import { DbError } from '../db/errors';
import { recoverInto } from '../db/recover';
import { createApi, type Api, type ApiOptions } from './api/createApi';
import { resolveDbLocation, type DbLocationInput } from './dbLocation';
import { askNewDossierPath, askOpenPath, showError, showInfo } from './dialogs';
import { addRecent, readRecent } from './files/recentFiles';
import { rescueText } from './files/rescueReport';
import type { Logger } from './log';

/**
 * Opens the dossier (--db, REGIODOSSIER_DB, the one opened last, or the default). One that is
 * refused (damaged, newer, not ours) is not written to; the user chooses: another file, a new
 * one, rescue what can be read into a new file, or stop.
 */
export async function openDossierAtStart({
  logger,
  options,
  recentStore,
  location,
}: {
  logger: Logger;
  options: ApiOptions;
  /** The recent files list (files/recentFiles.ts). */
  recentStore: string;
  location: Omit<DbLocationInput, 'recent'>;
}): Promise<Api | null> {
  const last = readRecent(recentStore)[0];
  let { file, source } = resolveDbLocation({
    ...location,
    recent: last && fs.existsSync(last) ? last : undefined,
  });
  for (;;) {
    logger.info(`Database: ${file} (${source})`);
    try {
      const opened = await createApi(file, options);
      addRecent(recentStore, opened.ctx.databasePath);
      return opened;
    } catch (error) {
      logger.error(`Database ${file} openen mislukt`, error);
      const reason =
        error instanceof DbError
          ? error.message
          : 'Er ging iets onverwachts mis bij het openen van de gegevens.';
      const damaged = error instanceof DbError && error.code === 'corrupt';
      const buttons = [
        'Ander dossier openen…',
        'Nieuw dossier…',
        ...(damaged ? ['Herstellen naar een nieuw bestand…'] : []),
        'Afsluiten',
      ];
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Regiodossier kan dit dossier niet openen',
        message: 'Regiodossier kan dit dossier niet openen',
        detail: `${reason}\n\nBestand: ${file}\n\nEr is niets aan het bestand veranderd. Details staan in het logbestand:\n${logger.file}`,
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
      });
      const choice = buttons[response];
      const next =
        choice === 'Ander dossier openen…'
          ? await askOpenPath(null, 'Dossier openen', { packages: false })
          : choice === 'Nieuw dossier…'
            ? await askNewDossierPath(null, 'Nieuw dossier', 'Regiodossier.db')
            : choice === 'Herstellen naar een nieuw bestand…'
              ? await rescue(file)
              : null;
      if (choice === 'Afsluiten') return null;
      if (next) {
        file = next;
        source = 'argument';
      }
    }
  }
}

/** Reads what can be read from a damaged file into a new one; its path, or null. */
async function rescue(damaged: string): Promise<string | null> {
  const target = await askNewDossierPath(
    null,
    'Herstellen naar een nieuw bestand',
    `${path.basename(damaged, '.db')} (hersteld).db`,
  );
  if (!target) return null;
  try {
    const report = await recoverInto(damaged, target);
    const { title, detail } = rescueText(report, damaged);
    if (!report.created) {
      showError('Niets te redden', `${title}\n\n${detail}`);
      return null;
    }
    await showInfo(null, 'Herstellen', title, detail);
    return target;
  } catch (error) {
    showError('Herstellen mislukt', error instanceof DbError ? error.message : String(error));
    return null;
  }
}
