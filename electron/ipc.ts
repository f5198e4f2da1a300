import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { unknownMethodError, type ApiResult } from '../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type AppEvent } from '../shared/api/events';
import { isAppUrl } from './protocol';

export const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Geweigerd: dit verzoek komt niet van Regiodossier.' },
};

const INTERNAL: ApiResult<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Er ging iets mis bij het uitvoeren van deze opdracht; er is niets opgeslagen.',
  },
};

/** Our renderer: app://regiodossier/…, or in development the electron-vite dev server's origin. */
export function isTrustedUrl(url: string, devUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  if (!devUrl) return false;
  try {
    const origin = new URL(url).origin;
    return origin !== 'null' && origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

export interface SenderCheckOptions {
  /** The webContents of our main window (null while there is none). */
  getWebContents: () => WebContents | null | undefined;
  devUrl?: string;
}

/** Only the main frame of our own window, showing our own page, may call the API. */
export function createSenderCheck({ getWebContents, devUrl }: SenderCheckOptions) {
  return (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean => {
    const contents = getWebContents();
    if (!contents || contents.isDestroyed()) return false;
    if (event.sender?.id !== contents.id) return false;
    const frame = event.senderFrame;
    const main = contents.mainFrame;
    if (!frame || !main || frame.parent !== null) return false;
    if (frame.frameTreeNodeId !== main.frameTreeNodeId || frame.processId !== main.processId)
      return false;
    return isTrustedUrl(frame.url, devUrl);
  };
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  /**
   * The dispatcher: the handler table's (createApi(...).invoke) with the tasks beside it
   * (electron/tasks.ts `withTasks`); validates method and input itself.
   */
  invoke: (method: unknown, input: unknown) => ApiResult<unknown> | Promise<ApiResult<unknown>>;
  logError: (error: unknown) => void;
}

/** Binds the handler table to ipcMain; returns a function that unbinds it. */
export function registerIpc({ ipcMain, isTrustedSender, invoke, logError }: IpcDeps): () => void {
  const internal = (error: unknown) => {
    logError(error);
    return INTERNAL;
  };
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    // Anything but a text name is refused before it reaches the table (never an internal error).
    if (typeof method !== 'string') return { ok: false, error: unknownMethodError(method) };
    try {
      const result = invoke(method, input);
      // A task answers later; the table at once (ipcMain.handle accepts both).
      return result instanceof Promise ? result.catch(internal) : result;
    } catch (error) {
      return internal(error);
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Main → renderer: menu commands and other app events. */
export function sendAppEvent(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  name: AppEvent,
  payload?: unknown,
) {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
}
