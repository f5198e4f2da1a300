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
