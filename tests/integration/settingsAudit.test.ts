/** Issue 6 B14: changes of the settings, the audit actor's name among them, are audited. */
import { afterEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { addRegion } from '../fixtures/register';

const opened: TestApi[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

describe('settings.update is audited', () => {
  it('records who changed the name and organisation, from what to what', async () => {
    const api = await makeApi();
    opened.push(api);
    api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
    api.call('settings.update', { userName: 'Burgemeester' });
    const entries = api.ctx.repos.audit.forEntity('settings', 'settings');
    expect(entries.map((e) => ({ actor: e.actor, action: e.action, changes: e.changes }))).toEqual([
      {
        actor: 'Burgemeester (Gemeente Zeist)',
        action: 'update',
        changes: { userName: { from: 'Anna de Vries', to: 'Burgemeester' } },
      },
      {
        actor: 'Anna de Vries (Gemeente Zeist)',
        action: 'update',
        changes: {
          userName: { from: null, to: 'Anna de Vries' },
          organisation: { from: null, to: 'Gemeente Zeist' },
        },
      },
    ]);
  });

  it('writes nothing when nothing changes, and not for switching the current region', async () => {
    const api = await makeApi();
    opened.push(api);
    api.call('settings.update', { userName: 'Anna' });
    const region = addRegion(api, 'Regio Eem');
    api.call('settings.update', { userName: 'Anna', currentRegionId: region.id });
    expect(api.ctx.repos.audit.forEntity('settings', 'settings')).toHaveLength(1);
  });
});
