import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TODAY, makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import {
  ROLE_DEFAULTS,
  addContact,
  addParty,
  addRegion,
  addRole,
  themeId,
  type ContactOut,
  type PartyOut,
  type RegionOut,
} from '../fixtures/register';

let api: TestApi;
let region: RegionOut;
let party: PartyOut;
let anna: ContactOut;
beforeEach(async () => {
  api = await makeApi();
  region = addRegion(api, 'Friesland');
  party = addParty(api, region.id, 'Leeuwarden');
  anna = addContact(api, party.id, 'Anna de Vries', { function: 'Wethouder' });
});
afterEach(() => api.close());

describe('roles: create', () => {
  it('defaults partyId to the contact’s party', () => {
    const role = addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt', {
      mandate: 'Volledig',
    });
    expect(role).toMatchObject({
      partyId: party.id,
      role: 'bestuurlijk_aanspreekpunt',
      mandate: 'Volledig',
    });
    expect(api.call('roles.get', { id: role.id })).toEqual(role);
  });

  it('keeps an explicit partyId (someone acting for another party)', () => {
    const other = addParty(api, region.id, 'Heerenveen');
    const role = addRole(api, region.id, anna.id, 'ambtelijk_aanspreekpunt', { partyId: other.id });
    expect(role.partyId).toBe(other.id);
  });

  it('requires a theme for trekker_thema, with a Dutch message on themeId', () => {
    expect(
      api.fail('roles.create', { regionId: region.id, contactId: anna.id, role: 'trekker_thema' }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'themeId', message: 'Kies het thema dat deze trekker trekt' }],
    });
    const role = addRole(api, region.id, anna.id, 'trekker_thema', {
      themeId: themeId(api, 'GGZ'),
    });
    expect(api.call('roles.list', { regionId: region.id })[0]).toMatchObject({
      id: role.id,
      themeName: 'GGZ',
    });
    // also on update: a trekker (thema) cannot lose its theme, nor can a role become one without
    const secretaris = addRole(api, region.id, anna.id, 'secretaris');
    for (const id of [role.id, secretaris.id]) {
      expect(
        api.fail('roles.update', {
          ...ROLE_DEFAULTS,
          id,
          partyId: party.id,
          role: 'trekker_thema',
          themeId: null,
        }),
      ).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'themeId', message: 'Kies het thema dat deze trekker trekt' }],
      });
    }
  });

  it('refuses an archived theme, but keeps it on an existing role when updating', () => {
    const ggz = themeId(api, 'GGZ');
    const role = addRole(api, region.id, anna.id, 'trekker_thema', { themeId: ggz });
    api.call('themes.archive', { id: ggz, archived: true });
    const before = snapshotCounts(api);
    expect(
      api.fail('roles.create', {
        regionId: region.id,
        contactId: anna.id,
        role: 'trekker_thema',
        themeId: ggz,
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'Thema GGZ is gearchiveerd; kies een actief thema.',
      issues: [{ path: 'themeId', message: 'Thema GGZ is gearchiveerd; kies een actief thema.' }],
    });
    expect(snapshotCounts(api)).toEqual(before);
    const updated = api.call('roles.update', {
      id: role.id,
      partyId: party.id,
      role: 'trekker_thema',
      themeId: ggz,
      mandate: 'Nieuw mandaat',
      since: null,
      until: null,
    });
    expect(updated.mandate).toBe('Nieuw mandaat');
    const ouderen = themeId(api, 'Ouderen');
    api.call('themes.archive', { id: ouderen, archived: true });
    expect(
      api.fail('roles.update', {
        id: role.id,
        partyId: party.id,
        role: 'trekker_thema',
        themeId: ouderen,
      }).code,
    ).toBe('invalid_input');
  });

  it('refuses unknown region, contact, party or theme and names the field', () => {
    const nope = crypto.randomUUID();
    const base = { regionId: region.id, contactId: anna.id, role: 'secretaris' as const };
    expect(api.fail('roles.create', { ...base, regionId: nope }).issues).toEqual([
      { path: 'regionId', message: 'Deze regio bestaat niet (meer).' },
    ]);
    expect(api.fail('roles.create', { ...base, contactId: nope }).issues?.[0]?.path).toBe(
      'contactId',
    );
    expect(api.fail('roles.create', { ...base, partyId: nope }).issues?.[0]?.path).toBe('partyId');
    expect(api.fail('roles.create', { ...base, themeId: nope }).issues?.[0]?.path).toBe('themeId');
  });
});

describe('roles: end and periods', () => {
  it('ends a role: no longer current, kept under ended and all', () => {
    const role = addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt', {
      since: '2022-05-01',
    });
    expect(api.call('roles.list', { regionId: region.id }).map((r) => r.id)).toEqual([role.id]);
    const ended = api.call('roles.end', { id: role.id, until: '2026-11-22' });
    expect(ended.until).toBe('2026-11-22');
    expect(api.call('roles.list', { regionId: region.id })).toEqual([]);
    expect(api.call('roles.list', { regionId: region.id, period: 'ended' })).toEqual([
      expect.objectContaining({
        id: role.id,
        current: false,
        contactName: 'Anna de Vries',
        regionName: 'Friesland',
      }),
    ]);
    expect(api.call('roles.list', { regionId: region.id, period: 'all' })).toHaveLength(1);
    const [entry] = api.ctx.repos.audit.forEntity('roleAssignment', role.id);
    expect(entry).toMatchObject({
      action: 'update',
      changes: { until: { from: null, to: '2026-11-22' } },
    });
  });

  it('a role ending in the future stays current until that day (until is exclusive)', () => {
    const role = addRole(api, region.id, anna.id, 'secretaris');
    api.call('roles.end', { id: role.id, until: '2026-11-23' });
    expect(api.call('roles.list', { period: 'current' })[0]).toMatchObject({
      id: role.id,
      current: true,
    });
    api.setNow(new Date('2026-11-23T10:00:00Z'));
    expect(api.call('roles.list', { period: 'current' })).toEqual([]);
    expect(api.call('roles.list', { period: 'ended' })[0]).toMatchObject({
      id: role.id,
      current: false,
    });
  });

  it('ending twice is a conflict with the Dutch end date', () => {
    const role = addRole(api, region.id, anna.id, 'secretaris');
    api.call('roles.end', { id: role.id, until: '2026-11-01' });
    const before = snapshotCounts(api);
    expect(api.fail('roles.end', { id: role.id, until: '2026-11-22' })).toEqual({
      code: 'conflict',
      message: 'Deze rol is al beëindigd op 1 november 2026.',
    });
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('an end date on or before the start date is invalid_input on until, with a way out', () => {
    const role = addRole(api, region.id, anna.id, 'secretaris', { since: '2026-06-01' });
    const message =
      'Een rol die op 1 juni 2026 is begonnen, kan op zijn vroegst de dag erna eindigen. ' +
      'Is de rol per vergissing aangemaakt? Verwijder hem dan.';
    for (const until of ['2026-06-01', '2026-05-31']) {
      expect(api.fail('roles.end', { id: role.id, until })).toEqual({
        code: 'invalid_input',
        message,
        issues: [{ path: 'until', message }],
      });
    }
    // the usual case: a role created today, ended today
    const today = addRole(api, region.id, anna.id, 'regiocoordinator', { since: TODAY });
    expect(api.fail('roles.end', { id: today.id, until: TODAY }).message).toBe(
      'Een rol die op 22 november 2026 is begonnen, kan op zijn vroegst de dag erna eindigen. ' +
        'Is de rol per vergissing aangemaakt? Verwijder hem dan.',
    );
    expect(api.fail('roles.end', { id: role.id, until: '2026-02-30' }).issues?.[0]).toEqual({
      path: 'until',
      message: 'Vul een geldige datum in (jjjj-mm-dd)',
    });
  });

  it('a role starting in the future is not current yet, and not ended either', () => {
    addRole(api, region.id, anna.id, 'secretaris', { since: '2027-01-01' });
    expect(api.call('roles.list', { period: 'current' })).toEqual([]);
    expect(api.call('roles.list', { period: 'ended' })).toEqual([]);
    expect(api.call('roles.list', { period: 'all' })).toEqual([
      expect.objectContaining({ since: '2027-01-01', current: false }),
    ]);
  });

  it('filters by contact, party and role kinds', () => {
    const bert = addContact(api, party.id, 'Bert');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    addRole(api, region.id, bert.id, 'ambtelijk_aanspreekpunt');
    addRole(api, region.id, bert.id, 'secretaris');
    expect(api.call('roles.list', { contactId: bert.id })).toHaveLength(2);
    expect(api.call('roles.list', { partyId: party.id })).toHaveLength(3);
    expect(
      api
        .call('roles.list', { roles: ['secretaris', 'bestuurlijk_aanspreekpunt'] })
        .map((r) => r.role)
        .sort(),
    ).toEqual(['bestuurlijk_aanspreekpunt', 'secretaris']);
  });

  it('deletes a role into the trash', () => {
    const role = addRole(api, region.id, anna.id, 'secretaris');
    api.call('roles.delete', { id: role.id });
    expect(api.call('roles.list', { period: 'all' })).toEqual([]);
    expect(api.fail('roles.get', { id: role.id }).code).toBe('not_found');
    expect(api.call('trash.list')[0]).toMatchObject({
      entity: 'roleAssignment',
      label: 'Anna de Vries als secretaris',
    });
  });
});

describe('roles.overview: gap detection', () => {
  it('lists every participating party with its aanspreekpunten and the gaps', () => {
    const zk = addParty(api, region.id, 'Zorgkantoor Friesland', 'zorgkantoor');
    const zv = addParty(api, region.id, 'De Friesland', 'zorgverzekeraar', {
      role: 'preferente_zorgverzekeraar',
    });
    const bert = addContact(api, zk.id, 'Bert');
    const cees = addContact(api, zk.id, 'Cees');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt', { since: '2025-01-01' });
    addRole(api, region.id, bert.id, 'bestuurlijk_aanspreekpunt');
    addRole(api, region.id, cees.id, 'ambtelijk_aanspreekpunt');
    addRole(api, region.id, anna.id, 'secretaris'); // not a required role

    const overview = api.call('roles.overview', { regionId: region.id });
    expect(overview.day).toBe('2026-11-22');
    expect(overview.rows.map((r) => [r.partyName, r.missing])).toEqual([
      ['Leeuwarden', ['ambtelijk_aanspreekpunt']],
      ['Zorgkantoor Friesland', []],
      ['De Friesland', ['bestuurlijk_aanspreekpunt', 'ambtelijk_aanspreekpunt']],
    ]);
    expect(overview.rows[0]!.bestuurlijk).toEqual([
      expect.objectContaining({
        contactId: anna.id,
        name: 'Anna de Vries',
        function: 'Wethouder',
        since: '2025-01-01',
      }),
    ]);
    expect(overview.rows[2]).toMatchObject({
      partyId: zv.id,
      membershipRole: 'preferente_zorgverzekeraar',
    });
    expect(overview.gapCount).toBe(2);
  });

  it('ended roles and deleted contacts do not count', () => {
    const bert = addContact(api, party.id, 'Bert');
    const b = addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    addRole(api, region.id, bert.id, 'ambtelijk_aanspreekpunt');
    expect(api.call('roles.overview', { regionId: region.id }).gapCount).toBe(0);

    api.call('roles.end', { id: b.id, until: '2026-11-22' });
    expect(api.call('roles.overview', { regionId: region.id }).rows[0]!.missing).toEqual([
      'bestuurlijk_aanspreekpunt',
    ]);

    api.call('contacts.delete', { id: bert.id });
    const overview = api.call('roles.overview', { regionId: region.id });
    expect(overview.rows[0]!.missing).toEqual([
      'bestuurlijk_aanspreekpunt',
      'ambtelijk_aanspreekpunt',
    ]);
    expect(overview.gapCount).toBe(1);
  });

  it('leaves out parties whose membership is not current and roles in other regions', () => {
    const other = addRegion(api, 'Twente');
    addParty(api, region.id, 'Oud-lid', 'gemeente', { since: '2020-01-01', until: '2026-01-01' });
    addParty(api, region.id, 'Toekomstig lid', 'gemeente', { since: '2027-01-01' });
    addRole(api, other.id, anna.id, 'bestuurlijk_aanspreekpunt');
    const overview = api.call('roles.overview', { regionId: region.id });
    expect(overview.rows.map((r) => r.partyName)).toEqual(['Leeuwarden']);
    expect(overview.rows[0]!.missing).toHaveLength(2);
    expect(overview.gapCount).toBe(1);
    expect(api.fail('roles.overview', { regionId: crypto.randomUUID() }).code).toBe('not_found');
  });

  it('a deleted membership takes the party out of the overview', () => {
    const [m] = api.call('parties.get', { id: party.id }).memberships;
    api.call('memberships.delete', { id: m!.id });
    expect(api.call('roles.overview', { regionId: region.id })).toMatchObject({
      rows: [],
      gapCount: 0,
    });
  });
});
