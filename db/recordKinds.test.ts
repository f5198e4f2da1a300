import { getTableName } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RECORD_KINDS } from '../shared/recordKinds';
import { migrate } from './migrate';
import { Database } from './sqlite';
import { ENTITY_TABLES } from './entityKinds';

describe('the registry of record kinds against the database', () => {
  it('names each entity’s table as its table definition does', () => {
    for (const k of ENTITY_KINDS) expect(k.table, k.kind).toBe(getTableName(ENTITY_TABLES[k.kind]));
  });

  it('names tables and actor columns that exist', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (const k of RECORD_KINDS) {
      const columns = (db.prepare(`PRAGMA table_info(${k.table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns, k.table).toContain('id');
      if ('actorColumn' in k) expect(columns, k.table).toContain(k.actorColumn);
    }
    db.close();
  });
});
