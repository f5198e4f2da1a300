import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The renderer is served from app://regiodossier/ (a standard, secure, privileged scheme). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'regiodossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeTypeOf = (file: string) =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** True for URLs of our own renderer (app://regiodossier/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file under `root` that an app:// URL asks for, or null when the URL is not ours or would
 * leave `root` (path traversal, also percent-encoded, NUL bytes, other hosts).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${pathname}`);
  const relative = path.relative(base, file);
  const outside =
    relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (!relative || outside) return null;
  return file;
}

const baseHeaders = (contentType: string) => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** The app:// request handler: files from `root` only, always with the CSP header. */
export function createAppRequestHandler(
  root: string,
  readFile: ReadFile = (f) => fs.promises.readFile(f),
) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Niet toegestaan.');
    const file = resolveAppFile(root, request.url);
    if (!file) return plain(403, 'Geweigerd.');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, 'Niet gevonden.');
    }
    const payload = request.method === 'HEAD' ? null : new Uint8Array(body);
    return new Response(payload, { status: 200, headers: baseHeaders(mimeTypeOf(file)) });
  };
}

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

/** Serves the built renderer folder (out/renderer) on app://regiodossier/. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
