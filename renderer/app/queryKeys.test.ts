import { describe, expect, it } from 'vitest';
import { staleDomains } from './queryKeys';

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

  it('regions, the Prullenbak and the dossier reach into everything', () => {
    expect(staleDomains('regions.create')).toBeNull();
    expect(staleDomains('trash.restore')).toBeNull();
    expect(staleDomains('dossier.import')).toBeNull();
  });
});
