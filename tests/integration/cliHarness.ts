import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../electron/cli/runCli';

/** Runs the CLI in-process with captured output. */
export async function cli(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd?: string,
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
    homedir: cwd,
    platform: 'linux',
    clock: () => new Date('2026-11-22T10:00:00.000Z'),
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-cli-'));
}
