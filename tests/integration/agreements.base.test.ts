import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementValuesOf } from '../../shared/agreementValues';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementCounts, agreementInput, seed, type World } from './agreementsSeed';

/**
 * An agreement's edit names the stored values it started from (`base`): its form may have been
 * opened long ago, or restored from a draft of days ago. A save on an older base is refused and
 * overwrites nothing; the user chooses in the dialog (issue 19, blocker: no save silently
 * replaces newer text).
 */
let api: TestApi;
let w: World;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
});
afterEach(() => api.close());

const valuesOf = (id: string) => agreementValuesOf(api.call('agreements.get', { id }));

describe('the base of an agreement edit', () => {
  it('saves on a current base, refuses a stale one in Dutch and keeps the newer text', () => {
    const a = api.call('agreements.create', agreementInput(w));
    const opened = valuesOf(a.id);
    // Window A saves a new description.
    const first = api.call('agreements.update', {
      id: a.id,
      ...opened,
      descriptionHtml: '<p>Tekst uit venster A</p>',
      base: opened,
    });
    expect(first.descriptionHtml).toBe('<p>Tekst uit venster A</p>');
    // Window B, opened before, saves another title on the old base: refused, nothing written.
    const before = agreementCounts(api);
    const refused = api.fail('agreements.update', {
      id: a.id,
      ...opened,
      title: 'Titel uit venster B',
      base: opened,
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'Deze afspraak is intussen elders gewijzigd (in een ander venster of tabblad). Uw wijzigingen zijn niet opgeslagen en er is niets overschreven: kies welke versie blijft.',
    );
    expect(refused.issues?.[0]?.path).toBe('base');
    expect(agreementCounts(api)).toEqual(before);
    const stored = valuesOf(a.id);
    expect([stored.title, stored.descriptionHtml]).toEqual([
      opened.title,
      '<p>Tekst uit venster A</p>',
    ]);
    // "Mijn versie bewaren": the base is now what is stored.
    const chosen = api.call('agreements.update', {
      id: a.id,
      ...stored,
      title: 'Titel uit venster B',
      base: stored,
    });
    expect([chosen.title, chosen.descriptionHtml]).toEqual([
      'Titel uit venster B',
      '<p>Tekst uit venster A</p>',
    ]);
  });

  it('checks themes, parties and dekking too, lets a save that changes nothing through, and none without a base', () => {
    const a = api.call('agreements.create', agreementInput(w));
    const opened = valuesOf(a.id);
    api.call('agreements.update', {
      id: a.id,
      ...opened,
      dekking: { granted: true, by: 'College Utrecht', on: '2026-11-12' },
      base: opened,
    });
    expect(
      api.fail('agreements.update', { id: a.id, ...opened, confidential: true, base: opened }).code,
    ).toBe('conflict');
    // The same values as stored now: nothing to overwrite, so it goes through.
    const now = valuesOf(a.id);
    expect(api.call('agreements.update', { id: a.id, ...now, base: opened }).dekking.granted).toBe(
      true,
    );
    // The command line sends no base: not checked.
    expect(
      api.call('agreements.update', { id: a.id, ...opened, confidential: true }).confidential,
    ).toBe(true);
  });
});
