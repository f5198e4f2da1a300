import os from 'node:os';
import { showControlCharacters } from '../../shared/textRules';

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
  /** The OS user name (the history's actor when neither --user nor REGIODOSSIER_USER says). */
  username?: string;
  /** "Now" for generated data and exports (tests fix it). */
  clock?: () => Date;
  /** Whether the dossier file may be written (tests run as root, where chmod 444 does not stop it). */
  canWrite?: (file: string) => boolean;
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

/**
 * Text as the terminal may see it: every control character from data (a name holding
 * "\u001b[2J" would clear the screen, U+202E would turn text around) as a visible escape.
 * Line ends stay: this is for text the CLI itself put on several lines.
 */
export const printable = (text: string): string => showControlCharacters(text);

/** One line of data: also its line ends escaped, so data cannot start a line of its own. */
export const oneLine = (text: string): string =>
  showControlCharacters(text, { lineBreaks: 'escape' });

/** Every line the CLI prints goes through here, escaped (see printable). */
export const line = (stream: Writable, text = '') => stream.write(`${printable(text)}\n`);
