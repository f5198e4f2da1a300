import { insertCollections } from '../../../db/exchange';
import { writer } from '../../api/context';
import { richTextToPlain } from '../../text/richText';
import { generateData, PROFILES, type Profile } from '../generateData';
import { CliError, line, usageError } from '../io';
import { positionals, withApi, type CommandContext } from '../context';
import { describeCollectionCounts } from './counts';

/** `generate --profile klein|groot [--seed n]`: bulk synthetic data in one transaction. */
export async function generateCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const profile = ctx.args.profile;
  if (!profile || !Object.hasOwn(PROFILES, profile)) {
    throw usageError('Kies een profiel: generate --profile klein of generate --profile groot.');
  }
  const seed = ctx.args.seed === undefined ? 1 : Number(ctx.args.seed);
  if (!Number.isInteger(seed) || seed < 0)
    throw usageError('--seed moet een geheel getal van 0 of meer zijn.');
  return withApi(ctx, {}, (api) => {
    const { repos } = api.ctx;
    const started = performance.now();
    const counts = repos.db.transaction(() => {
      repos.themes.ensureDefaults(writer(api.ctx));
      const themes = repos.themes.list(false).map((t) => ({ id: t.id, name: t.name }));
      const now = api.ctx.clock();
      const data = generateData({ profile: profile as Profile, seed, now, themes });
      if (repos.regions.find(data.regions[0]!.id)) {
        throw new CliError(
          `Deze gegevens (profiel ${profile}, seed ${seed}) staan al in de database. Kies een andere --seed of een lege database.`,
        );
      }
      // The generated descriptions repeat: derive each plain text once.
      const plain = new Map<string, string>();
      const plainText = (html: string) => {
        let text = plain.get(html);
        if (text === undefined) plain.set(html, (text = richTextToPlain(html)));
        return text;
      };
      const result = insertCollections(repos.db, data, plainText);
      if (!repos.settings.get('currentRegionId'))
        repos.settings.set('currentRegionId', data.regions[0]!.id);
      return result;
    })();
    const seconds = (performance.now() - started) / 1000;
    line(
      ctx.io.stdout,
      `Gegenereerd (profiel ${profile}, seed ${seed}): ${describeCollectionCounts({ ...counts, themes: undefined })}.`,
    );
    line(ctx.io.stdout, `Klaar in ${seconds.toFixed(2).replace('.', ',')} seconden.`);
    return 0;
  });
}
