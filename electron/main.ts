/**
 * Electron main process: lifecycle only. Everything the app can do lives in electron/api;
 * this file opens the database, serves the renderer, binds IPC and builds the window and menu.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { Api } from './api/createApi';
import { openDossierAtStart } from './startup';
import { sendAppEvent, createSenderCheck, isTrustedUrl, registerIpc } from './ipc';
import type { AppEvent } from '../shared/api/events';
import { askNewDossierPath, askOpenPath, askSavePath, showError, showInfo } from './dialogs';
import { createDossierFiles } from './files/dossierFiles';
import { createReviewPackageFiles } from './files/reviewPackageFiles';
import {
  createReviewFiles,
  isReviewPackageFile,
  packageArgument,
  readPackageFile,
} from './review/reviewFiles';
import { REVIEW_RESPONSE_FORMAT } from '../shared/review/formats';
import { fileProfile, PROFILE_FILE_NAME } from './files/userProfile';
import { createElectronPrintEngine } from './dossierEngine';
import { createExportJobs, type ExportJobs } from './dossier/exportJobs';
import { callThrough, createTaskInvoke, withTasks } from './tasks';
import { DomainError } from '../shared/api/result';
import { todayIso } from '../shared/dates';
import { createLogger, type Logger } from './log';
import { buildMenuTemplate } from './menu';
import { APP_START_URL, registerAppScheme, serveAppScheme } from './protocol';
import { createMainWindow, lockDownSession } from './window';
import { clampWindowState, readWindowState, writeWindowState } from './windowState';

/** Tests and development may move userData (window state, log, default database); never in the packaged app. */
const userDataOverride = app.isPackaged ? undefined : process.env.REGIODOSSIER_USER_DATA;
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

registerAppScheme(protocol);

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;
let api: Api | null = null;
let log: Logger | null = null;
let pdfExports: ExportJobs | null = null;
/** Review mode's files; a package the system opens before the page runs waits here. */
const reviewFiles = createReviewFiles({
  chooseSave: ({ title, fileName }) =>
    askSavePath(targetWindow(), {
      title,
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [
        { name: 'Reactie op een beoordelingspakket', extensions: [REVIEW_RESPONSE_FORMAT] },
      ],
    }),
});
/** The page is running and listens: a package opened now goes to it as an event. */
let pageListens = false;

/** A beoordelingspakket the system opened (double-click, "Openen met"): review mode. */
function openReviewPackage(file: string) {
  const win = targetWindow();
  if (!pageListens || !win) {
    reviewFiles.opened(file);
    // macOS keeps the app without a window: open one, whose page then takes the package.
    if (api && !mainWindow) openMainWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.focus();
  sendAppEvent(win.webContents, 'review-package', readPackageFile(file));
}

const isOwnUrl = (url: string) => isTrustedUrl(url, devUrl);

/** better-sqlite3 built for this Electron by scripts/ensureElectronNative.mjs (development only). */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(
    appRoot,
    '.native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  if (fs.existsSync(file)) return file;
  log?.error(
    `Geen better-sqlite3 voor Electron gevonden op ${file}; voer 'npm start' uit om die te bouwen.`,
  );
  return undefined;
}

function targetWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function send(name: AppEvent, payload?: unknown) {
  const win = targetWindow();
  if (win) sendAppEvent(win.webContents, name, payload);
}

async function exportDossier() {
  if (!api) return;
  const win = targetWindow();
  const today = new Date().toISOString().slice(0, 10);
  const file = await askSavePath(win, {
    title: 'Dossier exporteren',
    defaultPath: path.join(app.getPath('documents'), `regiodossier-export-${today}.json`),
    filters: [{ name: 'Regiodossier-export (JSON)', extensions: ['json'] }],
  });
  if (!file) return;
  const result = api.invoke('dossier.export', { regionId: null });
  if (!result.ok) return showError('Exporteren mislukt', result.error.message);
  try {
    await fs.promises.writeFile(file, `${JSON.stringify(result.value, null, 2)}\n`);
    await showInfo(win, 'Exporteren gelukt', 'Het dossier is geëxporteerd.', file);
  } catch (error) {
    log?.error(`Exporteren naar ${file} mislukt`, error);
    showError('Exporteren mislukt', `Het bestand ${file} kon niet worden opgeslagen.`);
  }
}

/** PDF exports (the regiodossier, a meeting's notulen): printed by this Electron's Chromium. */
function exportJobs(opened: Api, logger: Logger) {
  pdfExports = createExportJobs({
    call: callThrough(opened.invoke),
    openEngine: async () => ({
      engine: createElectronPrintEngine({
        createWindow: (options) => new BrowserWindow(options),
        tempDir: app.getPath('temp'),
      }),
      close: async () => undefined,
    }),
    chooseFile: ({ title, fileName }) =>
      askSavePath(targetWindow(), {
        title,
        defaultPath: path.join(app.getPath('documents'), fileName),
        filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
      }),
    openFile: async (file) => {
      const problem = await shell.openPath(file);
      if (problem) {
        throw new DomainError('conflict', `${file} kon niet worden geopend: ${problem}`);
      }
    },
    showInFolder: (file) => shell.showItemInFolder(file),
    today: () => todayIso(new Date()),
    logError: (error) => logger.error('Exporteren', error),
  });
  return pdfExports;
}

function showAbout() {
  const detail = [
    `Versie ${app.getVersion()}`,
    'Offline dossier voor regionale samenwerking tussen gemeenten, zorgverzekeraars en zorgkantoren.',
    api ? `Gegevens: ${api.ctx.databasePath}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  void showInfo(targetWindow(), 'Over Regiodossier', 'Regiodossier', detail);
}

function openDataFolder() {
  const folder = api ? path.dirname(api.ctx.databasePath) : app.getPath('userData');
  shell.openPath(folder).then(
    (problem) => {
      if (problem) showError('Map openen mislukt', `De map ${folder} kon niet worden geopend.`);
    },
    (error: unknown) => log?.error('Gegevensmap openen mislukt', error),
  );
}

const recentStore = () => path.join(app.getPath('userData'), 'recente-dossiers.json');

function apiOptions(logger: Logger) {
  const binding = nativeBinding();
  return {
    ...(binding ? { nativeBinding: binding } : {}),
    appVersion: app.getVersion(),
    checkOutput: !app.isPackaged,
    defaultBackupFolder: path.join(app.getPath('documents'), 'Regiodossier back-ups'),
    logError: (error: unknown) => logger.error('Onverwachte fout in een opdracht', error),
    // Who works on this computer: beside the recent list, never in a dossier.
    profile: fileProfile(path.join(app.getPath('userData'), PROFILE_FILE_NAME), (error) =>
      logger.error('Gebruikersprofiel', error),
    ),
  };
}

function openMainWindow() {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  mainWindow = createMainWindow({
    BrowserWindow,
    preloadPath: path.join(appRoot, 'out', 'preload', 'preload.cjs'),
    startUrl: devUrl ?? APP_START_URL,
    state: clampWindowState(readWindowState(stateFile), workAreas),
    saveState: (state) => writeWindowState(stateFile, state),
    isOwnUrl,
    openExternal: (url) => shell.openExternal(url),
    logError: (error) => log?.error('Venster', error),
  });
  const win = mainWindow;
  // Closing waits until the page has saved what is still waiting (autosaves, the notulen):
  // 'flush-before-close' goes to the page, which answers with the task app.flushed. A page
  // that does not answer within FLUSH_TIMEOUT_MS does not keep the window open.
  let flushed = false;
  win.on('close', (event) => {
    if (flushed || win.webContents.isCrashed()) return;
    event.preventDefault();
    if (closeTimer) return;
    sendAppEvent(win.webContents, 'flush-before-close');
    closeTimer = setTimeout(closeFlushed, FLUSH_TIMEOUT_MS);
  });
  closeNow = () => {
    flushed = true;
    win.close();
  };
  win.on('closed', () => {
    mainWindow = null;
    pageListens = false;
  });
}

const FLUSH_TIMEOUT_MS = 5000;
let closeTimer: ReturnType<typeof setTimeout> | null = null;
let closeNow: () => void = () => undefined;
let quitting = false;

/** The page saved what was waiting (or did not answer in time): close, and quit if asked to. */
function closeFlushed() {
  if (closeTimer) clearTimeout(closeTimer);
  closeTimer = null;
  closeNow();
  if (quitting) app.quit();
}

async function start() {
  await app.whenReady();
  fs.mkdirSync(app.getPath('userData'), { recursive: true });
  const logger = createLogger(path.join(app.getPath('userData'), 'regiodossier.log'));
  log = logger;
  logger.info(`Regiodossier ${app.getVersion()} start (Electron ${process.versions.electron})`);

  const startPackage = packageArgument(process.argv);
  if (startPackage) reviewFiles.opened(startPackage);
  api = await openDossierAtStart({
    logger,
    options: apiOptions(logger),
    recentStore: recentStore(),
    location: {
      argv: process.argv,
      env: process.env,
      userData: app.getPath('userData'),
      cwd: process.cwd(),
    },
  });
  if (!api) {
    app.exit(1);
    return;
  }
  const opened = api;

  lockDownSession(session.defaultSession, isOwnUrl);
  serveAppScheme(protocol, path.join(appRoot, 'out', 'renderer'));
  registerIpc({
    ipcMain,
    isTrustedSender: createSenderCheck({ getWebContents: () => mainWindow?.webContents, devUrl }),
    invoke: withTasks(
      opened.invoke,
      createTaskInvoke({
        jobs: exportJobs(opened, logger),
        logError: (e) => logger.error('Opdracht', e),
        backups: {
          create: () => opened.backupNow(),
          restore: (name, dossier) => opened.restore(name, dossier),
        },
        files: createDossierFiles({
          api: opened,
          dialogs: {
            chooseSave: ({ title, fileName }) => askNewDossierPath(targetWindow(), title, fileName),
            chooseOpen: ({ title }) => askOpenPath(targetWindow(), title),
          },
          recentStore: recentStore(),
          logError: (error) => logger.error('Dossierbestanden', error),
        }),
        packages: createReviewPackageFiles({
          api: opened,
          chooseSave: ({ title, fileName }) =>
            askSavePath(targetWindow(), {
              title,
              defaultPath: path.join(app.getPath('documents'), fileName),
              filters: [{ name: 'Beoordelingspakket', extensions: ['regiodossier-beoordeling'] }],
            }),
        }),
        review: {
          ...reviewFiles,
          // The page asks once it has started: from then on it hears of packages as events.
          takeOpened: () => {
            pageListens = true;
            return reviewFiles.takeOpened();
          },
        },
        flushed: closeFlushed,
        importFile: (text, fileName) =>
          opened.importFile(text, fileName, {
            url: path.join(appRoot, 'out', 'main', 'importWorker.js'),
          }),
      }),
    ),
    logError: (error) => logger.error('IPC', error),
  });
  const menu = buildMenuTemplate(
    { send, exportDossier: () => void exportDossier(), showAbout, openDataFolder },
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  openMainWindow();
  // The daily backup, in the background: a failure is logged and shown in Instellingen.
  opened.backupIfDue().catch((error: unknown) => logger.error('Dagelijkse back-up mislukt', error));
}

if (!app.requestSingleInstanceLock()) {
  // Another Regiodossier is running with this data folder: it gets focus (see second-instance).
  app.quit();
} else {
  // macOS hands a double-clicked file over as an event, also before the app is ready.
  app.on('open-file', (event, file) => {
    if (!isReviewPackageFile(file)) return;
    event.preventDefault();
    openReviewPackage(file);
  });
  app.on('second-instance', (_event, argv) => {
    const file = packageArgument(argv);
    if (file) return openReviewPackage(file);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('activate', () => {
    if (api && !mainWindow) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    pdfExports?.cancelAll();
    api?.close();
    api = null;
  });
  // After an unexpected error the process is in an unknown state: say so, then stop (every
  // change was already committed in its own transaction, so nothing is lost).
  process.on('uncaughtException', (error) => {
    log?.error('Onverwachte fout', error);
    showError(
      'Regiodossier moet stoppen',
      'Er ging iets onverwachts mis. Alle opgeslagen gegevens zijn veilig; start Regiodossier opnieuw. Details staan in het logbestand.',
    );
    app.exit(1);
  });
  start().catch((error: unknown) => {
    log?.error('Starten mislukt', error);
    showError(
      'Regiodossier kan niet starten',
      'Er ging iets mis bij het starten. Details staan in het logbestand.',
    );
    app.exit(1);
  });
}
