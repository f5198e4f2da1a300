import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isTrustedUrl } from '../../../electron/ipc';
import {
  createMainWindow,
  guardWebContents,
  isExternalUrlAllowed,
  isPermissionAllowed,
  lockDownSession,
} from '../../../electron/window';

vi.mock('electron', () => ({}));

type Listener = (...args: unknown[]) => unknown;

/** Just enough of WebContents to record the security hooks. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    }),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
    emit(name: string, ...args: unknown[]) {
      for (const listener of listeners.get(name) ?? []) listener(...args);
    },
    open: (url: string) => openHandler!({ url }),
  };
}

const event = () => ({ preventDefault: vi.fn() });

function guarded() {
  const contents = fakeContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents as never, { isOwnUrl: (url) => isTrustedUrl(url), openExternal });
  return { contents, openExternal };
}

class FakeWindow {
  static last: FakeWindow;
  readonly webContents = fakeContents();
  readonly handlers = new Map<string, Listener>();
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this;
  }
  once(name: string, listener: Listener) {
    this.handlers.set(name, listener);
  }
  on(name: string, listener: Listener) {
    this.handlers.set(name, listener);
  }
  getNormalBounds() {
    return { x: 5, y: 6, width: 1100, height: 750 };
  }
  isMaximized() {
    return true;
  }
}

function openWindow(maximized = false) {
  const saveState = vi.fn();
  createMainWindow({
    BrowserWindow: FakeWindow as never,
    preloadPath: '/app/out/preload/preload.cjs',
    startUrl: 'app://regiodossier/index.html',
    state: { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized },
    saveState,
    isOwnUrl: (url) => isTrustedUrl(url),
    openExternal: vi.fn(async () => undefined),
  });
  return { win: FakeWindow.last, saveState };
}

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer', () => {
    const { win } = openWindow();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
    expect(win.options).toMatchObject({
      show: false,
      title: 'Regiodossier',
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://regiodossier/index.html');
  });

  it('shows on ready-to-show, maximised when it was, and saves its state on close', () => {
    const { win, saveState } = openWindow(true);
    expect(win.show).not.toHaveBeenCalled();
    win.handlers.get('ready-to-show')!();
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    win.handlers.get('close')!();
    expect(saveState).toHaveBeenCalledWith({
      bounds: { x: 5, y: 6, width: 1100, height: 750 },
      maximized: true,
    });
  });

  it('installs the navigation guards on its webContents', () => {
    const { win } = openWindow();
    const navigation = event();
    win.webContents.emit('will-navigate', navigation, 'https://example.org/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(win.webContents.open('https://example.org/')).toEqual({ action: 'deny' });
  });
});

describe('guardWebContents', () => {
  it('prevents navigation away from the app, and allows in-app navigation', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://anders/index.html']) {
      const e = event();
      contents.emit('will-navigate', e, url);
      expect(e.preventDefault, url).toHaveBeenCalled();
    }
    const own = event();
    contents.emit('will-navigate', own, 'app://regiodossier/index.html#/partijen');
    expect(own.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    contents.emit('will-redirect', redirect, 'http://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every new window and opens only https: and mailto: outside the app', () => {
    const { contents, openExternal } = guarded();
    expect(contents.open('https://www.rijksoverheid.nl/')).toEqual({ action: 'deny' });
    expect(contents.open('mailto:anna@utrecht.nl')).toEqual({ action: 'deny' });
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://regiodossier/x',
      'smb://server/share',
    ]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.rijksoverheid.nl/',
      'mailto:anna@utrecht.nl',
    ]);
  });

  it('opens a mailto: link without attach= and other unexpected parameters (issue 6 B14)', () => {
    const { contents, openExternal } = guarded();
    contents.open('mailto:anna@utrecht.nl?subject=Hoi&attach=C:%5Cdossier.db&cc=b@c.nl');
    expect(openExternal).toHaveBeenCalledWith('mailto:anna@utrecht.nl?subject=Hoi&cc=b@c.nl');
  });

  it('refuses to attach webviews', () => {
    const { contents } = guarded();
    const e = event();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('isExternalUrlAllowed', () => {
  it('allows https: and mailto: only', () => {
    expect(isExternalUrlAllowed('https://example.org')).toBe(true);
    expect(isExternalUrlAllowed('mailto:a@b.nl')).toBe(true);
    expect(isExternalUrlAllowed('http://example.org')).toBe(false);
    expect(isExternalUrlAllowed('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isExternalUrlAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalUrlAllowed('geen url')).toBe(false);
  });
});

describe('permissions', () => {
  const own = (url: string) => isTrustedUrl(url);

  it('grants only clipboard writing to our own page', () => {
    expect(
      isPermissionAllowed('clipboard-sanitized-write', 'app://regiodossier/index.html', own),
    ).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', own)).toBe(
      false,
    );
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      expect(isPermissionAllowed(permission, 'app://regiodossier/index.html', own)).toBe(false);
    }
  });

  it('installs request and check handlers that deny camera access and sets Dutch spellchecking', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
    };
    lockDownSession(session as never, own);
    // Offline-first: dictionaries never come from Google's CDN (set before the languages).
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      'app://regiodossier/spellcheck/',
    );
    expect(session.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]).toBeLessThan(
      session.setSpellCheckerLanguages.mock.invocationCallOrder[0]!,
    );
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    const callback = vi.fn();
    request(null, 'media', callback, { requestingUrl: 'app://regiodossier/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Listener;
    expect(check(null, 'geolocation', 'app://regiodossier')).toBe(false);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl-NL']);
  });
});
