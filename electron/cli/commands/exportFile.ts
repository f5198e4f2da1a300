import fs from 'node:fs';
import type { ExchangeDocument } from '../../../shared/exchange/schema';
import type { Region } from '../../../shared/schemas/region';
import type { Api } from '../../api/createApi';
import { CliError, line } from '../io';
import { LATEST_VERSION } from '../../../db/migrations';
import { call, fileSchemaVersion, positionals, withApi, type CommandContext } from '../context';
import { describeCollectionCounts } from './counts';
import { regionTitle, withNoun } from '../../../shared/withNoun';

/** A region by id or by exact name (case-insensitive); unknown → exit 1 with the known names. */
export function findRegion(api: Api, wanted: string): Region {
  const regions = call<Region[]>(api, 'regions.list', {});
  const lower = wanted.trim().toLocaleLowerCase('nl-NL');
  const found = regions.find(
    (r) => r.id === wanted.trim() || r.name.toLocaleLowerCase('nl-NL') === lower,
  );
  if (found) return found;
  const known = regions.length
    ? ` Bekende regio's: ${regions.map((r) => r.name).join(', ')}.`
    : ' Er zijn nog geen regio’s.';
  throw new CliError(`${regionTitle(wanted.trim())} bestaat niet in deze database.${known}`);
}

/** `export <file.json> [--region <name or id>]` */
export async function exportCommand(ctx: CommandContext): Promise<number> {
  const [name] = positionals(ctx, ['het bestand om naar te schrijven']);
  const file = ctx.resolve(name!);
  // Exporting reads the file without upgrading it; an older schema has to be upgraded first.
  const version = await fileSchemaVersion(ctx);
  if (version < LATEST_VERSION) {
    throw new CliError(
      `Deze database heeft een ouder schema (versie ${version}; nu ${LATEST_VERSION}). ` +
        'Werk hem eerst bij met de opdracht init (er komt dan een reservekopie naast) en exporteer daarna. ' +
        'Er is niets geschreven.',
    );
  }
  return withApi(ctx, { mustExist: true, migrate: false }, (api) => {
    const region = ctx.args.region !== undefined ? findRegion(api, ctx.args.region) : null;
    const doc = call<ExchangeDocument>(api, 'dossier.export', { regionId: region?.id ?? null });
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, `${JSON.stringify(doc, null, 2)}\n`);
      fs.renameSync(tmp, file);
    } catch {
      fs.rmSync(tmp, { force: true });
      throw new CliError(
        `Kan niet schrijven naar ${file}; bestaat de map en mag u daar schrijven?`,
      );
    }
    const counts = Object.fromEntries(
      Object.entries(doc)
        .filter(([, v]) => Array.isArray(v))
        .map(([k, v]) => [k, (v as unknown[]).length]),
    );
    const what = region ? withNoun('regio', region.name) : 'alle gegevens';
    line(
      ctx.io.stdout,
      `Geëxporteerd (${what}) naar ${file}: ${describeCollectionCounts(counts)}.`,
    );
    return 0;
  });
}
