import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../shared/schemas/backup';
import { backupHolds } from './backupText';

const backup = (lastChange: string | null, parties = 18): BackupSummary => ({
  dossier: null,
  name: 'regiodossier-2026-11-28T08-00-00-000Z-handmatig.db',
  at: '2026-11-28T08:00:00.000Z',
  reason: 'handmatig',
  bytes: 1,
  counts: { regions: 1, parties, contacts: 39, agreements: 15, meetings: 3, conversations: 10 },
  lastChange,
});

describe('the line that says what a backup holds', () => {
  it('names the parties and the last change, so backups with the same numbers differ', () => {
    expect(backupHolds(backup('2026-11-28T09:30:00.000Z'))).toBe(
      '1 regio, 18 partijen, 15 afspraken, 3 overleggen, 10 gespreksverslagen, 39 personen; laatste wijziging 28 november 2026 om 10:30',
    );
    expect(backupHolds(backup('2026-11-27T08:00:00.000Z'))).not.toBe(
      backupHolds(backup('2026-11-28T09:30:00.000Z')),
    );
    expect(backupHolds(backup(null, 17))).toMatch(/17 partijen.*nog geen wijzigingen/);
  });
});
