import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import { safeLink } from '../shared/richTextPolicy';
import { MIN_SIZE, type WindowState } from './windowState';

export const WINDOW_TITLE = 'Regiodossier';
export const SPELLCHECK_LANGUAGES = ['nl-NL'];
/**
 * Where Chromium fetches hunspell dictionaries (Windows and Linux; macOS uses its own): by default
 * Google's CDN, which an offline-first app must not call. Our own scheme instead: a dictionary
 * bundled under out/renderer/spellcheck/ is served from there; without one, spellchecking uses
 * what the system has and nothing leaves the laptop.
 */
export const SPELLCHECK_DICTIONARY_URL = 'app://regiodossier/spellcheck/';

/** The renderer is untrusted: isolated, sandboxed, no Node, no webviews. */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** Links the user may open in the system browser or mail program: https: and mailto: only. */
export function isExternalUrlAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  /** True for URLs of our own renderer (navigation inside the app stays allowed). */
  isOwnUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<void>;
  logError?: (error: unknown) => void;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Navigation, new windows and webviews: our page stays our page. */
export function guardWebContents(
  contents: GuardedContents,
  { isOwnUrl, openExternal, logError }: GuardOptions,
) {
  const openOutside = (url: string) => {
    if (!isExternalUrlAllowed(url)) return;
    // A mailto: link reaches the mail program with subject, body and cc only (no attach=).
    const safe = safeLink(url);
    if (safe) openExternal(safe).catch((error: unknown) => logError?.(error));
  };
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isOwnUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  };
  contents.on('will-navigate', (event, url) => stayHome(event, url));
  contents.on('will-redirect', (event, url) => stayHome(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Only clipboard writing from our own page is granted; camera, location, notifications… are not. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  isOwnUrl: (url: string) => boolean,
) {
  return permission === 'clipboard-sanitized-write' && isOwnUrl(requestingUrl);
}

export function lockDownSession(
  session: Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setSpellCheckerLanguages'
    | 'setSpellCheckerDictionaryDownloadURL'
  >,
  isOwnUrl: (url: string) => boolean,
) {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? '', isOwnUrl),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isOwnUrl),
  );
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  try {
    session.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
  } catch {
    // macOS uses the system spellchecker and its languages.
  }
}

export interface MainWindowDeps extends GuardOptions {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  startUrl: string;
  /** Clamped bounds to open with (see windowState.ts). */
  state: WindowState;
  /** Called when the window closes, to remember its bounds. */
  saveState?: (state: WindowState) => void;
  icon?: string;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const { state } = deps;
  const win = new deps.BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#f8f9fa',
    ...(deps.icon ? { icon: deps.icon } : {}),
    webPreferences: mainWindowWebPreferences(deps.preloadPath),
  });
  guardWebContents(win.webContents, deps);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      deps.saveState?.({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      deps.logError?.(error);
    }
  });
  win.loadURL(deps.startUrl).catch((error: unknown) => deps.logError?.(error));
  return win;
}
