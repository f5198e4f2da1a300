import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';

/** A modal error box; safe before the app is ready (no window needed). */
export function showError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}

export async function showInfo(
  window: BrowserWindow | null,
  title: string,
  message: string,
  detail?: string,
) {
  const options = {
    type: 'info' as const,
    title,
    message,
    buttons: ['OK'],
    ...(detail ? { detail } : {}),
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export interface SaveOptions {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

/** The chosen file, or null when the user cancelled. */
export async function askSavePath(
  window: BrowserWindow | null,
  { title, defaultPath, filters }: SaveOptions,
) {
  const options = {
    title,
    defaultPath,
    filters,
    buttonLabel: 'Opslaan',
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = await (window
    ? dialog.showSaveDialog(window, options)
    : dialog.showSaveDialog(options));
  return result.canceled || !result.filePath ? null : result.filePath;
}

const DOSSIER_FILTERS: FileFilter[] = [
  { name: 'Regiodossier-dossier', extensions: ['db'] },
  { name: 'Alle bestanden', extensions: ['*'] },
];

/** Openen… takes a dossier or a beoordelingspakket (issue 23); both are offered at once. */
const OPEN_FILTERS: FileFilter[] = [
  { name: 'Dossier of beoordelingspakket', extensions: ['db', 'regiodossier-beoordeling'] },
  { name: 'Regiodossier-dossier', extensions: ['db'] },
  { name: 'Beoordelingspakket', extensions: ['regiodossier-beoordeling'] },
  { name: 'Alle bestanden', extensions: ['*'] },
];

/** A path for a new dossier file (Nieuw dossier, Kopie opslaan als, Herstellen), in Documenten. */
export function askNewDossierPath(window: BrowserWindow | null, title: string, fileName: string) {
  return askSavePath(window, {
    title,
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: DOSSIER_FILTERS,
  });
}

/** An existing dossier file or a beoordelingspakket to open; null when the user cancelled. */
export async function askOpenPath(
  window: BrowserWindow | null,
  title: string,
  { packages = true }: { packages?: boolean } = {},
) {
  const options = {
    title,
    defaultPath: app.getPath('documents'),
    filters: packages ? OPEN_FILTERS : DOSSIER_FILTERS,
    buttonLabel: 'Openen',
    properties: ['openFile' as const],
  };
  const result = await (window
    ? dialog.showOpenDialog(window, options)
    : dialog.showOpenDialog(options));
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
