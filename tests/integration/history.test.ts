import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import {
  CONTACT_DEFAULTS,
  ROLE_DEFAULTS,
  addContact,
  addParty,
  addRegion,
  addRole,
  themeId,
} from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

describe('audit log', () => {
  it('writes one row per create, update, delete and restore, with the actor from settings', () => {
    api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Utrecht' });
    const region = addRegion(api, 'Utrecht');
    api.call('regions.update', {
      id: region.id,
      name: 'Utrecht-Stad',
      zorgkantoorNumber: null,
      description: '',
    });
    api.call('regions.delete', { id: region.id });
    api.call('trash.restore', { entity: 'region', id: region.id });
    const rows = api.ctx.repos.audit.forEntity('region', region.id);
    expect(rows.map((r) => r.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(new Set(rows.map((r) => r.actor))).toEqual(
      new Set(['Anna de Vries (Gemeente Utrecht)']),
    );
    expect(new Set(rows.map((r) => r.at))).toEqual(new Set(['2026-11-22T10:00:00.000Z']));
    expect(rows[3]!.changes).toEqual({ name: { from: null, to: 'Utrecht' } });
  });

  it('uses the name alone without organisation, and a placeholder without a name', () => {
    addRegion(api, 'A');
    api.call('settings.update', { userName: 'Piet' });
    addRegion(api, 'B');
    const actors = api.ctx.repos.audit
      .all()
      .filter((r) => r.entity === 'region')
      .map((r) => r.actor);
    expect(actors).toEqual(['Onbekende gebruiker', 'Piet']);
  });

  it('settings changes are not audited; an update with no changes writes nothing', () => {
    const region = addRegion(api, 'A');
    const party = addParty(api, region.id, 'Leeuwarden');
    const contact = addContact(api, party.id, 'Anna', { email: 'a@b.nl' });
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    const role = addRole(api, region.id, contact.id, 'secretaris');
    const before = snapshotCounts(api);
    api.setNow(new Date('2027-01-01T10:00:00Z'));
    api.call('parties.update', { id: party.id, type: 'gemeente', name: 'Leeuwarden', notes: '' });
    api.call('contacts.update', {
      ...CONTACT_DEFAULTS,
      id: contact.id,
      name: 'Anna',
      partyId: party.id,
      email: 'a@b.nl',
    });
    api.call('memberships.update', { id: m!.id, role: 'deelnemer', since: null, until: null });
    api.call('roles.update', {
      ...ROLE_DEFAULTS,
      id: role.id,
      partyId: party.id,
      role: 'secretaris',
    });
    api.call('themes.rename', { id: themeId(api, 'GGZ'), name: 'GGZ' });
    expect(snapshotCounts(api)).toEqual(before);
    expect(api.call('parties.get', { id: party.id }).updatedAt).toBe('2026-11-22T10:00:00.000Z');
  });
});

describe('history.list', () => {
  it('tells changes as plain Dutch sentences, newest first', () => {
    api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Utrecht' });
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'A');
    api.setNow(new Date('2026-11-23T13:05:00Z'));
    api.call('parties.update', { id: party.id, type: 'ggd', name: 'B', notes: 'Let op' });
    const history = api.call('history.list', { entity: 'party', id: party.id });
    expect(history.map((h) => h.text)).toEqual([
      'Gewijzigd door Anna de Vries (Gemeente Utrecht) op 23 november 2026 om 14:05: ' +
        'type van Gemeente naar GGD; naam van ‘A’ naar ‘B’; notities van (leeg) naar ‘Let op’.',
      'Aangemaakt door Anna de Vries (Gemeente Utrecht) op 22 november 2026 om 11:00: type Gemeente; naam ‘A’.',
    ]);
    expect(history[0]).toMatchObject({ entity: 'party', entityId: party.id, action: 'update' });
  });

  it('resolves party and theme ids to their names, and Dutch dates and labels', () => {
    const region = addRegion(api, 'Friesland');
    const a = addParty(api, region.id, 'Leeuwarden');
    const b = addParty(api, region.id, 'Heerenveen');
    const anna = addContact(api, a.id, 'Anna');
    const role = addRole(api, region.id, anna.id, 'trekker_thema', {
      themeId: themeId(api, 'GGZ'),
      since: '2026-01-15',
    });
    api.call('roles.update', {
      ...ROLE_DEFAULTS,
      id: role.id,
      partyId: b.id,
      role: 'coordinerend_wethouder',
      themeId: themeId(api, 'Ouderen'),
      since: '2026-01-15',
    });
    api.call('contacts.update', {
      ...CONTACT_DEFAULTS,
      id: anna.id,
      name: 'Anna',
      partyId: b.id,
      active: false,
    });
    const [roleUpdate, roleCreate] = api.call('history.list', {
      entity: 'roleAssignment',
      id: role.id,
    });
    expect(roleCreate!.text).toContain(
      'organisatie Leeuwarden; rol Trekker (thema); thema GGZ; begindatum 15 januari 2026',
    );
    expect(roleUpdate!.text).toContain(
      'organisatie van Leeuwarden naar Heerenveen; rol van Trekker (thema) naar Coördinerend wethouder; thema van GGZ naar Ouderen.',
    );
    const [contactUpdate] = api.call('history.list', { entity: 'contact', id: anna.id });
    expect(contactUpdate!.text).toContain(
      'organisatie van Leeuwarden naar Heerenveen; actief van ja naar nee.',
    );
  });

  it('labels membership roles and deleted references', () => {
    const region = addRegion(api, 'Friesland');
    const party = addParty(api, region.id, 'Zilveren Kruis', 'zorgverzekeraar');
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    api.call('memberships.update', {
      id: m!.id,
      role: 'volgende_zorgverzekeraar',
      since: null,
      until: '2027-01-01',
    });
    const [update] = api.call('history.list', { entity: 'membership', id: m!.id });
    expect(update!.text).toContain(
      'rol van Deelnemer naar Volgende zorgverzekeraar; einddatum van (leeg) naar 1 januari 2027.',
    );

    const other = addParty(api, null, 'Weg');
    const anna = addContact(api, other.id, 'Anna');
    api.call('parties.delete', { id: other.id });
    api.call('trash.purge', { entity: 'party', id: other.id });
    expect(api.call('history.list', { entity: 'contact', id: anna.id })).toEqual([]);
  });

  it('describes trash moves and theme archiving', () => {
    const region = addRegion(api, 'Friesland');
    api.call('regions.delete', { id: region.id });
    api.call('trash.restore', { entity: 'region', id: region.id });
    const texts = api.call('history.list', { entity: 'region', id: region.id }).map((h) => h.text);
    expect(texts[0]).toBe(
      'Teruggezet uit de prullenbak door Onbekende gebruiker op 22 november 2026 om 11:00.',
    );
    expect(texts[1]).toBe(
      'Naar de prullenbak verplaatst door Onbekende gebruiker op 22 november 2026 om 11:00.',
    );
    const ggz = themeId(api, 'GGZ');
    api.call('themes.archive', { id: ggz, archived: true });
    expect(api.call('history.list', { entity: 'theme', id: ggz })[0]!.text).toBe(
      'Gewijzigd door Onbekende gebruiker op 22 november 2026 om 11:00: gearchiveerd van (leeg) naar 22 november 2026 om 11:00.',
    );
  });

  it('shows long values whole (issue 20)', () => {
    const region = addRegion(api, 'Friesland', { description: 'a'.repeat(100) });
    const [create] = api.call('history.list', { entity: 'region', id: region.id });
    expect(create!.text).toContain(`omschrijving ‘${'a'.repeat(100)}’`);
  });

  it('is empty for an unknown id', () => {
    expect(api.call('history.list', { entity: 'party', id: crypto.randomUUID() })).toEqual([]);
  });
});
