import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronPrintEngine, PRINT_PARTITION } from '../../../electron/dossierEngine';
import { MEASURE_PAGES } from '../../../electron/dossier/pageLayout';

vi.mock('electron', () => ({}));

/** Just enough of a BrowserWindow to see what the engine asks of Electron. */
function fakeWindow(options: BrowserWindowConstructorOptions) {
  let requestFilter: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null =
    null;
  const scripts: string[] = [];
  const permissions: {
    request?: (contents: unknown, permission: string, answer: (granted: boolean) => void) => void;
    check?: (contents: unknown, permission: string) => boolean;
  } = {};
  let destroyed = false;
  let loaded = '';
  const win = {
    options,
    scripts,
    permissions,
    loaded: () => loaded,
    blocks: (url: string) => {
      let cancel = false;
      requestFilter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => (destroyed = true)),
    loadFile: vi.fn(async (file: string) => {
      loaded = fs.readFileSync(file, 'utf8');
    }),
    webContents: {
      session: {
        webRequest: { onBeforeRequest: (f: typeof requestFilter) => (requestFilter = f) },
        setPermissionRequestHandler: (f: typeof permissions.request) => (permissions.request = f),
        setPermissionCheckHandler: (f: typeof permissions.check) => (permissions.check = f),
      },
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      executeJavaScript: vi.fn(async (script: string) => {
        scripts.push(script);
        return script === MEASURE_PAGES ? { samenvatting: 3, afspraken: 5 } : undefined;
      }),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.4 nep')),
    },
  };
  return win;
}

describe('the app’s dossier print engine', () => {
  it('prints in a hidden sandboxed window of its own, with the measured contents, and cleans up', async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
    let win: ReturnType<typeof fakeWindow> | undefined;
    const engine = createElectronPrintEngine({
      tempDir,
      createWindow: (options) => (win = fakeWindow(options)) as never,
    });
    const contents = vi.fn((m: Record<string, number>) => ({ ...m, afspraken: 6 }));
    const result = await engine.print(
      '<html><body>dossier</body></html>',
      { headerHtml: '<div>KOP</div>', footerHtml: '<div>VOET</div>' },
      contents,
    );
    expect(result.measured).toEqual({ samenvatting: 3, afspraken: 5 });
    expect(new TextDecoder().decode(result.pdf)).toBe('%PDF-1.4 nep');
    const w = win!;
    expect(w.options.show).toBe(false);
    expect(w.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: PRINT_PARTITION,
    });
    expect(w.loaded()).toBe('<html><body>dossier</body></html>');
    // Measured first, then the numbers contents() made of them go into the table of contents.
    expect(w.scripts[0]).toBe(MEASURE_PAGES);
    expect(w.scripts[1]).toContain('{"samenvatting":3,"afspraken":6}');
    expect(w.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'A4',
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        displayHeaderFooter: true,
        headerTemplate: '<div>KOP</div>',
        footerTemplate: '<div>VOET</div>',
      }),
    );
    // Nothing but the file itself may load; no navigation, no new windows.
    expect(w.blocks('https://example.org/x.png')).toBe(true);
    expect(w.blocks('file:///etc/passwd')).toBe(true);
    expect(w.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(w.webContents.setWindowOpenHandler).toHaveBeenCalled();
    // Its session grants no permission: every request is answered no, every check is false.
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      let granted: boolean | undefined;
      w.permissions.request!({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
      expect(w.permissions.check!({}, permission)).toBe(false);
    }
    // The window and the temporary file are gone afterwards.
    expect(w.destroy).toHaveBeenCalled();
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it('cleans up when printing fails', async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
    let win: ReturnType<typeof fakeWindow> | undefined;
    const engine = createElectronPrintEngine({
      tempDir,
      createWindow: (options) => {
        win = fakeWindow(options);
        win.webContents.printToPDF = vi.fn(async () => {
          throw new Error('printer weg');
        });
        return win as never;
      },
    });
    await expect(
      engine.print('<html></html>', { headerHtml: '', footerHtml: '' }, (m) => m),
    ).rejects.toThrow('printer weg');
    expect(win!.destroy).toHaveBeenCalled();
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it('stops a print in progress when the export is cancelled: the window is destroyed', async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
    let win: ReturnType<typeof fakeWindow> | undefined;
    const controller = new AbortController();
    const engine = createElectronPrintEngine({
      tempDir,
      createWindow: (options) => {
        const w = fakeWindow(options);
        // Printing takes until the window is destroyed, as Electron's printToPDF then rejects.
        w.webContents.printToPDF = vi.fn(
          () =>
            new Promise<Buffer<ArrayBuffer>>((_resolve, reject) => {
              w.destroy.mockImplementation(() => {
                reject(new Error('webContents destroyed'));
                return true;
              });
              controller.abort();
            }),
        );
        win = w;
        return w as never;
      },
    });
    await expect(
      engine.print(
        '<html></html>',
        { headerHtml: '', footerHtml: '' },
        (m) => m,
        controller.signal,
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(win!.destroy).toHaveBeenCalled();
    expect(fs.readdirSync(tempDir)).toEqual([]);
    // An export cancelled before printing opens no window at all.
    win = undefined;
    await expect(
      engine.print(
        '<html></html>',
        { headerHtml: '', footerHtml: '' },
        (m) => m,
        controller.signal,
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(win).toBeUndefined();
  });
});
