import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole, type RegionOut } from '../fixtures/register';

let api: TestApi;
let region: RegionOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland');
});
afterEach(() => api.close());

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('contacts', () => {
  it('creates, gets and updates a person', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = api.call('contacts.create', {
      name: 'Anna de Vries',
      function: 'Wethouder',
      partyId: party.id,
      email: 'anna@leeuwarden.nl',
      phone: '058 233 83 83',
    });
    expect(anna).toMatchObject({ active: true, notes: '', partyId: party.id });
    expect(api.call('contacts.get', { id: anna.id })).toEqual(anna);
    const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = anna;
    const updated = api.call('contacts.update', {
      ...fields,
      function: 'Burgemeester',
      active: false,
    });
    expect(updated).toMatchObject({ function: 'Burgemeester', active: false });
    const [entry] = api.ctx.repos.audit.forEntity('contact', anna.id);
    expect(entry!.changes).toEqual({
      function: { from: 'Wethouder', to: 'Burgemeester' },
      active: { from: true, to: false },
    });
  });

  it('refuses an unknown party with not_found on partyId and stores nothing', () => {
    const before = snapshotCounts(api);
    expect(api.fail('contacts.create', { name: 'X', partyId: crypto.randomUUID() })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'partyId', message: 'Deze partij bestaat niet (meer).' }],
    });
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('validates e-mail and phone in Dutch', () => {
    expect(api.fail('contacts.create', { name: 'X', email: 'geen-mail' }).issues).toEqual([
      { path: 'email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl' },
    ]);
    expect(api.fail('contacts.create', { name: 'X', phone: 'bel me' }).issues).toEqual([
      { path: 'phone', message: 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67' },
    ]);
  });

  describe('list', () => {
    function seed() {
      const twente = addRegion(api, 'Twente');
      const lw = addParty(api, region.id, 'Leeuwarden');
      const sf = addParty(api, region.id, 'Súdwest-Fryslân');
      const en = addParty(api, twente.id, 'Enschede');
      const anna = addContact(api, lw.id, 'Anna de Vries', { function: 'Wethouder zorg' });
      const bert = addContact(api, lw.id, 'Bert Bakker', { active: false });
      const cees = addContact(api, sf.id, 'Cees Çelik', { email: 'cees@swf.nl' });
      const dirk = addContact(api, en.id, 'Dirk Dijkstra');
      const eva = addContact(api, null, 'Eva Externe');
      // Eva has no party but a role in Friesland; Dirk (Enschede) too.
      addRole(api, region.id, eva.id, 'regiocoordinator');
      addRole(api, region.id, dirk.id, 'secretaris', { partyId: en.id });
      return { twente, lw, sf, en, anna, bert, cees, dirk, eva };
    }

    it('lists everyone by surname (tussenvoegsel and accents not counting), inactive people included by default', () => {
      seed();
      expect(names(api.call('contacts.list', {}))).toEqual([
        'Bert Bakker',
        'Cees Çelik',
        'Dirk Dijkstra',
        'Eva Externe',
        'Anna de Vries',
      ]);
      expect(names(api.call('contacts.list', { includeInactive: false }))).not.toContain(
        'Bert Bakker',
      );
    });

    it('filters by party', () => {
      const { lw } = seed();
      expect(names(api.call('contacts.list', { partyId: lw.id }))).toEqual([
        'Bert Bakker',
        'Anna de Vries',
      ]);
    });

    it('filters by region: people of participating parties and people with a role there', () => {
      const { twente } = seed();
      expect(names(api.call('contacts.list', { regionId: region.id }))).toEqual([
        'Bert Bakker',
        'Cees Çelik',
        'Dirk Dijkstra',
        'Eva Externe',
        'Anna de Vries',
      ]);
      expect(names(api.call('contacts.list', { regionId: twente.id }))).toEqual(['Dirk Dijkstra']);
      expect(api.fail('contacts.list', { regionId: crypto.randomUUID() }).code).toBe('not_found');
    });

    it('searches name, function, e-mail and party name, ignoring diacritics and wildcards', () => {
      seed();
      expect(names(api.call('contacts.list', { search: 'celik' }))).toEqual(['Cees Çelik']);
      expect(names(api.call('contacts.list', { search: 'WETHOUDER' }))).toEqual(['Anna de Vries']);
      expect(names(api.call('contacts.list', { search: 'swf.nl' }))).toEqual(['Cees Çelik']);
      expect(names(api.call('contacts.list', { search: 'sudwest' }))).toEqual(['Cees Çelik']);
      // Punctuation is no wildcard: '%' or '_' alone searches for nothing in particular.
      expect(api.call('contacts.list', { search: '%' })).toHaveLength(5);
      expect(names(api.call('contacts.list', { search: 'e_a' }))).toEqual([]);
      expect(names(api.call('contacts.list', { search: "van 't" }))).toEqual([]);
      addContact(api, null, "Anna van 't Hof");
      expect(names(api.call('contacts.list', { search: 'van t hof' }))).toEqual([
        "Anna van 't Hof",
      ]);
      expect(names(api.call('contacts.list', {}))).toEqual([
        'Bert Bakker',
        'Cees Çelik',
        'Dirk Dijkstra',
        'Eva Externe',
        "Anna van 't Hof",
        'Anna de Vries',
      ]);
    });

    it('gives party name, type and the number of current roles', () => {
      const { eva, anna } = seed();
      const list = api.call('contacts.list', {});
      expect(list.find((c) => c.id === anna.id)).toMatchObject({
        partyName: 'Leeuwarden',
        partyType: 'gemeente',
        currentRoleCount: 0,
      });
      expect(list.find((c) => c.id === eva.id)).toMatchObject({
        partyName: null,
        currentRoleCount: 1,
      });
    });

    it('leaves out deleted people', () => {
      const { anna } = seed();
      api.call('contacts.delete', { id: anna.id });
      expect(names(api.call('contacts.list', {}))).not.toContain('Anna de Vries');
      expect(api.fail('contacts.get', { id: anna.id }).code).toBe('not_found');
    });
  });

  it('deleteImpact counts the roles that go along', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const anna = addContact(api, party.id, 'Anna');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    addRole(api, region.id, anna.id, 'ambtelijk_aanspreekpunt');
    expect(api.call('contacts.deleteImpact', { id: anna.id })).toEqual({
      contacts: 0,
      roleAssignments: 2,
      memberships: 0,
      summary: 'Anna gaat naar de prullenbak, samen met 2 rollen. U kunt alles daar terugzetten.',
    });
    const lonely = addContact(api, null, 'Loes');
    expect(api.call('contacts.deleteImpact', { id: lonely.id }).summary).toBe(
      'Loes gaat naar de prullenbak. U kunt dit daar terugzetten.',
    );
  });
});
