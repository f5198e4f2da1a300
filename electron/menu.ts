import type { MenuItemConstructorOptions } from 'electron';
import { APP_SCREENS, type AppEvent } from '../shared/api/events';

export interface MenuActions {
  /** Sends an app event to the focused window (or the main window). */
  send: (name: AppEvent, payload?: unknown) => void;
  exportDossier: () => void;
  showAbout: () => void;
  openDataFolder: () => void;
}

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
}

/** The Dutch application menu; menu commands reach the renderer as 'regio:event'. */
export function buildMenuTemplate(
  actions: MenuActions,
  { isMac, isPackaged }: MenuOptions,
): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions = {
    label: 'Regiodossier',
    submenu: [
      { label: 'Over Regiodossier', click: actions.showAbout },
      { type: 'separator' },
      { role: 'hide', label: 'Regiodossier verbergen' },
      { role: 'hideOthers', label: 'Andere verbergen' },
      { role: 'unhide', label: 'Alles tonen' },
      { type: 'separator' },
      { role: 'quit', label: 'Regiodossier afsluiten' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: 'Nieuw dossier…', click: () => actions.send('file-new') },
      {
        // A dossier, or a beoordelingspakket for review mode (issue 23).
        label: 'Openen…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.send('file-open'),
      },
      {
        label: 'Reactie inlezen…',
        click: () => actions.send('review-import'),
      },
      {
        label: 'Kopie opslaan als…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => actions.send('file-save-copy'),
      },
      { type: 'separator' },
      {
        label: 'Nieuwe regio',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.send('new-region'),
      },
      { label: 'Voorbeelddossier laden', click: () => actions.send('load-demo') },
      { type: 'separator' },
      {
        label: 'Regiodossier exporteren…',
        accelerator: 'CmdOrCtrl+P',
        click: () => actions.send('export-pdf'),
      },
      { label: 'Gegevens exporteren (JSON)…', click: actions.exportDossier },
      { type: 'separator' },
      { label: 'Back-up maken', click: () => actions.send('backup-now') },
      { label: 'Back-up terugzetten…', click: () => actions.send('restore-backup') },
      { label: 'Instellingen', click: () => actions.send('navigate', '/instellingen') },
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', label: 'Afsluiten' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      ...APP_SCREENS.map(({ label, route, key }): MenuItemConstructorOptions => ({
        label,
        accelerator: `CmdOrCtrl+${key}`,
        click: () => actions.send('navigate', route),
      })),
      { type: 'separator' },
      { label: 'Zoeken', accelerator: 'CmdOrCtrl+K', click: () => actions.send('open-search') },
      { type: 'separator' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...(isPackaged
        ? []
        : [
            { type: 'separator' } as const,
            { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' } as const,
          ]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Venster',
    submenu: [
      { role: 'minimize', label: 'Minimaliseren' },
      isMac ? { role: 'zoom', label: 'Zoomen' } : { role: 'close', label: 'Sluiten' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      ...(isMac ? [] : [{ label: 'Over Regiodossier', click: actions.showAbout }]),
      { label: 'Gegevensmap openen', click: actions.openDataFolder },
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
