/** The files a command reads and writes besides the database: Dutch messages for the usual mistakes. */
import fs from 'node:fs';
import path from 'node:path';
import type { FileCommandContext } from './context';
import { CliError, EXIT } from './io';

/**
 * Reads a text file the user named (UTF-8). `tooLarge` answers the size before anything is read
 * (null: fine); `nothingDone` ends the message ("Er is niets ingelezen.").
 */
export function readTextFile(
  file: string,
  tooLarge: (bytes: number) => string | null,
  nothingDone: string,
): string {
  try {
    const problem = tooLarge(fs.statSync(file).size);
    if (problem) throw new CliError(problem);
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'het bestaat niet'
        : code === 'EISDIR'
          ? 'het is een map'
          : 'het is niet leesbaar';
    throw new CliError(`Kan ${file} niet lezen: ${why}. ${nothingDone}`);
  }
}

const cannotWrite = (out: string) =>
  new CliError(`Kan niet schrijven naar ${out}; bestaat de map en mag u daar schrijven?`);

/** `--out` resolved, its folder writable (checked before the work); `missing`: exit 2. */
export function outTarget(ctx: FileCommandContext, missing: string): string {
  if (!ctx.args.out) throw new CliError(missing, EXIT.usage);
  const out = ctx.resolve(ctx.args.out);
  try {
    fs.accessSync(path.dirname(out), fs.constants.W_OK);
  } catch {
    throw cannotWrite(out);
  }
  return out;
}

/** Writes the file whole or not at all (a temporary file renamed into place). */
export function writeWhole(out: string, data: Uint8Array | string): void {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, out);
  } catch {
    fs.rmSync(tmp, { force: true });
    throw cannotWrite(out);
  }
}
