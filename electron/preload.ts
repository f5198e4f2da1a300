/**
 * Sandboxed preload: exposes exactly window.regio = { invoke, on } and nothing else.
 * Bundled into one CommonJS file (out/preload/preload.cjs); only 'electron' stays external.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMethod } from '../shared/api/contract';
import { unknownMethodError, type ApiResult } from '../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isAppEvent } from '../shared/api/events';

type Renderer = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

export interface RegioBridge {
  invoke(method: string, input?: unknown): Promise<ApiResult<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

export function createRegioBridge(renderer: Renderer): RegioBridge {
  return {
    invoke(method, input) {
      if (!isMethod(method)) {
        // Refused here, without a round trip; same envelope the dispatcher would answer.
        return Promise.resolve({ ok: false, error: unknownMethodError(method) });
      }
      return renderer.invoke(INVOKE_CHANNEL, method, input) as Promise<ApiResult<unknown>>;
    },
    on(event, callback) {
      if (!isAppEvent(event) || typeof callback !== 'function') return () => undefined;
      // The IpcRendererEvent never reaches the page: only the payload does.
      const listener = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) callback(payload);
      };
      renderer.on(EVENT_CHANNEL, listener);
      return () => {
        renderer.removeListener(EVENT_CHANNEL, listener);
      };
    },
  };
}

contextBridge.exposeInMainWorld('regio', createRegioBridge(ipcRenderer));
