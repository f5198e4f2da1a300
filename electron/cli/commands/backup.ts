import fs from 'node:fs';
import { CliError, line } from '../io';
import { positionals, type CommandContext } from '../context';

/**
 * `backup <file.db> [--force]`: a consistent copy through SQLite's online backup, of the file as
 * it is (any schema version; no migration). The copy is written next to the target and renamed
 * over it only when complete, so a failure leaves an existing backup untouched.
 */
export async function backupCommand(ctx: CommandContext): Promise<number> {
  const [name] = positionals(ctx, ['het bestand voor de reservekopie']);
  const target = ctx.resolve(name!);
  if (target === ctx.dbFile)
    throw new CliError('De reservekopie kan niet over de database zelf heen.');
  if (fs.existsSync(target) && !ctx.args.force) {
    throw new CliError(`${target} bestaat al. Gebruik --force om het te overschrijven.`);
  }
  const { db } = await ctx.openAsIs();
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await db.backup(tmp);
    fs.renameSync(tmp, target);
  } catch {
    fs.rmSync(tmp, { force: true });
    throw new CliError(
      `Kan de reservekopie niet schrijven naar ${target}; bestaat de map en mag u daar schrijven? ` +
        'Een bestaande reservekopie is niet veranderd.',
    );
  } finally {
    db.close();
  }
  // Journal files of the old copy do not belong to the new one.
  for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
  line(ctx.io.stdout, `Reservekopie geschreven: ${target} (${fs.statSync(target).size} bytes).`);
  return 0;
}
