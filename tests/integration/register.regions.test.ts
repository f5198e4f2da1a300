import { LATEST_VERSION } from '../../db/migrations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THEMES } from '../../shared/domain';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addContact, addParty, addRegion, addRole } from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

describe('regions', () => {
  it('creates a region with trimmed fields and the fixed clock as timestamps', () => {
    const region = api.call('regions.create', {
      name: '  Friesland ',
      zorgkantoorNumber: 5,
      description: ' Noord ',
    });
    expect(region).toMatchObject({
      name: 'Friesland',
      zorgkantoorNumber: 5,
      description: 'Noord',
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
      deletedAt: null,
    });
    expect(api.call('regions.get', { id: region.id })).toEqual(region);
  });

  it('makes every new region the current one (one call)', () => {
    expect(api.call('settings.get').currentRegionId).toBeNull();
    const first = addRegion(api, 'Twente');
    expect(api.call('settings.get').currentRegionId).toBe(first.id);
    const second = addRegion(api, 'Achterhoek');
    expect(api.call('settings.get').currentRegionId).toBe(second.id);
    expect(api.ctx.repos.settings.get('currentRegionId')).toBe(second.id);
  });

  it('creates the default themes once, with the first region', () => {
    expect(api.call('themes.list')).toEqual([]);
    addRegion(api, 'Twente');
    const themes = api.call('themes.list');
    expect(themes.map((t) => t.name)).toEqual([...DEFAULT_THEMES]);
    expect(themes.map((t) => t.sortOrder)).toEqual(DEFAULT_THEMES.map((_, i) => i + 1));
    addRegion(api, 'Achterhoek');
    expect(api.count('theme')).toBe(DEFAULT_THEMES.length);
  });

  it('does not recreate default themes when the user removed or archived them all', () => {
    addRegion(api, 'Twente');
    for (const t of api.call('themes.list'))
      api.call('themes.archive', { id: t.id, archived: true });
    addRegion(api, 'Achterhoek');
    expect(api.call('themes.list')).toEqual([]);
    expect(api.count('theme')).toBe(DEFAULT_THEMES.length);
  });

  it('lists regions alphabetically without deleted ones', () => {
    const z = addRegion(api, 'zuid-Limburg');
    addRegion(api, 'Amsterdam');
    addRegion(api, 'Noord-Holland Noord');
    expect(api.call('regions.list').map((r) => r.name)).toEqual([
      'Amsterdam',
      'Noord-Holland Noord',
      'zuid-Limburg',
    ]);
    api.call('regions.delete', { id: z.id });
    expect(api.call('regions.list').map((r) => r.name)).toEqual([
      'Amsterdam',
      'Noord-Holland Noord',
    ]);
    expect(api.fail('regions.get', { id: z.id })).toMatchObject({
      code: 'not_found',
      message: 'Deze regio bestaat niet (meer).',
    });
  });

  it('updates a region and records exactly what changed', () => {
    const region = addRegion(api, 'Twente', { zorgkantoorNumber: 7 });
    api.setNow(new Date('2026-11-23T09:30:00Z'));
    const updated = api.call('regions.update', {
      id: region.id,
      name: 'Twente-Oost',
      zorgkantoorNumber: 7,
      description: '',
    });
    expect(updated).toMatchObject({ name: 'Twente-Oost', updatedAt: '2026-11-23T09:30:00.000Z' });
    expect(updated.createdAt).toBe(region.createdAt);
    const [last] = api.ctx.repos.audit.forEntity('region', region.id);
    expect(last).toMatchObject({
      action: 'update',
      changes: { name: { from: 'Twente', to: 'Twente-Oost' } },
    });
  });

  it('update without changes writes nothing (no audit row, same updatedAt)', () => {
    const region = addRegion(api, 'Twente', { description: 'Oost' });
    const before = snapshotCounts(api);
    api.setNow(new Date('2026-12-01T10:00:00Z'));
    const same = api.call('regions.update', {
      id: region.id,
      name: ' Twente ',
      zorgkantoorNumber: null,
      description: 'Oost',
    });
    expect(same.updatedAt).toBe(region.updatedAt);
    expect(snapshotCounts(api)).toEqual(before);
  });

  it('deleting the current region moves "current" to the first remaining region', () => {
    const a = addRegion(api, 'Achterhoek');
    const b = addRegion(api, 'Brabant');
    api.call('settings.update', { currentRegionId: b.id });
    api.call('regions.delete', { id: b.id });
    expect(api.call('settings.get').currentRegionId).toBe(a.id);
    api.call('regions.delete', { id: a.id });
    expect(api.call('settings.get').currentRegionId).toBeNull();
  });

  it('deleting a region takes its memberships along (parties stay)', () => {
    const region = addRegion(api, 'Twente');
    const party = addParty(api, region.id, 'Enschede');
    api.call('regions.delete', { id: region.id });
    expect(api.call('parties.get', { id: party.id }).memberships).toEqual([]);
    expect(api.call('parties.list', {}).map((p) => p.name)).toEqual(['Enschede']);
    expect(api.call('trash.list')).toEqual([
      expect.objectContaining({
        entity: 'region',
        label: 'Regio Twente',
        includes: '1 deelname aan een regio',
      }),
    ]);
  });

  it('app.info reports empty until a region exists', () => {
    expect(api.call('app.info')).toMatchObject({
      empty: true,
      schemaVersion: LATEST_VERSION,
      version: '0.1.0-test',
    });
    addRegion(api);
    expect(api.call('app.info').empty).toBe(false);
  });

  it('app.info is not empty while parties or people remain after the last region went', () => {
    const region = addRegion(api, 'Twente');
    const party = addParty(api, region.id, 'Enschede');
    const person = addContact(api, null, 'Anna de Vries');
    api.call('regions.delete', { id: region.id });
    expect(api.call('app.info').empty).toBe(false); // party and person are still reachable
    api.call('parties.delete', { id: party.id });
    expect(api.call('app.info').empty).toBe(false); // the person without a party
    api.call('contacts.delete', { id: person.id });
    expect(api.call('app.info').empty).toBe(true);
  });

  it('regions.deleteImpact counts the memberships and roles that go along', () => {
    const region = addRegion(api, 'Twente');
    const enschede = addParty(api, region.id, 'Enschede');
    addParty(api, region.id, 'Hengelo');
    const anna = addContact(api, enschede.id, 'Anna');
    addRole(api, region.id, anna.id, 'bestuurlijk_aanspreekpunt');
    expect(api.call('regions.deleteImpact', { id: region.id })).toEqual({
      contacts: 0,
      roleAssignments: 1,
      memberships: 2,
      summary:
        'Regio Twente gaat naar de prullenbak, samen met 1 rol en 2 deelnames van partijen. ' +
        'De partijen en personen zelf blijven bestaan. U kunt alles daar terugzetten.',
    });
    const empty = addRegion(api, 'Regio Leeg');
    expect(api.call('regions.deleteImpact', { id: empty.id }).summary).toBe(
      'Regio Leeg gaat naar de prullenbak. De partijen en personen zelf blijven bestaan. ' +
        'U kunt dit daar terugzetten.',
    );
    api.call('regions.delete', { id: region.id });
    expect(api.fail('regions.deleteImpact', { id: region.id }).code).toBe('not_found');
  });

  it('validates the zorgkantoor number with Dutch messages', () => {
    expect(api.fail('regions.create', { name: 'X', zorgkantoorNumber: 1000 })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'zorgkantoorNumber', message: 'Het regionummer is hoogstens 999' }],
    });
    expect(
      api.fail('regions.create', { name: 'X', zorgkantoorNumber: 2.5 }).issues?.[0]?.message,
    ).toBe('Vul een heel getal in');
  });
});
