import { dialog, type BrowserWindow, type FileFilter } from 'electron';

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
