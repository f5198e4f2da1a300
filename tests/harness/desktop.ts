import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { todayIso } from '../../shared/dates';
import type { Api } from '../../electron/api/createApi';
import { openChromiumPrinter } from '../../electron/dossier/chromiumPrinter';
import { createExportJobs } from '../../electron/dossier/exportJobs';
import { callThrough, createTaskInvoke } from '../../electron/tasks';
import { findChromium } from './launch';
import { createDossierFiles } from '../../electron/files/dossierFiles';
import { createReviewFiles } from '../../electron/review/reviewFiles';
import { createReviewPackageFiles } from '../../electron/files/reviewPackageFiles';
import type { PrintEngine } from '../../electron/dossier/print';

/**
 * What the desktop does for the app in Electron, in browser mode: the save dialog answers with
 * `exportDir/<suggested name>` (or what a test puts in `nextSave`: a path, or null for
 * "Annuleren"), Chromium prints through playwright-core, and "Openen" / "Toon in map" are
 * recorded in `opened` / `shown` instead of starting a PDF viewer.
 */
export interface HarnessDesktop {
  exportDir: string;
  /** The answer of the next save dialog; undefined: the suggested name in exportDir. */
  nextSave: string | null | undefined;
  /** The title and name each save dialog was opened with. */
  dialogs: { title: string; fileName: string }[];
  opened: string[];
  shown: string[];
  /** While set, printing waits for it (a test that must act during an export). */
  hold: Promise<void> | null;
  /** The answer of the next open dialog (Openen…): a path, or null for "Annuleren". */
  nextOpen: string | null;
  /** How often the page said every waiting save was done (closing the window). */
  flushed: number;
  /** The recent dossier files list (electron/files/recentFiles.ts), beside the database. */
  recentStore: string;
  /**
   * A beoordelingspakket the system "opened" with the app (a double-click): the page takes it
   * when it starts (review.takeOpened).
   */
  openedWith: (file: string) => void;
}

export function createDesktop(api: Api, exportDir: string, clock?: () => Date) {
  const desktop: HarnessDesktop = {
    exportDir,
    nextSave: undefined,
    dialogs: [],
    opened: [],
    shown: [],
    hold: null,
    nextOpen: null,
    flushed: 0,
    recentStore: path.join(path.dirname(exportDir), 'recente-dossiers.json'),
    openedWith: (file) => review.opened(file),
  };
  const chooseSave = async (suggestion: { title: string; fileName: string }) => {
    desktop.dialogs.push(suggestion);
    const answer = desktop.nextSave;
    desktop.nextSave = undefined;
    if (answer !== undefined) return answer;
    mkdirSync(exportDir, { recursive: true });
    return path.join(exportDir, suggestion.fileName);
  };
  const review = createReviewFiles({
    chooseSave,
    today: () => todayIso(clock?.() ?? new Date()),
  });
  const jobs = createExportJobs({
    call: callThrough(api.invoke),
    openEngine: async () => {
      const printer = await openChromiumPrinter(findChromium());
      const print: PrintEngine['print'] = async (...args) => {
        if (desktop.hold) await desktop.hold;
        return printer.engine.print(...args);
      };
      return { engine: { print }, close: printer.close };
    },
    chooseFile: chooseSave,
    openFile: async (file) => void desktop.opened.push(file),
    showInFolder: (file) => void desktop.shown.push(file),
    today: () => todayIso(clock?.() ?? new Date()),
    logError: (error) => console.error(error),
  });
  return {
    desktop,
    tasks: createTaskInvoke({
      jobs,
      logError: (error) => console.error(error),
      backups: {
        create: () => api.backupNow(),
        restore: (name, dossier) => api.restore(name, dossier),
      },
      files: createDossierFiles({
        api,
        dialogs: {
          chooseSave,
          chooseOpen: async (options) => {
            desktop.dialogs.push({ title: options.title, fileName: '' });
            const answer = desktop.nextOpen;
            desktop.nextOpen = null;
            return answer;
          },
        },
        recentStore: desktop.recentStore,
        logError: (error) => console.error(error),
      }),
      review,
      packages: createReviewPackageFiles({ api, chooseSave }),
      flushed: () => void (desktop.flushed += 1),
      importFile: (text, fileName) =>
        api.importFile(text, fileName, {
          url: new URL('./tsWorker.mjs', import.meta.url),
          argv: [new URL('../../electron/files/importWorker.ts', import.meta.url).href],
        }),
    }),
    stop: () => jobs.cancelAll(),
  };
}
