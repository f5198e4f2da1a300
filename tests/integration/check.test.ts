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

describe('checkDatabase: the overleggen (issue 7)', () => {
  /** The demo with its meetings; foreign keys and CHECK constraints off, to break what they guard. */
  async function broken() {
    a = await createApi(':memory:');
    value(a.invoke('dossier.loadDemo', {}));
    const db = a.ctx.repos.db;
    expect(checkDatabase(db)).toEqual([]);
    db.pragma('foreign_keys = OFF');
    db.pragma('ignore_check_constraints = ON');
    const one = (sql: string) => (db.prepare(sql).get() as { id: string }).id;
    return { db, one };
  }
  const DELETED = "deleted_at = '2026-01-01T00:00:00.000Z', trash_group = id";

  it('live agenda items of a deleted meeting, live decisions and actions of a deleted item', async () => {
    const { db, one } = await broken();
    const meeting = one('SELECT meeting_id AS id FROM agenda_item LIMIT 1');
    db.prepare(`UPDATE meeting SET ${DELETED} WHERE id = ?`).run(meeting);
    const item = one('SELECT agenda_item_id AS id FROM decision LIMIT 1');
    db.prepare(`UPDATE agenda_item SET ${DELETED} WHERE id = ?`).run(item);
    const messages = checkDatabase(db)
      .filter((p) => p.rule === 'live_references_deleted')
      .map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Agendapunt ‘.*’ .* verwijst naar een overleg in de prullenbak/),
        expect.stringMatching(/^Besluit ‘.*’ .* verwijst naar een agendapunt in de prullenbak/),
        expect.stringMatching(/^Actiepunt ‘.*’ .* verwijst naar een agendapunt in de prullenbak/),
      ]),
    );
  });

  it('an invitee who is both a person and a guest, or neither', async () => {
    const { db, one } = await broken();
    const attendee = one('SELECT id FROM meeting_attendee ORDER BY id LIMIT 1');
    const nobody = one('SELECT id FROM meeting_attendee ORDER BY id DESC LIMIT 1');
    db.prepare("UPDATE meeting_attendee SET guest_name = 'Gast' WHERE id = ?").run(attendee);
    db.prepare('UPDATE meeting_attendee SET contact_id = NULL WHERE id = ?').run(nobody);
    const problems = checkDatabase(db).filter((p) => p.rule === 'attendee');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^Genodigde ${attendee} van overleg .* is een persoon en een gast tegelijk\\.$`),
      ),
      expect.stringMatching(
        new RegExp(`^Genodigde ${nobody} van overleg .* is geen persoon en geen gast met naam\\.$`),
      ),
    ]);
  });

  it('vastgestelde notulen without their version, and a meeting that ends before it starts', async () => {
    const { db, one } = await broken();
    const approved = one("SELECT id FROM meeting WHERE minutes_status = 'vastgesteld'");
    db.prepare('DELETE FROM minutes_version WHERE meeting_id = ?').run(approved);
    db.prepare("UPDATE meeting SET end_time = '09:00' WHERE id = ?").run(approved);
    const problems = checkDatabase(db);
    expect(problems).toContainEqual({
      rule: 'minutes_version',
      message: expect.stringMatching(
        /^Overleg .* heeft vastgestelde notulen \(versie 1\), maar die versie is niet bewaard\.$/,
      ),
    });
    expect(problems).toContainEqual({
      rule: 'period',
      message: expect.stringMatching(/^Overleg .* eindigt niet na de begintijd\.$/),
    });
  });
});
