import { DbError } from '../../db';
import { parseCliArgs, type ParsedArgs } from './args';
import {
  commandContext,
  fileContext,
  type CommandContext,
  type FileCommandContext,
} from './context';
import { resolveDbFile } from './defaultDbPath';
import { CliError, EXIT, facts, line, type CliIo } from './io';
import { USAGE } from './usage';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { dossierCommand } from './commands/dossier';
import { exportCommand } from './commands/exportFile';
import { generateCommand } from './commands/generate';
import { importCommand } from './commands/importFile';
import { initCommand } from './commands/init';
import { notulenCommand } from './commands/notulen';
import { overdrachtCommand } from './commands/overdracht';
import { reviewRespondCommand } from './commands/reviewRespond';
import { reviewImportCommand, reviewPackageCommand } from './commands/reviewPackage';

type Command = (ctx: CommandContext) => Promise<number>;
/** A command on files only: no database is resolved, opened or created (nor --user checked). */
type FileCommand = (ctx: FileCommandContext) => Promise<number>;

/** Each command with the options it accepts (besides --db, --debug, --help). */
const COMMANDS: Record<
  string,
  { run: Command; options: string[] } | { run: FileCommand; options: string[]; filesOnly: true }
> = {
  init: { run: initCommand, options: [] },
  demo: { run: demoCommand, options: [] },
  import: { run: importCommand, options: [] },
  export: { run: exportCommand, options: ['region'] },
  check: { run: checkCommand, options: [] },
  backup: { run: backupCommand, options: ['force'] },
  generate: { run: generateCommand, options: ['profile', 'seed'] },
  dossier: {
    run: dossierCommand,
    options: [
      'region',
      'out',
      'from',
      'to',
      'sections',
      'marking',
      'minutes',
      'no-minutes-text',
      'title',
      'author',
      'include-confidential',
      'no-cards',
    ],
  },
  notulen: { run: notulenCommand, options: ['meeting', 'out', 'include-confidential'] },
  overdracht: { run: overdrachtCommand, options: ['person', 'out'] },
  'review-package': {
    run: reviewPackageCommand,
    options: [
      'region',
      'reviewer',
      'agreements',
      'meeting',
      'include-confidential',
      'message',
      'reply-by',
      'html',
      'out',
    ],
  },
  'review-import': { run: reviewImportCommand, options: [] },
  'review-respond': {
    run: reviewRespondCommand,
    options: ['reviewer-name', 'akkoord', 'remark', 'general', 'out'],
    filesOnly: true,
  },
};

/** The whole command-line tool, in-process: returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs | undefined;
  try {
    args = parseCliArgs(argv);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (!args.command) {
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    const command = COMMANDS[args.command];
    if (!command)
      throw new CliError(`Onbekende opdracht: ${args.command}. Zie --help.`, EXIT.usage);
    const wrong = args.given.find((o) => !command.options.includes(o));
    if (wrong)
      throw new CliError(
        `Optie --${wrong} hoort niet bij ${args.command}. Zie --help.`,
        EXIT.usage,
      );
    if ('filesOnly' in command) return await command.run(fileContext(args, io));
    const dbFile = resolveDbFile(args.db, facts(io));
    return await command.run(commandContext(args, io, dbFile));
  } catch (error) {
    if (error instanceof CliError) {
      line(io.stderr, error.message);
      return error.exitCode;
    }
    if (error instanceof DbError) {
      line(io.stderr, error.message);
      if (args?.debug && error.cause instanceof Error) line(io.stderr, error.cause.stack ?? '');
      return EXIT.failure;
    }
    line(
      io.stderr,
      'Er ging iets onverwachts mis; er is niets opgeslagen. Gebruik --debug voor details.',
    );
    if (args?.debug)
      line(io.stderr, error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.failure;
  }
}
