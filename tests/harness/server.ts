import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, type Api } from '../../electron/api/createApi';
import { BodyTooLargeError, readBody, send, sendError, sendJson } from './http';
import { hasValidToken, isAllowedHost, isAllowedOrigin, isJsonContentType } from './security';
import { unknownMethodError } from '../../shared/api/result';
import { contentTypeOf, injectShim, resolveStaticPath, SHIM_PATH } from './staticFiles';
import { createDesktop, type HarnessDesktop } from './desktop';
import { isTaskName } from '../../shared/api/bridge';
import { memoryProfile, type ProfileStore } from '../../electron/api/userProfile';

/** Browser mode's stand-in for the user profile of the computer (the app keeps it in a file). */
export const BROWSER_MODE_USER = 'Testgebruiker';

/**
 * Browser mode (docs/architecture.md §1): a loopback-only server that serves the built renderer and the
 * handler table over HTTP, for development and end-to-end tests. Never shipped in the app.
 */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHIM_FILE = path.join(REPO_ROOT, 'tests/harness/shim.js');
export const API_PATH = '/api/invoke';
/** Above the import's 50 MB (shared/exchange/limits.ts), with room for the JSON envelope. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ServerOptions {
  dbFile: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Built renderer, relative to the repository root unless absolute. */
  rendererDir?: string;
  clock?: () => Date;
  /** Check handler results against the contract (default true; the bench runs as the packaged app does). */
  checkOutput?: boolean;
  /** Where exported PDFs go (the save dialog's answer); default: `exports/` beside the database. */
  exportDir?: string;
  /** Who works "on this computer" (default: a profile in memory named BROWSER_MODE_USER). */
  profile?: ProfileStore;
  /** Whether the dossier file may be written (tests run as root, where chmod cannot say no). */
  canWrite?: (file: string) => boolean;
}

export interface HarnessServer {
  /** Opens the app: `http://127.0.0.1:PORT/?token=…#/`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The API the server wraps (tests seed data through it directly). */
  api: Api;
  /** The save dialog, "Openen" and "Toon in map" of the exports (tests/harness/desktop.ts). */
  desktop: HarnessDesktop;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<HarnessServer> {
  const rendererDir = path.resolve(REPO_ROOT, options.rendererDir ?? 'out/renderer');
  const token = randomBytes(32).toString('base64url');
  const api = await createApi(options.dbFile, {
    // Tests only: beside the test's database (the app uses Documents/Regiodossier back-ups).
    defaultBackupFolder: path.join(path.dirname(path.resolve(options.dbFile)), 'back-ups'),
    appVersion: await readAppVersion(),
    profile: options.profile ?? memoryProfile({ userName: BROWSER_MODE_USER }),
    ...(options.clock && { clock: options.clock }),
    ...(options.checkOutput !== undefined && { checkOutput: options.checkOutput }),
    ...(options.canWrite && { canWrite: options.canWrite }),
  });
  const { desktop, tasks, stop } = createDesktop(
    api,
    options.exportDir ?? path.join(path.dirname(path.resolve(options.dbFile)), 'exports'),
    options.clock,
  );
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        sendError(res, 500, {
          code: 'internal',
          message: 'Er ging iets mis in de browsermodus-server.',
        });
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!isAllowedHost(req.headers.host, port)) {
      return sendError(res, 403, {
        code: 'forbidden',
        message: 'Onbekende host; gebruik 127.0.0.1 of localhost.',
      });
    }
    const pathname = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    if (pathname === API_PATH) return handleApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(
        res,
        405,
        { code: 'forbidden', message: 'Deze methode is niet toegestaan.' },
        { Allow: 'GET, HEAD' },
      );
    }
    return serveStatic(res, pathname, req.method === 'HEAD');
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') {
      // Also answers CORS preflights (OPTIONS) without any Access-Control-Allow-* header.
      return sendError(
        res,
        405,
        { code: 'forbidden', message: 'Alleen POST is toegestaan.' },
        { Allow: 'POST' },
      );
    }
    // A page on another origin may not call the API, even when it somehow holds the token.
    if (!isAllowedOrigin(req.headers.origin, port)) {
      return sendError(res, 403, {
        code: 'forbidden',
        message: 'Geweigerd: dit verzoek komt van een andere herkomst (Origin).',
      });
    }
    if (!hasValidToken(req.headers.authorization, token)) {
      return sendError(res, 401, {
        code: 'forbidden',
        message: 'Geen of een ongeldig toegangstoken.',
      });
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendError(res, 415, { code: 'invalid_input', message: 'De aanvraag moet JSON zijn.' });
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendError(res, 413, {
          code: 'invalid_input',
          message: 'De aanvraag is te groot (maximaal 64 MB).',
        });
      }
      throw error;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendError(res, 400, {
        code: 'invalid_input',
        message: 'De aanvraag is geen geldige JSON.',
      });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendError(res, 400, {
        code: 'invalid_input',
        message: 'De aanvraag moet een object met method en input zijn.',
      });
    }
    const { method, input } = body as { method?: unknown; input?: unknown };
    if (typeof method !== 'string') {
      return sendJson(res, 200, { ok: false, error: unknownMethodError(method) });
    }
    sendJson(res, 200, isTaskName(method) ? await tasks(method, input) : api.invoke(method, input));
  }

  async function serveStatic(res: ServerResponse, pathname: string, headOnly: boolean) {
    const notFound = () =>
      sendError(res, 404, { code: 'not_found', message: 'Dit bestand bestaat niet.' });
    if (pathname === SHIM_PATH) {
      return send(res, 200, await readFile(SHIM_FILE), contentTypeOf(SHIM_FILE), {}, headOnly);
    }
    const file = resolveStaticPath(rendererDir, pathname);
    if (!file) return notFound();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return notFound();
    const content = await readFile(file);
    const isIndex = path.relative(rendererDir, file) === 'index.html';
    const body = isIndex ? injectShim(content.toString('utf8')) : content;
    return send(res, 200, body, contentTypeOf(file), {}, headOnly);
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    api.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    stop();
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }).then(() => {
      api.close();
    });
    return closing;
  };
  return { url: `${origin}/?token=${token}#/`, origin, port, token, api, desktop, close };
}

async function readAppVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
