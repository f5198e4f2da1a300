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
});
