import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../shared/api/events';
import type { RegioBridge } from '../../../shared/api/bridge';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: [] })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let bridge: RegioBridge;
beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as RegioBridge;
});
beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it('exposes exactly window.regio = { invoke, on }', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('regio');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('forwards known methods over the invoke channel', async () => {
    await expect(bridge.invoke('regions.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'regions.list', {});
    // The tasks (shared/api/tasks.ts) share the channel.
    await bridge.invoke('export.status', { jobId: 'x' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'export.status', {
      jobId: 'x',
    });
  });

  it('refuses unknown methods locally, without calling ipcRenderer', async () => {
    for (const name of ['system.exec', 'constructor', '__proto__', 'toString', '']) {
      await expect(bridge.invoke(name, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_method' },
      });
    }
    await expect(bridge.invoke(42 as unknown as string)).resolves.toMatchObject({ ok: false });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('delivers only the payload of the subscribed event and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.on('navigate', (payload) => seen.push(payload));
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as [
      string,
      (...a: unknown[]) => void,
    ];
    expect(channel).toBe(EVENT_CHANNEL);
    const ipcEvent = { sender: 'ipcRenderer mag niet lekken' };
    listener(ipcEvent, 'navigate', '/partijen');
    listener(ipcEvent, 'open-search', undefined);
    expect(seen).toEqual(['/partijen']);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, listener);
  });

  it('ignores subscriptions to unknown events', () => {
    const off = bridge.on('iets-anders', () => undefined);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(() => off()).not.toThrow();
  });
});

describe('preload bundle', () => {
  it('imports no zod and no contract: the method names come from the zod-free bridge list', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync(
      new URL('../../../electron/preload.ts', import.meta.url),
      'utf8',
    );
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).not.toContain('zod');
    expect(imports.some((i) => i!.includes('contract'))).toBe(false);
    const bridge = fs.readFileSync(
      new URL('../../../shared/api/bridge.ts', import.meta.url),
      'utf8',
    );
    expect([...bridge.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['./result']);
  });
});
