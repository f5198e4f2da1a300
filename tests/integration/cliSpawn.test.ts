import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './cliHarness';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the real entry point', () => {
  it('runs through npx tsx electron/cli/main.ts with proper exit codes', () => {
    dir = tempDir();
    const db = path.join(dir, 'echt.db');
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'electron/cli/main.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env },
      });
    const init = run('--db', db, 'init');
    expect(init.stdout).toMatch(/Nieuwe database aangemaakt/);
    expect(init.status).toBe(0);
    const wrong = run('--db', db, 'onzin');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Onbekende opdracht: onzin/);
  }, 60_000);

  it('stops quietly when the reader closes the pipe early (| head), without a stack trace', async () => {
    const child = spawn('npx', ['tsx', 'electron/cli/main.ts', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader is gone before the tool has written a byte, as with `| head -0` or `| true`.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
