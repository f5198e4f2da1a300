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

// Control characters (ESC of ANSI sequences, NUL, C1), direction overrides and line separators.
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const UNPRINTABLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const ESCAPES: Record<string, string> = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };
const escape = (c: string) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text as the terminal may see it: every control character from data (a name holding
 * "\u001b[2J" would clear the screen, U+202E would turn text around) as a visible escape.
 * Line ends stay: this is for text the CLI itself put on several lines.
 */
export const printable = (text: string): string => text.replace(UNPRINTABLE, escape);

/** One line of data: also its line ends escaped, so data cannot start a line of its own. */
export const oneLine = (text: string): string => printable(text).replace(/[\n]/g, escape);

/** Every line the CLI prints goes through here, escaped (see printable). */
export const line = (stream: Writable, text = '') => stream.write(`${printable(text)}\n`);
