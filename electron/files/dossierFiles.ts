import fs from 'node:fs';
import path from 'node:path';
import { DbError } from '../../db/errors';
import { recoverInto } from '../../db/recover';
import { DomainError } from '../../shared/api/result';
import type { TaskOutput } from '../../shared/api/tasks';
import type { Api } from '../api/createApi';
import { NETWORK_SHARE_WARNING, onNetworkShare } from './networkShare';
import { addRecent, readRecent } from './recentFiles';
import { rescueFacts } from './rescueReport';
import { isReviewPackageFile, readPackageFile } from '../review/reviewFiles';

/** The desktop's file dialogs (Electron's, or the browser-mode stand-in): null when cancelled. */
export interface FileDialogs {
  chooseSave: (suggestion: { title: string; fileName: string }) => Promise<string | null>;
  chooseOpen: (options: { title: string }) => Promise<string | null>;
}

/** The same file on disk, also by another spelling (case, a link): device and inode. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const sa = fs.statSync(a, { throwIfNoEntry: false });
  const sb = fs.statSync(b, { throwIfNoEntry: false });
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

const base = (file: string) => path.basename(file).replace(/\.db$/i, '');
const asDomain = (error: unknown): never => {
  if (error instanceof DbError) throw new DomainError('database', error.message);
  throw error;
};

/**
 * Dossier files (issue 9): Nieuw dossier, Openen (also a recent one, and a beoordelingspakket
 * for review mode, issue 23), Kopie opslaan als, and rescuing a damaged file. A file is opened and checked before it replaces the one in use
 * (api.switchTo), so a refused file changes nothing; the refusal says why and, for a damaged
 * file, offers recovery into a new file. Paths come from the dialogs, never from the page.
 */
export function createDossierFiles(deps: {
  api: Api;
  dialogs: FileDialogs;
  /** The recent list's JSON file (recentFiles.ts). */
  recentStore: string;
  logError: (error: unknown) => void;
}) {
  const { api, dialogs, recentStore } = deps;
  let refused: string | null = null;

  const remember = (file: string) => {
    try {
      addRecent(recentStore, file);
    } catch (error) {
      deps.logError(error); // the list is a convenience: the dossier is open all the same
    }
  };

  async function openFile(file: string, create: boolean): Promise<TaskOutput<'file.open'>> {
    const name = path.basename(file);
    if (!create && fs.statSync(file, { throwIfNoEntry: false })?.size === 0) {
      refused = null;
      return {
        state: 'refused',
        name,
        message: `${name} is leeg (0 bytes): er staat geen dossier in. Was dit uw dossier, maak dan een nieuw dossier en zet daarin de laatste back-up terug (Bestand → Back-up terugzetten…, bij ‘Ander dossier’). Er is niets aan het bestand veranderd.`,
        canRecover: false,
      };
    }
    try {
      const opened = await api.switchTo(file, { create });
      refused = null;
      remember(opened.file);
      return { state: 'opened', name, path: opened.file, created: opened.created };
    } catch (error) {
      if (!(error instanceof DbError)) throw error;
      refused = file;
      return {
        state: 'refused',
        name,
        message: error.message,
        canRecover: error.code === 'corrupt',
      };
    }
  }

  return {
    info: (): TaskOutput<'file.info'> => {
      const current = api.ctx.databasePath;
      const networkShare = onNetworkShare(current);
      return {
        path: current,
        name: path.basename(current),
        networkShare,
        warning: networkShare ? NETWORK_SHARE_WARNING : null,
        readOnly: api.readOnly,
        recent: readRecent(recentStore).map((file) => ({
          path: file,
          name: path.basename(file),
          exists: fs.existsSync(file),
        })),
      };
    },

    create: async (): Promise<TaskOutput<'file.new'>> => {
      const file = await dialogs.chooseSave({
        title: 'Nieuw dossier',
        fileName: 'Regiodossier.db',
      });
      if (!file) return null;
      if (fs.existsSync(file)) {
        return {
          state: 'refused',
          name: path.basename(file),
          message: `${path.basename(file)} bestaat al. Een nieuw dossier komt nooit over een bestaand bestand heen: kies een nieuwe naam, of open het bestand met Openen….`,
          canRecover: false,
        };
      }
      return openFile(file, true);
    },

    open: async ({ recent }: { recent?: number }): Promise<TaskOutput<'file.open'>> => {
      let file: string | null;
      if (recent !== undefined) {
        file = readRecent(recentStore)[recent] ?? null;
        if (!file) throw new DomainError('not_found', 'Dit bestand staat niet meer in de lijst.');
      } else {
        file = await dialogs.chooseOpen({ title: 'Openen' });
      }
      if (!file) return null;
      // A beoordelingspakket opens in review mode: the dossier in use stays as it is.
      if (isReviewPackageFile(file)) return readPackageFile(file);
      if (sameFile(file, api.ctx.databasePath)) {
        return { state: 'opened', name: path.basename(file), path: file, created: false };
      }
      return openFile(file, false);
    },

    saveCopy: async (): Promise<TaskOutput<'file.saveCopy'>> => {
      const current = api.ctx.databasePath;
      const file = await dialogs.chooseSave({
        title: 'Kopie opslaan als',
        fileName: `${base(current)} (kopie).db`,
      });
      if (!file) return null;
      if (sameFile(file, current)) {
        throw new DomainError(
          'conflict',
          'Dat is het geopende dossier zelf; kies een andere naam.',
        );
      }
      await api.saveCopy(file).catch(asDomain);
      return { name: path.basename(file), path: file };
    },

    recover: async (): Promise<TaskOutput<'file.recover'>> => {
      const damaged = refused;
      if (!damaged) {
        throw new DomainError('not_found', 'Er is geen beschadigd bestand om te herstellen.');
      }
      const file = await dialogs.chooseSave({
        title: 'Herstellen naar een nieuw bestand',
        fileName: `${base(damaged)} (hersteld).db`,
      });
      if (!file) return null;
      const report = await recoverInto(damaged, file).catch(asDomain);
      // Nothing could be read: no (empty) file, the damaged one stays offered for the backups.
      if (!report.created) {
        return { state: 'nothing', name: path.basename(damaged), ...rescueFacts(report) };
      }
      const opened = await openFile(file, false);
      if (opened?.state !== 'opened')
        throw new DomainError('database', 'Het herstelde bestand kon niet worden geopend.');
      return {
        state: 'recovered',
        name: opened.name,
        path: opened.path,
        ...rescueFacts(report),
      };
    },
  };
}
export type DossierFiles = ReturnType<typeof createDossierFiles>;
