import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTACT_DEFAULTS, addContact, addParty, addRegion, addRole } from '../fixtures/register';
import { makeApi, type TestApi } from '../fixtures/api';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

describe('aanspreekpunten-overzicht', () => {
  it('counts only active people: an inactive person leaves the slot open', () => {
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = addContact(api, party.id, 'Anna');
    const bert = addContact(api, party.id, 'Bert');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    addRole(api, region.id, bert.id, 'ambtelijk_aanspreekpunt');
    expect(api.call('roles.overview', { regionId: region.id }).gapCount).toBe(0);

    api.call('contacts.update', {
      ...CONTACT_DEFAULTS,
      id: bert.id,
      name: 'Bert',
      partyId: party.id,
      active: false,
    });
    const overview = api.call('roles.overview', { regionId: region.id });
    expect(overview.rows[0]).toMatchObject({
      bestuurlijk: [expect.objectContaining({ name: 'Anna' })],
      ambtelijk: [],
      missing: ['ambtelijk_aanspreekpunt'],
    });
    expect(overview.gapCount).toBe(1);
  });

  it('a role that starts later shows as upcoming and leaves the gap open until then', () => {
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = addContact(api, party.id, 'Anna');
    const bert = addContact(api, party.id, 'Bert');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    // Today is 22 november 2026 (tests/fixtures/api.ts); Bert begins on 1 december.
    addRole(api, region.id, bert.id, 'ambtelijk_aanspreekpunt', { since: '2026-12-01' });
    const overview = api.call('roles.overview', { regionId: region.id });
    expect(overview.rows[0]).toMatchObject({
      ambtelijk: [expect.objectContaining({ name: 'Bert', since: '2026-12-01', upcoming: true })],
      missing: ['ambtelijk_aanspreekpunt'],
    });
    const future = api.call('roles.list', { regionId: region.id, period: 'future' });
    expect(future.map((r) => r.contactName)).toEqual(['Bert']);
    const current = api.call('roles.list', { regionId: region.id, period: 'current' });
    expect(current.map((r) => r.contactName)).toEqual(['Anna']);

    api.setNow(new Date('2026-12-01T09:00:00Z'));
    const later = api.call('roles.overview', { regionId: region.id });
    expect(later.rows[0]!.ambtelijk[0]!.upcoming).toBe(false);
    expect(later.gapCount).toBe(0);
  });
});
