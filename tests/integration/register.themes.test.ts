import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { themeId } from '../fixtures/register';

let api: TestApi;
beforeEach(async () => {
  api = await makeApi();
});
afterEach(() => api.close());

describe('themes', () => {
  it('creates a theme at the end of the order', () => {
    const a = api.call('themes.create', { name: 'Jeugd' });
    const b = api.call('themes.create', { name: ' Armoede ' });
    expect(a).toMatchObject({ name: 'Jeugd', sortOrder: 1, archivedAt: null });
    expect(b).toMatchObject({ name: 'Armoede', sortOrder: 2 });
    expect(api.call('themes.list').map((t) => t.name)).toEqual(['Jeugd', 'Armoede']);
  });

  it('refuses a duplicate name regardless of case, as a conflict on name', () => {
    api.call('themes.create', { name: 'Jeugd' });
    const before = snapshotCounts(api);
    for (const name of ['Jeugd', 'jeugd', ' JEUGD ']) {
      expect(api.fail('themes.create', { name })).toEqual({
        code: 'conflict',
        message: `Er is al een thema met de naam ${name.trim()}.`,
        issues: [{ path: 'name', message: `Er is al een thema met de naam ${name.trim()}.` }],
      });
    }
    expect(snapshotCounts(api)).toEqual(before);
    api.call('themes.create', { name: 'Ëtnische zorg' });
    expect(api.fail('themes.create', { name: 'ëtnische ZORG' }).code).toBe('conflict');
  });

  it('renames, allowing a change of case of its own name but not another’s name', () => {
    const jeugd = api.call('themes.create', { name: 'Jeugd' });
    api.call('themes.create', { name: 'Armoede' });
    expect(api.call('themes.rename', { id: jeugd.id, name: 'JEUGD' }).name).toBe('JEUGD');
    expect(api.call('themes.rename', { id: jeugd.id, name: 'Jeugd en gezin' }).name).toBe(
      'Jeugd en gezin',
    );
    expect(api.fail('themes.rename', { id: jeugd.id, name: 'armoede' }).code).toBe('conflict');
    expect(api.fail('themes.rename', { id: crypto.randomUUID(), name: 'X' })).toMatchObject({
      code: 'not_found',
      message: 'Dit thema bestaat niet (meer).',
    });
    const history = api.call('history.list', { entity: 'theme', id: jeugd.id });
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'create']);
    expect(history[0]!.text).toContain('naam van ‘JEUGD’ naar ‘Jeugd en gezin’');
  });

  it('archives and unarchives; the list leaves archived themes out by default', () => {
    const jeugd = api.call('themes.create', { name: 'Jeugd' });
    api.call('themes.create', { name: 'Armoede' });
    const archived = api.call('themes.archive', { id: jeugd.id, archived: true });
    expect(archived.archivedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(api.call('themes.list').map((t) => t.name)).toEqual(['Armoede']);
    expect(api.call('themes.list', { includeArchived: true }).map((t) => t.name)).toEqual([
      'Armoede',
      'Jeugd',
    ]);

    // archiving again keeps the first archive time and writes nothing
    const before = snapshotCounts(api);
    api.setNow(new Date('2026-12-01T10:00:00Z'));
    expect(api.call('themes.archive', { id: jeugd.id, archived: true }).archivedAt).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    expect(snapshotCounts(api)).toEqual(before);

    expect(api.call('themes.archive', { id: jeugd.id, archived: false }).archivedAt).toBeNull();
    expect(api.call('themes.list').map((t) => t.name)).toEqual(['Jeugd', 'Armoede']);
  });

  it('an archived name is still taken', () => {
    api.call('themes.create', { name: 'Jeugd' });
    api.call('themes.archive', { id: themeId(api, 'Jeugd'), archived: true });
    expect(api.fail('themes.create', { name: 'jeugd' }).code).toBe('conflict');
  });

  it('validates the name in Dutch', () => {
    expect(api.fail('themes.create', { name: '' }).issues).toEqual([
      { path: 'name', message: 'Naam is verplicht' },
    ]);
    expect(api.fail('themes.create', { name: 'x'.repeat(81) }).issues).toEqual([
      { path: 'name', message: 'Naam mag hoogstens 80 tekens lang zijn' },
    ]);
  });
});
