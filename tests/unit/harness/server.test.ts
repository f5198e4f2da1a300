import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/api/createApi';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { MAX_BODY_BYTES, startServer, type HarnessServer } from '../../harness/server';

/** The browser-mode server over real HTTP, on a real SQLite file and a tiny renderer build. */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let dir: string;
let server: HarnessServer;

function request(
  options: { method?: string; path?: string; headers?: http.OutgoingHttpHeaders },
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const post = (body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) =>
  request(
    {
      method: 'POST',
      path: '/api/invoke',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${server.token}`,
        ...headers,
      },
    },
    body,
  );

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'regiodossier-harness-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  await writeFile(path.join(rendererDir, 'assets/app.js'), 'console.log(1);');
  await writeFile(path.join(dir, 'secret.txt'), 'geheim');
  server = await startServer({ dbFile: path.join(dir, 'test.db'), rendererDir });
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on loopback with a random token, and gives a URL with token and hash route', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}#/`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves index.html with the shim, assets with their type, and the CSP everywhere', async () => {
    const index = await request({ path: '/?token=x' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain(
      '<script src="/regio-shim.js"></script>\n    <script type="module"',
    );

    const asset = await request({ path: '/assets/app.js' });
    expect([asset.status, asset.headers['content-type'], asset.body]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1);',
    ]);
    const shim = await request({ path: '/regio-shim.js' });
    expect(shim.body).toContain('window.regio');

    const missing = await request({ path: '/assets/nope.js' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const answer = await request({ path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body).not.toContain('geheim');
    }
  });

  it('checks the Host header on every request', async () => {
    expect((await request({ headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
    expect((await request({ headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await post('{}', { Host: `attacker.test:${server.port}` })).status).toBe(403);
  });

  it('refuses API calls from another origin (issue 6 B14)', async () => {
    const body = JSON.stringify({ method: 'app.info', input: {} });
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const answer = await post(body, { Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await post(body, { Origin: server.origin })).status).toBe(200);
    expect((await post(body, { Origin: `http://localhost:${server.port}` })).status).toBe(200);
    expect((await post(body)).status).toBe(200);
  });

  it('answers unknown_method for a method name that is not text', async () => {
    for (const method of ['{"toString": 1}', '[1]', '{}', 'null', '7']) {
      const answer = await post(`{"method": ${method}, "input": {}}`);
      expect(answer.status, method).toBe(200);
      expect(JSON.parse(answer.body), method).toMatchObject({
        ok: false,
        error: { code: 'unknown_method' },
      });
    }
  });

  it('answers unknown_method, not 500, for names of Object.prototype (issue 19)', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    for (const method of names) {
      const answer = await post(JSON.stringify({ method, input: {} }));
      expect(answer.status, method).toBe(200);
      expect(JSON.parse(answer.body), method).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: `Onbekende opdracht: ${method}.` },
      });
    }
  });

  it('answers the envelope of the handler table and stores writes in the database file', async () => {
    const info = await post(JSON.stringify({ method: 'app.info', input: {} }));
    expect(info.status).toBe(200);
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { empty: true, version: pkg.version },
    });

    const created = await post(
      JSON.stringify({ method: 'regions.create', input: { name: 'Regio Utrecht' } }),
    );
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Regio Utrecht' } });
    await server.close();

    const reopened = await createApi(path.join(dir, 'test.db'));
    const regions = reopened.invoke('regions.list', {});
    reopened.close();
    expect(regions).toMatchObject({ ok: true, value: [{ name: 'Regio Utrecht' }] });
  });

  it('refuses requests without the token, other methods and non-JSON bodies', async () => {
    const body = JSON.stringify({ method: 'app.info', input: {} });
    expect((await post(body, { Authorization: '' })).status).toBe(401);
    expect((await post(body, { Authorization: `Bearer ${server.token}0` })).status).toBe(401);
    const get = await request({ path: '/api/invoke' });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    const preflight = await request({
      method: 'OPTIONS',
      path: '/api/invoke',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await post(body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await request({ method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('answers invalid JSON and oversized bodies with a Dutch error envelope', async () => {
    const broken = await post('{"method": ');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'De aanvraag is geen geldige JSON.' },
    });
    expect((await post('[1,2]')).status).toBe(400);
    const big = await post(Buffer.alloc(MAX_BODY_BYTES + 1, 0x20));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('close() is idempotent', async () => {
    await server.close();
    await expect(server.close()).resolves.toBeUndefined();
  });
});
