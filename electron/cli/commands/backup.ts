import fs from 'node:fs';
import { CliError, line } from '../io';
import { positionals, withApi, type CommandContext } from '../context';

/** `backup <file.db> [--force]`: a consistent copy through SQLite's online backup. */
export async function backupCommand(ctx: CommandContext): Promise<number> {
  const [name] = positionals(ctx, ['het bestand voor de reservekopie']);
  const target = ctx.resolve(name!);
  if (target === ctx.dbFile)
    throw new CliError('De reservekopie kan niet over de database zelf heen.');
  const exists = fs.existsSync(target);
  if (exists && !ctx.args.force) {
    throw new CliError(`${target} bestaat al. Gebruik --force om het te overschrijven.`);
  }
  return withApi(ctx, { mustExist: true }, async (api) => {
    if (exists)
      for (const f of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    try {
      await api.ctx.repos.db.backup(target);
    } catch {
      fs.rmSync(target, { force: true });
      throw new CliError(
        `Kan de reservekopie niet schrijven naar ${target}; bestaat de map en mag u daar schrijven?`,
      );
    }
    line(ctx.io.stdout, `Reservekopie geschreven: ${target} (${fs.statSync(target).size} bytes).`);
    return 0;
  });
}
