import { describe, expect, it } from 'vitest';
import { Database } from '../../db/sqlite';
import { migrate, schemaVersion } from '../../db/migrate';
import { migrations, LATEST_VERSION, type Migration } from '../../db/migrations';
import { DbError } from '../../db/errors';
import { openDatabase } from '../../db/open';

const tableNames = (db: InstanceType<typeof Database>) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

const schemaSql = (db: InstanceType<typeof Database>) =>
  db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();

describe('migration list', () => {
  it('is numbered 1, 2, 3 … without gaps and LATEST_VERSION is the last step', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });
});

describe('each migration: migrate to N−1, then to N', () => {
  for (const step of migrations) {
    it(`${String(step.version).padStart(4, '0')}-${step.name} applies on top of version ${step.version - 1}`, () => {
      const db = new Database(':memory:');
      migrate(db, { target: step.version - 1 });
      expect(schemaVersion(db)).toBe(step.version - 1);
      const before = tableNames(db);

      const result = migrate(db, { target: step.version });
      expect(result).toEqual({ from: step.version - 1, to: step.version });
      expect(schemaVersion(db)).toBe(step.version);
      expect(tableNames(db).length).toBeGreaterThanOrEqual(before.length);
      db.close();
    });
  }

  it('0001-register creates the register tables, all STRICT, with their constraints', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: 0 });
    expect(tableNames(db)).toEqual([]);
    migrate(db, { target: 1 });
    expect(tableNames(db)).toEqual([
      'audit_log',
      'contact',
      'party',
      'region',
      'region_membership',
      'role_assignment',
      'setting',
      'theme',
    ]);
    const now = '2026-11-22T10:00:00.000Z';
    db.prepare(
      "INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Friesland', ?, ?)",
    ).run(now, now);
    db.prepare(
      `INSERT INTO party (id, type, name, search_text, created_at, updated_at)
       VALUES ('p1', 'gemeente', 'Leeuwarden', 'leeuwarden', ?, ?)`,
    ).run(now, now);
    // CHECKs and foreign keys of the first schema
    expect(() =>
      db
        .prepare(
          `INSERT INTO party (id, type, name, search_text, created_at, updated_at)
           VALUES ('p2', 'bank', 'X', 'x', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
    const membership = db.prepare(
      `INSERT INTO region_membership (id, region_id, party_id, role, since, until, created_at, updated_at)
       VALUES (?, ?, 'p1', 'deelnemer', ?, ?, ?, ?)`,
    );
    expect(() => membership.run('m0', 'r1', '2026-01-01', '2025-01-01', now, now)).toThrow(/CHECK/);
    expect(() => membership.run('m0', 'nope', null, null, now, now)).toThrow(/FOREIGN KEY/);
    membership.run('m1', 'r1', null, null, now, now);
    expect(() => membership.run('m2', 'r1', null, null, now, now)).toThrow(/UNIQUE/);
    // STRICT: a text in an INTEGER column is refused
    expect(() =>
      db.prepare("UPDATE region SET zorgkantoor_number = 'veel' WHERE id = 'r1'").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (entity, entity_id, action, at, actor, changes) VALUES ('party', 'p1', 'create', ?, 'x', 'not json')",
        )
        .run(now),
    ).toThrow(/CHECK/);
    db.close();
  });
});

describe('all pending steps in one transaction', () => {
  const failing: Migration = {
    version: 2,
    name: 'fails-halfway',
    up(db) {
      db.exec('CREATE TABLE agreement (id TEXT PRIMARY KEY) STRICT');
      throw new Error('boom');
    },
  };

  it('a failing step leaves user_version and the schema unchanged (also the steps before it)', () => {
    const db = new Database(':memory:');
    const schemaBefore = schemaSql(db);
    let error: unknown;
    try {
      migrate(db, { migrations: [migrations[0]!, failing] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('migration_failed');
    expect((error as DbError).message).toMatch(/er is niets veranderd/);
    expect(schemaVersion(db)).toBe(0);
    expect(schemaSql(db)).toEqual(schemaBefore);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('from an older version, a failing later step keeps the older schema intact', () => {
    const db = new Database(':memory:');
    migrate(db, { migrations: [migrations[0]!] });
    const schemaBefore = schemaSql(db);
    expect(() => migrate(db, { migrations: [migrations[0]!, failing] })).toThrow(DbError);
    expect(schemaVersion(db)).toBe(1);
    expect(schemaSql(db)).toEqual(schemaBefore);
    db.close();
  });

  it('a second run has nothing to do', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    db.close();
  });

  it('refuses a database from a newer version with DbError newer_version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(
      expect.objectContaining({
        code: 'newer_version',
        message: expect.stringMatching(/nieuwere versie/),
      }),
    );
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });
});

describe('all tables are STRICT', () => {
  it('pragma table_list reports strict = 1 for every table of the opened database', async () => {
    const { db } = await openDatabase(':memory:');
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'")
      .all() as {
      name: string;
      strict: number;
    }[];
    const ours = tables.filter((t) => !t.name.startsWith('sqlite_'));
    expect(ours.length).toBeGreaterThanOrEqual(8);
    for (const t of ours)
      expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    const sql = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; sql: string }[];
    for (const t of sql) expect(t.sql).toMatch(/\)\s*STRICT(, WITHOUT ROWID)?$/);
    db.close();
  });
});
