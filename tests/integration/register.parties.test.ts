import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, type RegionOut } from '../fixtures/register';

let api: TestApi;
let region: RegionOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland');
});
afterEach(() => api.close());

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('parties: create, get, update', () => {
  it('creates a party with its membership of the region in one go', () => {
    const party = api.call('parties.create', {
      type: 'zorgverzekeraar',
      name: 'De Friesland',
      notes: 'Preferent',
      membership: { regionId: region.id, role: 'preferente_zorgverzekeraar', since: '2024-01-01' },
    });
    expect(party).toMatchObject({
      type: 'zorgverzekeraar',
      name: 'De Friesland',
      notes: 'Preferent',
    });
    const detail = api.call('parties.get', { id: party.id });
    expect(detail.memberships).toEqual([
      expect.objectContaining({
        regionId: region.id,
        regionName: 'Friesland',
        partyId: party.id,
        role: 'preferente_zorgverzekeraar',
        since: '2024-01-01',
        until: null,
      }),
    ]);
    const audit = api.ctx.repos.audit.all();
    expect(audit.map((a) => [a.entity, a.action])).toContainEqual(['party', 'create']);
    expect(audit.map((a) => [a.entity, a.action])).toContainEqual(['membership', 'create']);
  });

  it('refuses a membership of an unknown region and creates nothing', () => {
    const before = snapshotCounts(api);
    const error = api.fail('parties.create', {
      type: 'gemeente',
      name: 'Leeuwarden',
      membership: { regionId: crypto.randomUUID(), role: 'deelnemer' },
    });
    expect(error).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'membership.regionId', message: 'Deze regio bestaat niet (meer).' }],
    });
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('updates name, type and notes and keeps the search text in step', () => {
    const party = addParty(api, region.id, 'Gemeente Sneek');
    const updated = api.call('parties.update', {
      id: party.id,
      type: 'gemeente',
      name: 'Súdwest-Fryslân',
      notes: '',
    });
    expect(updated.name).toBe('Súdwest-Fryslân');
    expect(names(api.call('parties.list', { search: 'sudwest' }))).toEqual(['Súdwest-Fryslân']);
    expect(api.call('parties.list', { search: 'sneek' })).toEqual([]);
  });

  it('rejects an unknown party type with a Dutch message', () => {
    expect(api.fail('parties.create', { type: 'bank', name: 'ING' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'type', message: 'Kies een type organisatie' }],
    });
  });
});

describe('parties.list: filters and sorts', () => {
  function seed() {
    const other = addRegion(api, 'Twente');
    addParty(api, region.id, 'Leeuwarden', 'gemeente', { role: 'trekker' });
    addParty(api, region.id, 'Súdwest-Fryslân', 'gemeente');
    addParty(api, region.id, 'De Friesland', 'zorgverzekeraar', {
      role: 'preferente_zorgverzekeraar',
    });
    addParty(api, region.id, 'Zilveren Kruis', 'zorgverzekeraar', {
      role: 'volgende_zorgverzekeraar',
    });
    addParty(api, region.id, 'GGD Fryslân', 'ggd', { until: '2026-06-01', since: '2020-01-01' });
    addParty(api, region.id, '100% Zorg', 'zorgaanbieder');
    addParty(api, region.id, 'Zorg_Plus', 'zorgaanbieder');
    addParty(api, region.id, 'ZorgXPlus', 'zorgaanbieder');
    addParty(api, other.id, 'Enschede', 'gemeente');
    addParty(api, null, 'Losse partij', 'overig');
    return other;
  }

  it('lists the parties taking part in the region, without ended memberships by default', () => {
    seed();
    expect(names(api.call('parties.list', { regionId: region.id }))).toEqual([
      '100% Zorg',
      'De Friesland',
      'Leeuwarden',
      'Súdwest-Fryslân',
      'Zilveren Kruis',
      'Zorg_Plus',
      'ZorgXPlus',
    ]);
    const withEnded = api.call('parties.list', { regionId: region.id, includeEnded: true });
    expect(names(withEnded)).toContain('GGD Fryslân');
    expect(withEnded.find((p) => p.name === 'GGD Fryslân')).toMatchObject({
      role: 'deelnemer',
      since: '2020-01-01',
      until: '2026-06-01',
    });
  });

  it('lists all parties without a region, with role null', () => {
    seed();
    const all = api.call('parties.list', {});
    expect(all).toHaveLength(10);
    expect(all.every((p) => p.role === null)).toBe(true);
  });

  it('filters on types and roles', () => {
    seed();
    expect(
      names(api.call('parties.list', { regionId: region.id, types: ['zorgverzekeraar'] })),
    ).toEqual(['De Friesland', 'Zilveren Kruis']);
    expect(
      names(
        api.call('parties.list', {
          regionId: region.id,
          types: ['gemeente', 'ggd'],
          includeEnded: true,
        }),
      ),
    ).toEqual(['GGD Fryslân', 'Leeuwarden', 'Súdwest-Fryslân']);
    expect(
      names(
        api.call('parties.list', {
          regionId: region.id,
          roles: ['trekker', 'preferente_zorgverzekeraar'],
        }),
      ),
    ).toEqual(['De Friesland', 'Leeuwarden']);
    expect(names(api.call('parties.list', { types: ['gemeente'] }))).toEqual([
      'Enschede',
      'Leeuwarden',
      'Súdwest-Fryslân',
    ]);
  });

  it('searches without regard to case and diacritics', () => {
    seed();
    for (const search of ['sudwest', 'Súdwest', 'SUDWEST', 'fryslan']) {
      expect(names(api.call('parties.list', { regionId: region.id, search })), search).toContain(
        'Súdwest-Fryslân',
      );
    }
    expect(names(api.call('parties.list', { search: 'fryslân', includeEnded: true }))).toEqual([
      'GGD Fryslân',
      'Súdwest-Fryslân',
    ]);
  });

  it('never lets % and _ act as LIKE wildcards (punctuation reads as a space)', () => {
    seed();
    expect(names(api.call('parties.list', { search: '100%' }))).toEqual(['100% Zorg']);
    expect(names(api.call('parties.list', { search: 'zorg_plus' }))).toEqual(['Zorg_Plus']);
    expect(names(api.call('parties.list', { search: 'g_p' }))).toEqual(['Zorg_Plus']); // not ZorgXPlus
  });

  it('sorts by name, type, role and last change', () => {
    seed();
    const byType = api.call('parties.list', { regionId: region.id, sort: 'type' });
    expect(byType.map((p) => p.type)).toEqual([...byType.map((p) => p.type)].sort());
    expect(names(byType).slice(0, 2)).toEqual(['Leeuwarden', 'Súdwest-Fryslân']);

    const byRole = api.call('parties.list', { regionId: region.id, sort: 'role' });
    expect(byRole.map((p) => p.role)).toEqual([...byRole.map((p) => p.role)].sort());

    const leeuwarden = api.call('parties.list', { search: 'leeuwarden' })[0]!;
    api.setNow(new Date('2026-11-23T08:00:00Z'));
    api.call('parties.update', {
      id: leeuwarden.id,
      type: 'gemeente',
      name: 'Leeuwarden',
      notes: 'Hoofdstad',
    });
    expect(api.call('parties.list', { regionId: region.id, sort: 'updated' })[0]!.name).toBe(
      'Leeuwarden',
    );
  });

  it('counts live contacts per party', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    addContact(api, party.id, 'Anna');
    const gone = addContact(api, party.id, 'Bert');
    api.call('contacts.delete', { id: gone.id });
    expect(api.call('parties.list', { regionId: region.id })[0]!.contactCount).toBe(1);
    // Also without a region (the list of all parties is its own statement).
    expect(api.call('parties.list', { regionId: null })[0]!.contactCount).toBe(1);
  });

  it('refuses a list for an unknown region', () => {
    expect(api.fail('parties.list', { regionId: crypto.randomUUID() })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'regionId' }],
    });
  });
});

describe('memberships', () => {
  it('creates, updates and deletes a membership', () => {
    const party = addParty(api, null, 'Leeuwarden');
    const m = api.call('memberships.create', {
      regionId: region.id,
      partyId: party.id,
      role: 'deelnemer',
    });
    const updated = api.call('memberships.update', {
      id: m.id,
      role: 'trekker',
      since: '2025-01-01',
      until: null,
    });
    expect(updated).toMatchObject({ role: 'trekker', since: '2025-01-01' });
    expect(api.call('parties.get', { id: party.id }).memberships[0]!.role).toBe('trekker');
    api.call('memberships.delete', { id: m.id });
    expect(api.call('parties.get', { id: party.id }).memberships).toEqual([]);
    expect(
      api.fail('memberships.update', { id: m.id, role: 'trekker', since: null, until: null }).code,
    ).toBe('not_found');
  });

  it('refuses a duplicate membership as a conflict with a path', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const before = snapshotCounts(api);
    expect(
      api.fail('memberships.create', { regionId: region.id, partyId: party.id, role: 'trekker' }),
    ).toEqual({
      code: 'conflict',
      message: 'Deze partij neemt al deel aan deze regio; pas de bestaande deelname aan.',
      issues: [
        {
          path: 'regionId',
          message: 'Deze partij neemt al deel aan deze regio; pas de bestaande deelname aan.',
        },
      ],
    });
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('allows a new membership after the old one was deleted', () => {
    const party = addParty(api, region.id, 'Leeuwarden');
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    api.call('memberships.delete', { id: m!.id });
    const again = api.call('memberships.create', {
      regionId: region.id,
      partyId: party.id,
      role: 'trekker',
    });
    expect(again.role).toBe('trekker');
  });

  it('refuses an end date before the start date, naming the field', () => {
    const party = addParty(api, null, 'Leeuwarden');
    expect(
      api.fail('memberships.create', {
        regionId: region.id,
        partyId: party.id,
        role: 'deelnemer',
        since: '2026-01-01',
        until: '2025-12-31',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'until', message: 'De einddatum moet na de begindatum liggen' }],
    });
  });

  it('refuses unknown party or region with not_found naming the field', () => {
    const party = addParty(api, null, 'Leeuwarden');
    expect(
      api.fail('memberships.create', {
        regionId: region.id,
        partyId: crypto.randomUUID(),
        role: 'deelnemer',
      }),
    ).toMatchObject({ code: 'not_found', issues: [{ path: 'partyId' }] });
    expect(
      api.fail('memberships.create', {
        regionId: crypto.randomUUID(),
        partyId: party.id,
        role: 'deelnemer',
      }),
    ).toMatchObject({ code: 'not_found', issues: [{ path: 'regionId' }] });
  });
});
