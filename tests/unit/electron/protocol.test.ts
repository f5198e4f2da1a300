import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import {
  APP_SCHEME_DEFINITION,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppFile,
  serveAppScheme,
} from '../../../electron/protocol';

let tmp: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regio-protocol-'));
  root = path.join(tmp, 'out', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Regiodossier</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'GEHEIM');
  handle = createAppRequestHandler(root);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const get = (url: string) => handle(new Request(url));

describe('Content-Security-Policy', () => {
  it('is strict: nothing by default, own scripts only, inline styles for Mantine', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header and the right content type', async () => {
    const response = await get('app://regiodossier/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Regiodossier</title>');
  });

  it('serves index.html for the root and scripts as JavaScript', async () => {
    expect(await (await get('app://regiodossier/')).text()).toContain('Regiodossier');
    const script = await get('app://regiodossier/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses path traversal out of the renderer folder', async () => {
    for (const url of [
      'app://regiodossier/../../etc/passwd',
      'app://regiodossier/../../secret.txt',
      'app://regiodossier/..%2F..%2Fsecret.txt',
      'app://regiodossier/assets/..%2F..%2F..%2Fsecret.txt',
      'app://regiodossier/%2e%2e/%2e%2e/secret.txt',
      'app://regiodossier/..%5C..%5Csecret.txt',
    ]) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('GEHEIM');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get('app://regiodossier/..%2F..%2Fsecret.txt')).status).toBe(403);
  });

  it('refuses other hosts, NUL bytes, missing files and writes', async () => {
    expect((await get('app://elders/index.html')).status).toBe(403);
    expect((await get('app://regiodossier/index.html%00.png')).status).toBe(403);
    expect((await get('app://regiodossier/bestaat-niet.js')).status).toBe(404);
    expect(
      (await handle(new Request('app://regiodossier/index.html', { method: 'POST', body: 'x' })))
        .status,
    ).toBe(405);
  });

  it('resolves files inside the root only', () => {
    expect(resolveAppFile(root, 'app://regiodossier/assets/app.js')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
    expect(resolveAppFile(root, 'app://regiodossier/..%2Fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'https://regiodossier/index.html')).toBeNull();
  });

  it('registers app:// as a standard, secure scheme and installs the handler', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_DEFINITION]);
    expect(APP_SCHEME_DEFINITION).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    serveAppScheme(protocol, root);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, typeof handle];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://regiodossier/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
