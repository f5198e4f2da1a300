import path from 'node:path';
import { readTextFile } from '../files';
import { CliError, line } from '../io';
import { call, positionals, withApi, type CommandContext } from '../context';
import { describeCollectionCounts } from './counts';
import { importSizeProblem } from '../../../shared/exchange/limits';

/** Reads and parses a JSON file (up to IMPORT_MAX_BYTES) with Dutch messages for the usual mistakes. */
export function readJson(file: string): unknown {
  const text = readTextFile(
    file,
    (bytes) => importSizeProblem(file, bytes),
    'Er is niets ingelezen.',
  );
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(
      `${file} is geen geldige JSON (${(error as Error).message}). Er is niets ingelezen.`,
    );
  }
}

/** `import <file.json>`: all or nothing; every problem is printed with its JSON path. */
export async function importCommand(ctx: CommandContext): Promise<number> {
  const [name] = positionals(ctx, ['het bestand om in te lezen']);
  const file = ctx.resolve(name!);
  const document = readJson(file);
  return withApi(ctx, {}, (api) => {
    const { counts } = call<{ counts: Record<string, number> }>(api, 'dossier.import', {
      document,
      fileName: path.basename(file),
    });
    line(ctx.io.stdout, `Ingelezen uit ${file}: ${describeCollectionCounts(counts)}.`);
    if (counts.alreadyPresent) {
      line(
        ctx.io.stdout,
        `${counts.alreadyPresent} ${counts.alreadyPresent === 1 ? 'gegeven was' : 'gegevens waren'} al aanwezig (gelijk aan het bestand) en ${counts.alreadyPresent === 1 ? 'is' : 'zijn'} overgeslagen.`,
      );
    }
    if (counts.themesMatched) {
      line(
        ctx.io.stdout,
        `${counts.themesMatched} thema('s) bestonden al en zijn op naam gekoppeld.`,
      );
    }
    return 0;
  });
}
