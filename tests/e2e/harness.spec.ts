import http from 'node:http';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { expect, test, type PageWindow } from './fixtures';

/** Proves the browser-mode harness itself: server, token, host check, CSP and the shim. */

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so headers such as Host can be set freely. */
function raw(port: number, options: http.RequestOptions & { body?: string }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** window.regio.invoke inside the page. */
const invokeInPage = (page: Page, method: string, input: unknown) =>
  page.evaluate(([m, i]) => (globalThis as unknown as PageWindow).regio.invoke(m, i), [
    method,
    input,
  ] as const);

/** Waits until the shim has defined window.regio. */
const shimReady = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() => typeof (globalThis as unknown as Partial<PageWindow>).regio?.invoke),
    )
    .toBe('function');

const invokeBody = JSON.stringify({ method: 'app.info', input: {} });

test('the page loads with window.regio, and the token leaves the visible URL', async ({
  app,
  page,
}) => {
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}#\/$/);
  await shimReady(page);
  const state = await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    return {
      on: typeof w.regio.on,
      frozen: Object.isFrozen(w.regio),
      search: w.location.search,
      hash: w.location.hash,
    };
  });
  expect(state).toMatchObject({ on: 'function', frozen: true, search: '' });
  expect(state.hash.startsWith('#/')).toBe(true);
});

test('invoke from the page reaches the handler table, also after a reload', async ({
  app,
  page,
}) => {
  const info = await invokeInPage(page, 'app.info', {});
  expect(info).toMatchObject({
    ok: true,
    value: { empty: true, schemaVersion: expect.any(Number) },
  });

  app.api('settings.update', { userName: 'Anna de Vries' });
  await page.reload();
  const settings = await invokeInPage(page, 'settings.get', {});
  expect(settings).toMatchObject({ ok: true, value: { userName: 'Anna de Vries' } });
});

test('an unknown method and invalid input answer the dispatcher envelope', async ({
  app,
  page,
}) => {
  expect(app.url).toContain('token=');
  const unknown = await invokeInPage(page, 'bestaat.niet', {});
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  const invalid = await invokeInPage(page, 'regions.get', { id: 'geen-uuid' });
  expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

test('on() registers callbacks that __regioEmit fires, until unsubscribed', async ({ page }) => {
  // No `app` parameter: the fixture is automatic, so the page is open all the same.
  const seen = await page.evaluate(() => {
    const got: unknown[] = [];
    const w = globalThis as unknown as PageWindow;
    const stop = w.regio.on('navigate', (payload) => got.push(payload));
    const emit = w.__regioEmit;
    emit('navigate', '/partijen');
    stop();
    emit('navigate', '/personen');
    return got;
  });
  expect(seen).toEqual(['/partijen']);
});

test('without the token the API answers 401; with a foreign Host 403', async ({ app }) => {
  const { port, token } = app.server;
  const headers = { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}` };
  const noToken = await raw(port, {
    method: 'POST',
    path: '/api/invoke',
    headers,
    body: invokeBody,
  });
  expect(noToken.status).toBe(401);
  expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  const wrongToken = await raw(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { ...headers, Authorization: `Bearer ${token.slice(1)}x` },
    body: invokeBody,
  });
  expect(wrongToken.status).toBe(401);

  const rebinding = await raw(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { ...headers, Host: `evil.example:${port}`, Authorization: `Bearer ${token}` },
    body: invokeBody,
  });
  expect(rebinding.status).toBe(403);
  const rebindingPage = await raw(port, {
    method: 'GET',
    path: '/',
    headers: { Host: 'evil.example' },
  });
  expect(rebindingPage.status).toBe(403);

  const good = await raw(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { ...headers, Authorization: `Bearer ${token}` },
    body: invokeBody,
  });
  expect(good.status).toBe(200);
  expect(JSON.parse(good.body)).toMatchObject({ ok: true });
});

test('pages serve the CSP header and the shim runs before the app script', async ({ app }) => {
  const index = await raw(app.server.port, {
    method: 'GET',
    path: '/',
    headers: { Host: `localhost:${app.server.port}` },
  });
  expect(index.status).toBe(200);
  expect(index.headers['content-type']).toContain('text/html');
  expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const shim = index.body.indexOf('<script src="/regio-shim.js"></script>');
  expect(shim).toBeGreaterThan(-1);
  expect(index.body.search(/<script(?! src="\/regio-shim\.js")/)).toBeGreaterThan(shim);

  const traversal = await raw(app.server.port, {
    method: 'GET',
    path: '/%2e%2e/%2e%2e/package.json',
    headers: { Host: `127.0.0.1:${app.server.port}` },
  });
  expect(traversal.status).toBe(404);
});

test('a page on another origin cannot call the API (no CORS approval)', async ({ app, page }) => {
  await page.goto('about:blank');
  const outcome = await page.evaluate(
    async ({ origin, token }) => {
      try {
        const res = await fetch(`${origin}/api/invoke`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method: 'app.info', input: {} }),
        });
        return `antwoord ${res.status}`;
      } catch {
        return 'geblokkeerd';
      }
    },
    { origin: app.server.origin, token: app.server.token },
  );
  expect(outcome).toBe('geblokkeerd');
});

test('when the server is gone, invoke resolves with a Dutch connection error', async ({
  app,
  page,
}) => {
  await shimReady(page);
  await app.server.close();
  const answer = await invokeInPage(page, 'app.info', {});
  expect(answer).toEqual({
    ok: false,
    error: { code: 'internal', message: 'Geen verbinding met de browsermodus-server.' },
  });
});

test('app.goto opens a hash route with a working bridge', async ({ app, page }) => {
  await app.goto('/partijen');
  const hash = await page.evaluate(() => (globalThis as unknown as PageWindow).location.hash);
  expect(hash).toBe('#/partijen');
  expect(await invokeInPage(page, 'settings.get', {})).toMatchObject({ ok: true });
});
