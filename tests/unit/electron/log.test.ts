import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/log';

describe('createLogger', () => {
  it('appends timestamped lines with the error and its cause', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regio-log-'));
    const file = path.join(dir, 'regiodossier.log');
    const log = createLogger(file, () => new Date('2026-11-22T10:00:00Z'));
    log.info('start');
    log.error('openen mislukt', new Error('buiten', { cause: new Error('binnen') }));
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('2026-11-22T10:00:00.000Z INFO  start\n')).toBe(true);
    expect(text).toContain('ERROR openen mislukt\nError: buiten');
    expect(text).toContain('oorzaak: Error: binnen');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never throws when the file cannot be written', () => {
    const log = createLogger(path.join(os.tmpdir(), 'bestaat-niet', 'nergens', 'x.log'));
    expect(() => log.error('x', new Error('y'))).not.toThrow();
  });
});
