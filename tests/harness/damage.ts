import fs from 'node:fs';
import { Database } from '../../db/sqlite';

/**
 * Damages one b-tree of a database file the way a bad disk sector would: the page type byte of
 * its root page (table or index `name`; default the last index) becomes 0xff, which no valid page
 * has. quick_check finds it; the rest of the file stays readable.
 */
export function damageBtree(file: string, name?: string): void {
  const raw = new Database(file, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const root = (
    name
      ? raw.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(name)
      : raw
          .prepare(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rootpage DESC LIMIT 1",
          )
          .pluck()
          .get()
  ) as number;
  raw.close();
  const bytes = fs.readFileSync(file);
  bytes[(root - 1) * pageSize] = 0xff;
  fs.writeFileSync(file, bytes);
}

/**
 * Damages the schema's own b-tree (page 1, after the 100-byte file header): no table can be
 * found any more, while the header (application id, page size) still reads as a dossier.
 */
export function damageSchema(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes[100] = 0xff;
  fs.writeFileSync(file, bytes);
}

/** Cuts the file off after `fraction` of its bytes, as a copy that stopped halfway would. */
export function truncateFile(file: string, fraction: number): void {
  fs.truncateSync(file, Math.floor(fs.statSync(file).size * fraction));
}

/** Damages the given pages (1-based) the way damageBtree does: the page type byte becomes 0xff. */
export function damagePages(file: string, pages: number[]): void {
  const raw = new Database(file, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const bytes = fs.readFileSync(file);
  for (const page of pages) bytes[(page - 1) * pageSize] = 0xff;
  fs.writeFileSync(file, bytes);
}
