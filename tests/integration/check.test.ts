import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { createApi, type Api } from '../../electron/api/createApi';

let a: Api;
afterEach(() => a?.close());

function value<T>(result: ReturnType<Api['invoke']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('checkDatabase', () => {
  it('finds nothing wrong in a normal database, including the Prullenbak', async () => {
    a = await createApi(':memory:');
    value(a.invoke('dossier.loadDemo', {}));
    const party = value<{ id: string }[]>(a.invoke('parties.list', {}))[0]!;
    value(a.invoke('parties.delete', { id: party.id }));
    expect(checkDatabase(a.ctx.repos.db)).toEqual([]);
  });

  it('reports broken invariants in Dutch', async () => {
    a = await createApi(':memory:');
    const { regionId } = value<{ regionId: string }>(a.invoke('dossier.loadDemo', {}));
    const db = a.ctx.repos.db;
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
    const missing = crypto.randomUUID();
    const role = db
      .prepare('SELECT id FROM role_assignment WHERE deleted_at IS NULL LIMIT 1')
      .get() as { id: string };
    db.prepare('UPDATE role_assignment SET party_id = ? WHERE id = ?').run(missing, role.id);
    db.prepare(
      "UPDATE region SET deleted_at = '2026-01-01T00:00:00.000Z', trash_group = id WHERE id = ?",
    ).run(regionId);
    db.prepare(
      "UPDATE region_membership SET since = '2026-01-01', until = '2025-01-01' WHERE id = (SELECT min(id) FROM region_membership)",
    ).run();
    db.prepare(
      "UPDATE contact SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM contact)",
    ).run();
    db.prepare(
      "INSERT INTO theme (id, name, sort_order, created_at, updated_at) VALUES (?, 'Ouderen ', 99, 'x', 'x')",
    ).run(crypto.randomUUID());
    db.prepare(
      "INSERT INTO audit_log (entity, entity_id, action, at, actor, changes) VALUES ('party', ?, 'create', 'x', 'y', '{}')",
    ).run(missing);

    const problems = checkDatabase(db);
    const rules = new Set(problems.map((p) => p.rule));
    for (const rule of [
      'foreign_key_check',
      'missing_reference',
      'live_references_deleted',
      'period',
      'trash_group',
      'duplicate_theme',
      'audit_orphan',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    expect(problems.find((p) => p.rule === 'live_references_deleted')!.message).toMatch(
      /verwijst naar een regio in de prullenbak/,
    );
    expect(problems.find((p) => p.rule === 'missing_reference')!.message).toContain(missing);
  });
});
