import { timingSafeEqual } from 'node:crypto';

/** Pure request checks of the browser-mode server (kept apart so they can be unit tested). */

/** True when `Authorization: Bearer <token>` carries exactly this run's token. */
export function hasValidToken(authorization: string | undefined, token: string): boolean {
  if (!authorization || !token) return false;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * DNS-rebinding protection: a page on evil.example that resolves to 127.0.0.1 still sends
 * `Host: evil.example`, so only our own loopback names with our own port are accepted.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/** Only JSON bodies are accepted by the API (`application/json`, optionally with a charset). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Cross-origin protection: a browser names the calling page's origin on every POST. Only our own
 * page (127.0.0.1 or localhost with our port) may call; no Origin at all is a non-browser client
 * (tests, curl), which still needs the token.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.trim().toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}
