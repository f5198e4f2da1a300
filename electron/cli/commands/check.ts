import { checkDatabase } from '../../../db/check';
import { line } from '../io';
import { positionals, withApi, type CommandContext } from '../context';

/** `check`: SQLite's integrity and foreign-key checks plus the app's invariants. */
export async function checkCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  return withApi(ctx, { mustExist: true }, (api) => {
    const problems = checkDatabase(api.ctx.repos.db);
    const out = ctx.io.stdout;
    line(out, `Controle van ${ctx.dbFile}`);
    if (problems.length === 0) {
      line(out, 'Geen problemen gevonden.');
      return 0;
    }
    line(out, `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} gevonden:`);
    for (const p of problems) line(out, `  - ${p.message}`);
    return 1;
  });
}
