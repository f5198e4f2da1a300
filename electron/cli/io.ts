import os from 'node:os';

export interface Writable {
  write(text: string): unknown;
}

/** What the CLI talks to; tests pass in-memory streams and their own environment. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  platform?: NodeJS.Platform;
  homedir?: string;
  /** "Now" for generated data and exports (tests fix it). */
  clock?: () => Date;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An expected failure: a Dutch message and an exit code (1 failure, 2 wrong usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);

export function facts(io: CliIo) {
  return {
    platform: io.platform ?? process.platform,
    env: io.env,
    homedir: io.homedir ?? os.homedir(),
    cwd: io.cwd ?? process.cwd(),
  };
}

export const line = (stream: Writable, text = '') => stream.write(`${text}\n`);
