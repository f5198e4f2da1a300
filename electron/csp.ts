/**
 * Content-Security-Policy of the renderer, sent as a header by the app:// protocol handler.
 * 'unsafe-inline' for styles only: Mantine sets inline style attributes. No scripts other than
 * our own bundle, no network, no frames, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
