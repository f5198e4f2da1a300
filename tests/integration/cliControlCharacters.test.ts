/** Issue 6 B9: the CLI never prints control characters from data raw (no ANSI, no bidi). */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliHarness';

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'dossier.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/* eslint-disable no-control-regex -- the test looks for control characters */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

describe('cli output escapes control characters', () => {
  it('check names a party whose stored name holds ESC, a bidi override and a line break', async () => {
    await cli(['--db', db, 'demo']);
    const raw = new Database(db);
    raw
      .prepare(
        `UPDATE party SET name = ?, deleted_at = '2026-01-01T00:00:00.000Z'
         WHERE id = (SELECT min(id) FROM party)`,
      )
      .run('Gemeente \u001b[31mZeist\u202E\nNep-regel: alles in orde');
    raw.close();
    const check = await cli(['--db', db, 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).not.toMatch(RAW);
    expect(check.stdout.split('\n').some((l) => l.startsWith('Nep-regel'))).toBe(false);
    expect(check.stdout).toContain('Gemeente \\u001b[31mZeist\\u202e\\nNep-regel');
  });

  it('a file name with an escape sequence is printed escaped', async () => {
    await cli(['--db', db, 'init']);
    const file = path.join(dir, 'x\u001b[2Jy.json');
    const missing = await cli(['--db', db, 'import', file]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).not.toMatch(RAW);
    expect(missing.stderr).toContain('x\\u001b[2Jy.json');
  });
});
