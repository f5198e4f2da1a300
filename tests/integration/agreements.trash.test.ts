import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, seed, type World } from './agreementsSeed';

describe('purging what live agreements still refer to', () => {
  let api: TestApi;
  let w: World;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
    api.call('agreements.create', agreementInput(w));
  });

  it('refuses to purge a party that takes part in a live agreement, and keeps the link', () => {
    api.call('parties.delete', { id: w.verzekeraar.id });
    const error = api.fail('trash.purge', { entity: 'party', id: w.verzekeraar.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Valpreventie voor thuiswonende ouderen');
    const links = api.ctx.repos.db
      .prepare('SELECT count(*) AS n FROM agreement_party WHERE party_id = ?')
      .get(w.verzekeraar.id) as { n: number };
    expect(links.n).toBe(1);
  });

  it('refuses to purge the owner of a live agreement (no silent loss of the owner)', () => {
    api.call('contacts.delete', { id: w.owner.id });
    const error = api.fail('trash.purge', { entity: 'contact', id: w.owner.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Valpreventie voor thuiswonende ouderen');
  });

  it('purges a region together with its agreements and their progress', () => {
    const [item] = api.call('agreements.list', { regionId: w.region.id }).items;
    api.call('agreements.addProgress', {
      agreementId: item!.id,
      on: '2026-11-20',
      text: 'Gestart',
    });
    api.call('regions.delete', { id: w.region.id });
    api.call('trash.purge', { entity: 'region', id: w.region.id });
    const count = (table: string) =>
      (api.ctx.repos.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('agreement')).toBe(0);
    expect(count('progress_update')).toBe(0);
    expect(count('agreement_party')).toBe(0);
  });
});

describe('agreements.deleteImpact (issue 6 A)', () => {
  it('says what goes to the Prullenbak with the agreement: its progress updates', async () => {
    const api = await makeApi();
    const w = seed(api);
    const a = api.call('agreements.create', agreementInput(w));
    expect(api.call('agreements.deleteImpact', { id: a.id })).toEqual({
      contacts: 0,
      roleAssignments: 0,
      memberships: 0,
      summary:
        'Afspraak ‘Valpreventie voor thuiswonende ouderen’ gaat naar de prullenbak. U kunt dit daar terugzetten.',
    });
    api.call('agreements.addProgress', { agreementId: a.id, on: '2026-11-01', text: 'Gestart.' });
    api.call('agreements.addProgress', { agreementId: a.id, on: '2026-11-02', text: 'Verder.' });
    expect(api.call('agreements.deleteImpact', { id: a.id }).summary).toBe(
      'Afspraak ‘Valpreventie voor thuiswonende ouderen’ gaat naar de prullenbak, samen met 2 voortgangsberichten. U kunt alles daar terugzetten.',
    );
    api.call('agreements.delete', { id: a.id });
    expect(api.fail('agreements.deleteImpact', { id: a.id }).code).toBe('not_found');
    api.close();
  });
});
