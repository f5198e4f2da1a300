/**
 * Every foreign key has a full index that starts with its column (migration 0011): SQLite finds
 * the rows that refer to a deleted parent (ON DELETE CASCADE / SET NULL, a purge) through it. A
 * partial index cannot serve that lookup, and without one each deleted parent row reads the
 * whole child table: 200,000 actiepunten per agenda item on the groot profile.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

describe('the indexes of the foreign keys', () => {
  it('give every foreign key a full index with its column first', () => {
    const db = api.ctx.repos.db;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const missing: string[] = [];
    let keys = 0;
    for (const { name } of tables) {
      const firstColumn = (index: string) =>
        (db.prepare(`PRAGMA index_info("${index}")`).all() as { name: string }[])[0]?.name;
      const usable = new Set(
        (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; partial: number }[])
          .filter((i) => !i.partial)
          .map((i) => firstColumn(i.name)),
      );
      for (const fk of db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as {
        from: string;
        table: string;
      }[]) {
        keys += 1;
        if (!usable.has(fk.from)) missing.push(`${name}.${fk.from} → ${fk.table}`);
      }
    }
    expect(keys).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
