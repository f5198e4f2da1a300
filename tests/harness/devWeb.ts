import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startServer } from './server';

/**
 * `npm run dev:web`: the app in a normal browser (docs/architecture.md §1, browser mode). Development only.
 * Options: --db <file> (or REGIODOSSIER_DB; default .dev/regiodossier-dev.db), --port <n>.
 */
async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const dbFile = path.resolve(
    values.db ?? process.env.REGIODOSSIER_DB ?? path.join(REPO_ROOT, '.dev/regiodossier-dev.db'),
  );
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Ongeldige poort: ${values.port}.`);
  }
  mkdirSync(path.dirname(dbFile), { recursive: true });

  if (!existsSync(path.join(REPO_ROOT, 'out/renderer/index.html'))) {
    console.warn('Let op: out/renderer/index.html ontbreekt; voer eerst "npm run build" uit.');
  }
  const server = await startServer({ dbFile, port });
  console.log(`Database: ${dbFile}`);
  console.log(`Browsermodus: ${server.url}`);
  console.log('Alleen bereikbaar vanaf deze computer. Stoppen met Ctrl+C.');

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
