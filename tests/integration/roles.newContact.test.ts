import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import {
  addContact,
  addParty,
  addRegion,
  type PartyOut,
  type RegionOut,
} from '../fixtures/register';

let api: TestApi;
let region: RegionOut;
let party: PartyOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland');
  party = addParty(api, region.id, 'Leeuwarden');
});
afterEach(() => api.close());

describe('roles.create with a new person', () => {
  it('creates the person (with the role’s party) and the role in one call', () => {
    const role = api.call('roles.create', {
      regionId: region.id,
      contactId: null,
      newContact: {
        name: ' Anna de Vries ',
        function: 'wethouder',
        email: 'anna@leeuwarden.nl',
        phone: '',
      },
      partyId: party.id,
      role: 'bestuurlijk_aanspreekpunt',
    });
    const anna = api.call('contacts.get', { id: role.contactId });
    expect(anna).toMatchObject({
      name: 'Anna de Vries',
      function: 'wethouder',
      email: 'anna@leeuwarden.nl',
      partyId: party.id,
      active: true,
    });
    expect(role).toMatchObject({ partyId: party.id, role: 'bestuurlijk_aanspreekpunt' });
    expect(api.ctx.repos.audit.forEntity('contact', anna.id).map((e) => e.action)).toEqual([
      'create',
    ]);
    expect(api.call('roles.overview', { regionId: region.id }).rows[0]!.bestuurlijk).toEqual([
      expect.objectContaining({ name: 'Anna de Vries' }),
    ]);
  });

  it('needs exactly one of contactId and newContact, with a Dutch message and path', () => {
    const anna = addContact(api, party.id, 'Anna');
    const before = snapshotCounts(api);
    expect(api.fail('roles.create', { regionId: region.id, role: 'secretaris' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'contactId', message: 'Kies een persoon of voeg een nieuwe persoon toe' }],
    });
    expect(
      api.fail('roles.create', {
        regionId: region.id,
        contactId: anna.id,
        newContact: { name: 'Bert' },
        role: 'secretaris',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [
        {
          path: 'newContact',
          message: 'Kies een bestaande persoon óf voeg een nieuwe persoon toe, niet allebei',
        },
      ],
    });
    expect(
      api.fail('roles.create', {
        regionId: region.id,
        newContact: { name: '' },
        role: 'secretaris',
      }).issues,
    ).toEqual([{ path: 'newContact.name', message: 'Naam is verplicht' }]);
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('writes nothing when the role cannot be made (all or nothing)', () => {
    const before = snapshotCounts(api);
    const result = api.fail('roles.create', {
      regionId: region.id,
      newContact: { name: 'Bert' },
      partyId: crypto.randomUUID(),
      role: 'secretaris',
    });
    expect(result).toMatchObject({ code: 'not_found', issues: [{ path: 'partyId' }] });
    expect(snapshotCounts(api)).toEqual(before);
  });
});
