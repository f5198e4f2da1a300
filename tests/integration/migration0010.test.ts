import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

describe('0010-conversations', () => {
  it('keeps every actiepunt (and its place in the Prullenbak) while action_item gets a second source', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 9 });
    db.exec(`
      INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', '${NOW}', '${NOW}');
      INSERT INTO contact (id, name, search_text, created_at, updated_at)
        VALUES ('c1', 'Anna', 'anna', '${NOW}', '${NOW}');
      INSERT INTO meeting (id, region_id, kind, title, date, start_time, end_time, created_at,
        updated_at) VALUES ('m1', 'r1', 'voortgangsgesprek', 'Overleg', '2026-11-12', '14:00',
        '16:00', '${NOW}', '${NOW}');
      INSERT INTO agenda_item (id, meeting_id, position, title, created_at, updated_at)
        VALUES ('i1', 'm1', 0, 'Punt', '${NOW}', '${NOW}');
      INSERT INTO action_item (id, agenda_item_id, position, text, owner_id, due_date, status,
          done_on, created_at, updated_at, deleted_at, trash_group)
        VALUES ('a1', 'i1', 0, 'Cijfers', 'c1', '2026-12-01', 'afgerond', '2026-11-20', '${NOW}',
          '${NOW}', NULL, NULL),
               ('a2', 'i1', 1, 'Weg', NULL, NULL, 'open', NULL, '${NOW}', '${NOW}', '${NOW}', 'i1');
    `);
    const before = db.prepare('SELECT * FROM action_item ORDER BY id').all();
    migrate(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(10);
    const after = db.prepare('SELECT * FROM action_item ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    expect(after).toEqual(
      (before as Record<string, unknown>[]).map((r) => ({ ...r, conversation_id: null })),
    );
    // The indexes came back, and an action has exactly one source.
    const indexes = (
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'action_item'`)
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'action_item_item',
        'action_item_conversation',
        'action_item_open',
        'action_item_owner',
        'action_item_trash',
      ]),
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO action_item (id, agenda_item_id, conversation_id, position, text, status,
            created_at, updated_at) VALUES ('a3', NULL, NULL, 0, 'Zwevend', 'open', '${NOW}', '${NOW}')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    // Purging the meeting still purges its actions.
    db.prepare(`DELETE FROM meeting WHERE id = 'm1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM action_item').get()).toEqual({ n: 0 });
  });
});
