import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi, type Api } from '../../../electron/api/createApi';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../shared/api/events';
import {
  createSenderCheck,
  FORBIDDEN,
  isTrustedUrl,
  registerIpc,
  sendAppEvent,
} from '../../../electron/ipc';

vi.mock('electron', () => ({}));

type Frame = { frameTreeNodeId: number; processId: number; parent: Frame | null; url: string };
const mainFrame: Frame = {
  frameTreeNodeId: 1,
  processId: 7,
  parent: null,
  url: 'app://regiodossier/index.html#/partijen',
};
const contents = { id: 3, isDestroyed: () => false, mainFrame };

let api: Api;
beforeAll(async () => {
  api = await createApi(':memory:', { appVersion: '1.2.3', logError: () => undefined });
});
afterAll(() => api.close());

type Handler = (event: unknown, method: unknown, input: unknown) => unknown;

function setup(options: { devUrl?: string; window?: typeof contents | null } = {}) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Handler) => {
      expect(channel).toBe(INVOKE_CHANNEL);
      handler = fn;
    }),
    removeHandler: vi.fn(),
  };
  const invoke = vi.fn((method: unknown, input: unknown) => api.invoke(method, input));
  const logError = vi.fn();
  const win = options.window === undefined ? contents : options.window;
  const unregister = registerIpc({
    ipcMain,
    isTrustedSender: createSenderCheck({
      getWebContents: () => win as never,
      devUrl: options.devUrl,
    }),
    invoke,
    logError,
  });
  const call = (event: unknown, method: unknown, input?: unknown) => handler!(event, method, input);
  return { call, invoke, logError, ipcMain, unregister };
}

const from = (frame: Partial<Frame> | null, sender: { id: number } = contents) => ({
  sender,
  senderFrame: frame === null ? null : { ...mainFrame, ...frame },
});

describe('IPC sender check', () => {
  it('passes calls from our own main frame to the API', () => {
    const { call, invoke } = setup();
    const result = call(from({}), 'app.info', {});
    expect(invoke).toHaveBeenCalledWith('app.info', {});
    expect(result).toMatchObject({ ok: true, value: { version: '1.2.3', empty: true } });
  });

  it('lets the dispatcher answer unknown methods and invalid input from our page', () => {
    const { call } = setup();
    expect(call(from({}), 'system.exec', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(call(from({}), 'regions.get', { id: 'geen-uuid' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers unknown_method for a method name that is not text (issue 6 B14)', () => {
    const { call, logError } = setup();
    for (const method of [Object.create(null), { toString: 1 }, Symbol('x'), ['a'], 12]) {
      expect(call(from({}), method, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_method' },
      });
    }
    expect(logError).not.toHaveBeenCalled();
  });

  it('refuses a foreign URL in our main frame', () => {
    const { call, invoke } = setup();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://anders/index.html',
      'about:blank',
    ]) {
      expect(call(from({ url }), 'regions.list', {}), url).toEqual(FORBIDDEN);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses sub frames, other webContents and missing frames', () => {
    const { call, invoke } = setup();
    expect(call(from({ frameTreeNodeId: 2, parent: mainFrame }), 'regions.list', {})).toEqual(
      FORBIDDEN,
    );
    expect(call(from({ frameTreeNodeId: 9 }), 'regions.list', {})).toEqual(FORBIDDEN);
    expect(call(from({ processId: 99 }), 'regions.list', {})).toEqual(FORBIDDEN);
    expect(call(from({}, { id: 4 }), 'regions.list', {})).toEqual(FORBIDDEN);
    expect(call(from(null), 'regions.list', {})).toEqual(FORBIDDEN);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses everything while there is no window', () => {
    const { call, invoke } = setup({ window: null });
    expect(call(from({}), 'regions.list', {})).toEqual(FORBIDDEN);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only in development', () => {
    const dev = setup({ devUrl: 'http://localhost:5173' });
    expect(
      dev.call(from({ url: 'http://localhost:5173/#/overzicht' }), 'regions.list', {}),
    ).toEqual({ ok: true, value: [] });
    expect(dev.call(from({ url: 'http://localhost:5174/' }), 'regions.list', {})).toEqual(
      FORBIDDEN,
    );
    expect(setup().call(from({ url: 'http://localhost:5173/' }), 'regions.list', {})).toEqual(
      FORBIDDEN,
    );
    expect(isTrustedUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(
      false,
    );
  });

  it('answers a Dutch internal error when the API throws, and logs it', () => {
    const { call, invoke, logError } = setup();
    invoke.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const result = call(from({}), 'regions.list', {}) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toContain('boom');
    expect(logError).toHaveBeenCalled();
  });

  it('awaits a task’s answer, and answers internal when a task rejects', async () => {
    const { call, invoke, logError } = setup();
    invoke.mockImplementationOnce(() => Promise.resolve({ ok: true, value: null }) as never);
    await expect(call(from({}), 'export.status', {})).resolves.toEqual({ ok: true, value: null });
    invoke.mockImplementationOnce(() => Promise.reject(new Error('boom')) as never);
    await expect(call(from({}), 'export.start', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logError).toHaveBeenCalledTimes(1);
    // A task from a foreign frame never reaches the dispatcher.
    expect(call(from({ processId: 99 }), 'export.start', {})).toEqual(FORBIDDEN);
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('can be unregistered', () => {
    const { unregister, ipcMain } = setup();
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
  });
});

describe('sendAppEvent', () => {
  it('sends name and payload on the event channel unless the window is gone', () => {
    const target = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
    sendAppEvent(target, 'navigate', '/partijen');
    expect(target.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'navigate', '/partijen');
    target.isDestroyed.mockReturnValue(true);
    sendAppEvent(target, 'open-search');
    expect(target.send).toHaveBeenCalledTimes(1);
  });
});
