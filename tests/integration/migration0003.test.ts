/**
 * 0003-agreements on top of a version-2 database with register rows (docs/architecture.md §3: migrate to
 * N−1, insert old-shape rows, migrate, assert). The afsprakenregister's tables arrive empty, the
 * register's rows and history stay, and agreements can refer to the old rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSqlite } from '../../db/check';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';
import { makeApi } from '../fixtures/api';

const NOW = '2026-11-22T10:00:00.000Z';
const R = '11111111-1111-4111-8111-111111111111';
const P = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const T = '44444444-4444-4444-8444-444444444444';
const M = '55555555-5555-4555-8555-555555555555';
const ROLE = '66666666-6666-4666-8666-666666666666';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A version-2 file: a region with a party, a person, a theme, a role, history and settings. */
function makeV2(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-m3-'));
  const file = path.join(dir, 'v2.db');
  const db = new Database(file);
  db.pragma(`application_id = ${0x52474453}`);
  migrate(db, { target: 2 });
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    'INSERT INTO region (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    R,
    'Regio Eem',
    NOW,
    NOW,
  );
  run(
    "INSERT INTO party (id, type, name, search_text, created_at, updated_at) VALUES (?, 'gemeente', 'Gemeente Eemdal', 'gemeente eemdal', ?, ?)",
    P,
    NOW,
    NOW,
  );
  run(
    "INSERT INTO region_membership (id, region_id, party_id, role, created_at, updated_at) VALUES (?, ?, ?, 'deelnemer', ?, ?)",
    M,
    R,
    P,
    NOW,
    NOW,
  );
  run(
    "INSERT INTO contact (id, name, party_id, search_text, created_at, updated_at) VALUES (?, 'Anna de Vries', ?, 'anna de vries', ?, ?)",
    C,
    P,
    NOW,
    NOW,
  );
  run(
    "INSERT INTO theme (id, name, sort_order, created_at, updated_at) VALUES (?, 'Ouderen', 1, ?, ?)",
    T,
    NOW,
    NOW,
  );
  run(
    "INSERT INTO role_assignment (id, region_id, contact_id, party_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, 'bestuurlijk_aanspreekpunt', ?, ?)",
    ROLE,
    R,
    C,
    P,
    NOW,
    NOW,
  );
  run(
    "INSERT INTO audit_log (entity, entity_id, action, at, actor, changes) VALUES ('party', ?, 'create', ?, 'Piet', '{}')",
    P,
    NOW,
  );
  run("INSERT INTO setting (key, value) VALUES ('currentRegionId', ?)", R);
  db.close();
  return file;
}

const AGREEMENT_TABLES = [
  'agreement',
  'agreement_theme',
  'agreement_party',
  'agreement_financing',
  'agreement_status_change',
  'progress_update',
  'agreement_review',
  'agreement_decision_link',
];

describe('0003-agreements on a version-2 database with rows', () => {
  it('adds empty agreement tables and keeps every register row and its history', () => {
    const file = makeV2();
    const db = new Database(file);
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = Object.fromEntries(
      [
        'region',
        'party',
        'region_membership',
        'contact',
        'theme',
        'role_assignment',
        'audit_log',
        'setting',
      ].map((t) => [t, count(t)]),
    );
    migrate(db, { target: 3 });
    expect(schemaVersion(db)).toBe(3);
    for (const table of AGREEMENT_TABLES) expect(count(table), table).toBe(0);
    for (const [table, n] of Object.entries(before)) expect(count(table), table).toBe(n);
    expect(db.prepare('SELECT name FROM contact WHERE id = ?').get(C)).toEqual({
      name: 'Anna de Vries',
    });
    // The app's own invariants need the current schema (check.ts); SQLite's checks hold at any version.
    expect(checkSqlite(db)).toEqual([]);
    db.close();
  });

  it('the upgraded file takes agreements that refer to the old region, theme, party and person', async () => {
    const file = makeV2();
    const api = await makeApi(file);
    try {
      const created = api.call('agreements.create', {
        regionId: R,
        title: 'Valpreventie',
        themeIds: [T],
        parties: [{ partyId: P, role: 'trekker' }],
        ownerId: C,
      });
      const detail = api.call('agreements.get', { id: created.id });
      expect(detail).toMatchObject({
        regionName: 'Regio Eem',
        themes: [{ id: T, name: 'Ouderen' }],
        parties: [{ partyId: P, name: 'Gemeente Eemdal', role: 'trekker' }],
        owner: { id: C, name: 'Anna de Vries' },
        status: 'concept',
      });
      // Deleting the old region takes the new agreement along, as one Prullenbak group.
      api.call('regions.delete', { id: R });
      expect(api.call('trash.list').find((t) => t.entity === 'region')?.includes).toMatch(
        /1 afspraak/,
      );
    } finally {
      api.close();
    }
  });
});
