import fs from 'node:fs';
import path from 'node:path';
import { LATEST_VERSION } from '../../../db/migrations';
import { line } from '../io';
import { positionals, withApi, type CommandContext } from '../context';

/** `init`: create the database, or upgrade it to the newest schema (with a backup first). */
export async function initCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const file = ctx.dbFile;
  const existed = file !== ':memory:' && fs.existsSync(file);
  if (!existed && file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const { backupFile, created } = await withApi(ctx, {}, (api) => ({
    backupFile: api.backupFile,
    created: api.created,
  }));
  const out = ctx.io.stdout;
  if (created) {
    line(
      out,
      `${existed ? 'Nieuwe database aangemaakt in het lege bestand' : 'Nieuwe database aangemaakt'}: ${file}`,
    );
  } else if (backupFile) {
    line(out, `Database bijgewerkt: ${file}`);
    line(out, `Reservekopie van de vorige versie: ${backupFile}`);
  } else line(out, `Database is al bij de tijd: ${file}`);
  line(out, `Schemaversie: ${LATEST_VERSION}`);
  return 0;
}
