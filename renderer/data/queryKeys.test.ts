import { describe, expect, it } from 'vitest';
import { refetchesNow, staleDomains } from './queryKeys';

describe('staleDomains', () => {
  it('an agreement autosave refreshes agreement screens, not the register lists', () => {
    const stale = staleDomains('agreements.update')!;
    expect(stale).toContain('agreements');
    expect(stale).toContain('history');
    expect(stale).not.toContain('parties');
    expect(stale).not.toContain('contacts');
    expect(stale).not.toContain('roles');
  });

  it('a renamed party refreshes every screen that shows party names', () => {
    expect(staleDomains('parties.update')).toEqual(
      expect.arrayContaining(['parties', 'contacts', 'roles', 'agreements', 'trash']),
    );
  });

  it('a minutes autosave marks the meeting stale without refetching it under the editor', () => {
    expect(staleDomains('agenda.saveMinutes')).toContain('meetings');
    expect(refetchesNow('agenda.saveMinutes')).toBe(false);
    expect(refetchesNow('agenda.add')).toBe(true);
  });

  it('regions, the Prullenbak and the dossier reach into everything', () => {
    expect(staleDomains('regions.create')).toBeNull();
    expect(staleDomains('trash.restore')).toBeNull();
    expect(staleDomains('dossier.import')).toBeNull();
  });
});
