import { checkDatabase, checkSqlite } from '../../../db/check';
import { schemaVersion } from '../../../db/migrate';
import { LATEST_VERSION } from '../../../db/migrations';
import { line, oneLine } from '../io';
import { positionals, type CommandContext } from '../context';

/**
 * `check`: SQLite's integrity and foreign-key checks plus the app's invariants. Reads the file as
 * it is (no migration, no backup); on an older schema only SQLite's own checks can run.
 */
export async function checkCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const { db } = await ctx.openAsIs();
  try {
    const version = schemaVersion(db);
    const current = version === LATEST_VERSION;
    const problems = current ? checkDatabase(db) : checkSqlite(db);
    const out = ctx.io.stdout;
    line(out, `Controle van ${ctx.dbFile}`);
    if (!current) {
      line(
        out,
        `Let op: dit bestand heeft schemaversie ${version}, deze versie van Regiodossier gebruikt ` +
          `${LATEST_VERSION}. Alleen de controles van SQLite zijn uitgevoerd; de regels van de app ` +
          'vragen het nieuwste schema. Werk het bestand bij met init om ook die te controleren.',
      );
    }
    if (problems.length === 0) {
      line(out, 'Geen problemen gevonden.');
      return 0;
    }
    line(out, `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} gevonden:`);
    for (const p of problems) line(out, `  - ${oneLine(p.message)}`);
    return 1;
  } finally {
    db.close();
  }
}
