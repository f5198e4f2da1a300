import fs from 'node:fs';

export interface Logger {
  file: string;
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `\n  oorzaak: ${describe(error.cause)}`;
    return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
  }
  return String(error);
}

/** Appends to a plain-text log file (userData/regiodossier.log); never throws. */
export function createLogger(file: string, now: () => Date = () => new Date()): Logger {
  const write = (level: string, message: string) => {
    try {
      fs.appendFileSync(file, `${now().toISOString()} ${level} ${message}\n`);
    } catch {
      // Logging must never take the app down.
    }
  };
  return {
    file,
    info: (message) => write('INFO ', message),
    error: (message, error) =>
      write('ERROR', error === undefined ? message : `${message}\n${describe(error)}`),
  };
}
