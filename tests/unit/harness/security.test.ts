import { describe, expect, it } from 'vitest';
import { hasValidToken, isAllowedHost, isJsonContentType } from '../../harness/security';

describe('hasValidToken', () => {
  const token = 'abc_DEF-123';
  it('accepts exactly "Bearer <token>"', () => {
    expect(hasValidToken(`Bearer ${token}`, token)).toBe(true);
  });
  it.each([
    ['missing header', undefined],
    ['empty header', ''],
    ['other scheme', `Basic ${token}`],
    ['no scheme', token],
    ['wrong token', 'Bearer abc_DEF-124'],
    ['prefix of the token', 'Bearer abc_DEF-12'],
    ['token plus extra', `Bearer ${token}x`],
    ['two tokens', `Bearer ${token} ${token}`],
  ])('refuses %s', (_label, header) => {
    expect(hasValidToken(header, token)).toBe(false);
  });
  it('refuses everything when the server has no token', () => {
    expect(hasValidToken('Bearer ', '')).toBe(false);
  });
});

describe('isAllowedHost', () => {
  it.each(['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST:4321'])('accepts %s', (host) => {
    expect(isAllowedHost(host, 4321)).toBe(true);
  });
  it.each([
    undefined,
    '',
    '127.0.0.1',
    'localhost',
    '127.0.0.1:4322',
    'evil.example:4321',
    'localhost.evil.example:4321',
    '[::1]:4321',
    '0.0.0.0:4321',
  ])('refuses %s', (host) => {
    expect(isAllowedHost(host, 4321)).toBe(false);
  });
});

describe('isJsonContentType', () => {
  it('accepts application/json with or without charset', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
  });
  it('refuses the content types a plain HTML form can send', () => {
    expect(isJsonContentType(undefined)).toBe(false);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType('multipart/form-data; boundary=x')).toBe(false);
  });
});
