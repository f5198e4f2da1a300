import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

describe('0007-decision-links', () => {
  it('keeps the links to existing besluiten, and purging a besluit removes its links', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 6 });
    db.exec(`
      INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', '${NOW}', '${NOW}');
      INSERT INTO agreement (id, region_id, case_number, title, status, search_text, created_at, updated_at)
        VALUES ('a1', 'r1', 'A-1', 'Valpreventie', 'concept', '', '${NOW}', '${NOW}');
      INSERT INTO meeting (id, region_id, kind, title, date, start_time, end_time, created_at,
        updated_at) VALUES ('m1', 'r1', 'voortgangsgesprek', 'Overleg', '2026-11-12', '14:00',
        '16:00', '${NOW}', '${NOW}');
      INSERT INTO agenda_item (id, meeting_id, position, title, created_at, updated_at)
        VALUES ('i1', 'm1', 0, 'Punt', '${NOW}', '${NOW}');
      INSERT INTO decision (id, agenda_item_id, position, text, created_at, updated_at)
        VALUES ('d1', 'i1', 0, 'Besloten', '${NOW}', '${NOW}');
      INSERT INTO agreement_decision_link VALUES ('a1', 'd1', 'created'), ('a1', 'd-elders', 'changed');
    `);
    migrate(db, { target: 7 });
    expect(schemaVersion(db)).toBe(7);
    const links = () => db.prepare('SELECT * FROM agreement_decision_link').all();
    // The link to a besluit that exists nowhere could not satisfy the key.
    expect(links()).toEqual([{ agreement_id: 'a1', decision_id: 'd1', kind: 'created' }]);
    expect(() =>
      db.prepare(`INSERT INTO agreement_decision_link VALUES ('a1', 'd-elders', 'changed')`).run(),
    ).toThrow(/FOREIGN KEY/);
    // Purging the meeting purges its items and besluiten, and so the link.
    db.prepare(`DELETE FROM meeting WHERE id = 'm1'`).run();
    expect(links()).toEqual([]);
    expect(db.prepare(`SELECT id FROM agreement`).all()).toEqual([{ id: 'a1' }]);
  });
});
