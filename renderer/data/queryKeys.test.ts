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

  it('a verslag autosave marks the verslagen stale without refetching them under the editor', () => {
    expect(staleDomains('conversations.saveReport')).toContain('conversations');
    expect(refetchesNow('conversations.saveReport')).toBe(false);
    expect(refetchesNow('conversations.setSurvey')).toBe(true);
    // An actiepunt of a verslag changes the list's open count; a renamed agreement its links.
    expect(staleDomains('actions.setStatus')).toContain('conversations');
    expect(staleDomains('agreements.update')).toContain('conversations');
  });

  it('the actiepunten-overzicht and "Mijn actiepunten" follow what they show', () => {
    expect(staleDomains('actions.setStatusMany')).toContain('actions');
    expect(staleDomains('actions.add')).toContain('actions');
    // The source's title and date, the owner's name and party, the user's name.
    for (const method of [
      'meetings.update',
      'agenda.update',
      'conversations.update',
      'contacts.update',
      'parties.update',
      'settings.update',
    ] as const) {
      expect(staleDomains(method)).toContain('actions');
    }
  });

  it('the overdracht and the samenwerkingsmonitor follow what they show', () => {
    for (const method of [
      'roles.update',
      'agreements.update',
      'actions.setStatus',
      'conversations.update',
      'contacts.update',
    ] as const) {
      expect(staleDomains(method)).toContain('handover');
    }
    expect(staleDomains('conversations.setSurvey')).toContain('monitor');
    expect(staleDomains('themes.rename')).toContain('monitor');
    expect(staleDomains('agreements.update')).not.toContain('monitor');
  });

  it('regions, the Prullenbak and the dossier reach into everything', () => {
    expect(staleDomains('regions.create')).toBeNull();
    expect(staleDomains('trash.restore')).toBeNull();
    expect(staleDomains('dossier.import')).toBeNull();
  });
});
