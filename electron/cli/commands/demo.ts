import type { Region } from '../../../shared/schemas/region';
import { line } from '../io';
import { call, positionals, withApi, type CommandContext } from '../context';

/** `demo`: load the Voorbeelddossier and make it the current region. */
export async function demoCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  return withApi(ctx, {}, (api) => {
    const { regionId } = call<{ regionId: string }>(api, 'dossier.loadDemo', {});
    const region = call<Region>(api, 'regions.get', { id: regionId });
    line(ctx.io.stdout, `Voorbeelddossier geladen: ${region.name} (${ctx.dbFile}).`);
    return 0;
  });
}
