import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole } from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

/** An update leaves nothing to defaults: a field left out must not wipe what is stored. */
describe('update methods require every field', () => {
  it('contacts.update {id, name} is invalid_input and keeps the stored fields', () => {
    const anna = addContact(api, null, 'Anna', {
      function: 'wethouder',
      email: 'anna@zeist.nl',
      phone: '030 123 45 67',
      notes: 'Belt liever',
    });
    const before = snapshotCounts(api);
    const error = api.fail('contacts.update', { id: anna.id, name: 'Anna de Vries' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      ['function', 'partyId', 'email', 'phone', 'notes', 'active'].map((path) => ({
        path,
        message: 'Dit veld ontbreekt',
      })),
    );
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.call('contacts.get', { id: anna.id })).toMatchObject({
      name: 'Anna',
      function: 'wethouder',
      email: 'anna@zeist.nl',
      notes: 'Belt liever',
    });
  });

  it('regions, parties, memberships and roles too', () => {
    const region = addRegion(api, 'Twente', { zorgkantoorNumber: 7, description: 'Oost' });
    const party = addParty(api, region.id, 'Enschede', 'gemeente', { since: '2025-01-01' });
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    const anna = addContact(api, party.id, 'Anna');
    const role = addRole(api, region.id, anna.id, 'secretaris', { mandate: 'Notuleert' });
    const cases: [string, unknown, string[]][] = [
      ['regions.update', { id: region.id, name: 'Twente' }, ['zorgkantoorNumber', 'description']],
      ['parties.update', { id: party.id, type: 'gemeente', name: 'Enschede' }, ['notes']],
      ['memberships.update', { id: m!.id, role: 'trekker' }, ['since', 'until']],
      [
        'roles.update',
        { id: role.id, role: 'secretaris' },
        ['partyId', 'themeId', 'mandate', 'since', 'until'],
      ],
    ];
    for (const [method, input, missing] of cases) {
      const error = api.fail(method, input);
      expect(error.code, method).toBe('invalid_input');
      expect(
        error.issues?.map((i) => i.path),
        method,
      ).toEqual(missing);
    }
    expect(api.call('regions.get', { id: region.id }).zorgkantoorNumber).toBe(7);
    expect(api.call('roles.get', { id: role.id }).mandate).toBe('Notuleert');
  });
});
