import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db';
import { schemaVersion } from '../../db/migrate';
import { createApi, type Api } from '../api/createApi';
import type { ParsedArgs } from './args';
import { CliError, facts, line, oneLine, type CliIo } from './io';
import { cliProfile } from './userName';
import type { ApiErrorBody } from '../../shared/api/result';

/** What a command that works on files only gets: no database is resolved, opened or created. */
export interface FileCommandContext {
  args: ParsedArgs;
  io: CliIo;
  /** Resolves a user-given path against the working directory. */
  resolve: (file: string) => string;
}

/** What a command gets: its arguments, the streams and the database location. */
export interface CommandContext extends FileCommandContext {
  dbFile: string;
  openApi: (options?: { mustExist?: boolean; migrate?: boolean }) => Promise<Api>;
  /**
   * Opens the existing file read-only, as it is (no migration, no .bak, not even the journal
   * mode written): for the commands that only read it. A newer or foreign file is refused.
   */
  openAsIs: () => Promise<OpenedDatabase>;
}

export function fileContext(args: ParsedArgs, io: CliIo): FileCommandContext {
  const { cwd } = facts(io);
  return { args, io, resolve: (file) => path.resolve(cwd, file) };
}

export function commandContext(args: ParsedArgs, io: CliIo, dbFile: string): CommandContext {
  const { homedir } = facts(io);
  const profile = cliProfile(args, io);
  return {
    ...fileContext(args, io),
    dbFile,
    openAsIs: () => openDatabase(dbFile, { readOnly: true }),
    openApi: (options = {}) =>
      createApi(dbFile, {
        mustExist: options.mustExist ?? false,
        migrate: options.migrate ?? true,
        // A file it may not write is refused before any connection that could write (no
        // -wal/-shm left beside it).
        whenNotWritable: 'refuse',
        ...(io.canWrite ? { canWrite: io.canWrite } : {}),
        checkOutput: false,
        clock: io.clock,
        profile,
        // As the app's default (Instellingen may choose another, stored in the file).
        defaultBackupFolder: path.join(homedir, 'Documents', 'Regiodossier back-ups'),
        logError: (error) => {
          if (args.debug)
            line(
              io.stderr,
              error instanceof Error ? (error.stack ?? error.message) : String(error),
            );
        },
      }),
  };
}

/** The schema version of the existing file, read without changing it. */
export async function fileSchemaVersion(ctx: CommandContext): Promise<number> {
  const { db } = await ctx.openAsIs();
  try {
    return schemaVersion(db);
  } finally {
    db.close();
  }
}

/** Opens the database, runs `fn` and always closes it again. */
export async function withApi<T>(
  ctx: CommandContext,
  options: { mustExist?: boolean; migrate?: boolean },
  fn: (api: Api) => T | Promise<T>,
): Promise<T> {
  const api = await ctx.openApi(options);
  try {
    return await fn(api);
  } finally {
    api.close();
  }
}

/** An API failure as a CliError, with each issue on its own line ("parties[3].type: …"). */
export function apiFailure(error: ApiErrorBody): CliError {
  const lines = [oneLine(error.message)];
  for (const issue of error.issues ?? [])
    lines.push(`  - ${oneLine(issue.path || '(document)')}: ${oneLine(issue.message)}`);
  return new CliError(lines.join('\n'));
}

/** Calls the handler table; a failure becomes a CliError (exit 1). */
export function call<T>(api: Api, method: string, input: unknown): T {
  const result = api.invoke(method, input);
  if (!result.ok) throw apiFailure(result.error);
  return result.value as T;
}

/** Requires exactly `count` positional arguments (wrong usage otherwise). */
export function positionals(ctx: FileCommandContext, names: string[]): string[] {
  const given = ctx.args.positionals;
  if (given.length < names.length) {
    throw new CliError(`Opdracht ${ctx.args.command} mist ${names[given.length]}. Zie --help.`, 2);
  }
  if (given.length > names.length) {
    throw new CliError(
      `Te veel argumenten voor ${ctx.args.command}: ${given.slice(names.length).join(' ')}.`,
      2,
    );
  }
  return given;
}
