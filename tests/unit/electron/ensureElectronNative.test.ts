import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../../scripts/ensureElectronNative.mjs');

describe('scripts/ensureElectronNative.mjs', () => {
  it('fails with a clear Dutch message, not a stack trace, when the Electron binary is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'regio-no-electron-'));
    const result = spawnSync(process.execPath, [script], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      encoding: 'utf8',
    });
    fs.rmSync(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Electron is niet geïnstalleerd');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
