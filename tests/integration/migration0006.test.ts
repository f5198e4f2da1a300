import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

describe('0006-meetings', () => {
  it('adds the meeting tables to a version-5 database and leaves its rows as they were', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 5 });
    db.prepare(
      `INSERT INTO region (id, name, created_at, updated_at) VALUES ('r1', 'Twente', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO contact (id, name, search_text, sort_key, created_at, updated_at)
       VALUES ('c1', 'Anna', 'anna', 'anna', ?, ?)`,
    ).run(NOW, NOW);
    const before = db.prepare('SELECT * FROM region').all();
    migrate(db, { target: 6 });
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT * FROM region').all()).toEqual(before);

    const meeting = db.prepare(
      `INSERT INTO meeting (id, region_id, kind, title, date, start_time, end_time, chair_id,
         created_at, updated_at) VALUES (?, 'r1', 'voortgangsgesprek', 'Overleg', '2026-11-12', ?, ?, 'c1', ?, ?)`,
    );
    meeting.run('m1', '14:00', '16:00', NOW, NOW);
    // The database itself refuses an overleg that ends before it starts.
    expect(() => meeting.run('m2', '14:00', '13:00', NOW, NOW)).toThrow(/CHECK/);
    // A guest has a name and no person; a person has no guest name.
    const attendee = db.prepare(
      `INSERT INTO meeting_attendee (id, meeting_id, position, contact_id, guest_name)
       VALUES (?, 'm1', 0, ?, ?)`,
    );
    attendee.run('at1', 'c1', '');
    attendee.run('at2', null, 'Gast');
    expect(() => attendee.run('at3', null, '')).toThrow(/CHECK/);
    // Purging the person sets the meeting's chair to nobody and removes the invitation.
    db.prepare(`DELETE FROM contact WHERE id = 'c1'`).run();
    expect(db.prepare(`SELECT chair_id FROM meeting WHERE id = 'm1'`).get()).toEqual({
      chair_id: null,
    });
    expect(db.prepare('SELECT id FROM meeting_attendee').all()).toEqual([{ id: 'at2' }]);
  });
});
