import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { Database } from '../../db/sqlite';

const NOW = '2026-11-22T10:00:00.000Z';

describe('0009-user-profile', () => {
  it('removes the name and organisation from the dossier, keeps the other settings and the history', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 8 });
    db.exec(`
      INSERT INTO setting (key, value) VALUES ('userName', 'Anna de Vries'),
        ('organisation', 'Gemeente Zeist'), ('currentRegionId', 'r1'), ('dossierId', 'abc'),
        ('backupFolder', '/back-ups');
      INSERT INTO audit_log (entity, entity_id, action, at, actor, changes)
        VALUES ('region', 'r1', 'create', '${NOW}', 'Anna de Vries (Gemeente Zeist)', '{}');
    `);
    // To 9 and no further, so a later migration does not have to touch this test.
    migrate(db, { target: 9 });
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT key, value FROM setting ORDER BY key').all()).toEqual([
      { key: 'backupFolder', value: '/back-ups' },
      { key: 'currentRegionId', value: 'r1' },
      { key: 'dossierId', value: 'abc' },
    ]);
    // The history keeps who did what.
    expect(db.prepare('SELECT actor FROM audit_log').all()).toEqual([
      { actor: 'Anna de Vries (Gemeente Zeist)' },
    ]);
  });
});
