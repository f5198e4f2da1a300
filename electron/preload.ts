/**
 * Sandboxed preload: exposes exactly window.regio = { invoke, on } and nothing else.
 * Bundled into one CommonJS file (out/preload/preload.cjs); only 'electron' stays external.
 * It imports no zod: the method names come from shared/api/bridge.ts, not the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isBridgeName, unknownMethod, type RegioBridge } from '../shared/api/bridge';
import type { ApiResult } from '../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isAppEvent } from '../shared/api/events';

type Renderer = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createRegioBridge(renderer: Renderer): RegioBridge {
  return {
    invoke(method, input) {
      if (!isBridgeName(method)) {
        // Refused here, without a round trip; same envelope the dispatcher would answer.
        return Promise.resolve(unknownMethod(method));
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
