import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { DEMO_ACTOR } from '../../electron/api/demoDossier';
import { AGREEMENT_STATUSES } from '../../shared/domain';
import { makeApi, type TestApi } from '../fixtures/api';

let a: TestApi;
afterEach(() => a?.close());

describe('Voorbeelddossier: agreements', () => {
  it('holds about fifteen agreements across the mandatory themes, in every status', async () => {
    a = await makeApi();
    const { regionId } = a.call('dossier.loadDemo', {});
    const list = a.call('agreements.list', { regionId });
    expect(list.total).toBeGreaterThanOrEqual(13);
    expect(list.total).toBeLessThanOrEqual(18);
    for (const status of AGREEMENT_STATUSES) expect(list.statusCounts[status]).toBeGreaterThan(0);
    for (const theme of ['Ouderen', 'GGZ', 'Preventie']) {
      expect(list.items.filter((i) => i.themes.includes(theme)).length).toBeGreaterThanOrEqual(3);
    }
    expect(list.items.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Valpreventie thuiswonende ouderen',
        'Langer thuis: doorstroom naar Wlz',
        'Crisiszorg GGZ en verward gedrag — meldpunt',
      ]),
    );
    const valpreventie = list.items.find((i) => i.title === 'Valpreventie thuiswonende ouderen')!;
    expect(valpreventie.financing).toEqual(['wmo', 'zvw']);
    expect(list.items.some((i) => i.financing.length === 3)).toBe(true);

    const detail = a.call('agreements.get', { id: valpreventie.id });
    expect(detail.descriptionHtml).toMatch(/<ul><li>/);
    expect(detail.descriptionHtml).toMatch(/<strong>/);
    expect(detail.parties.map((p) => p.role)).toEqual(
      expect.arrayContaining(['trekker', 'financier', 'uitvoerder']),
    );
    expect(detail.statusHistory).toHaveLength(4);
    expect(detail.progress.length).toBeGreaterThanOrEqual(2);
    expect(detail.progress.every((p) => p.on >= '2025-11-22' && p.on <= '2026-11-22')).toBe(true);

    const vervallen = list.items.find((i) => i.status === 'vervallen')!;
    const history = a.call('agreements.get', { id: vervallen.id }).statusHistory;
    expect(history.find((h) => h.to === 'vervallen')!.reason).not.toBe('');
    expect(checkDatabase(a.ctx.repos.db)).toEqual([]);
  });

  it('fills every warning and review list of the regio-overzicht', async () => {
    a = await makeApi();
    const { regionId } = a.call('dossier.loadDemo', {});
    const d = a.call('agreements.dashboard', { regionId });
    expect(d.matrix.map((m) => m.themeName)).toEqual(
      expect.arrayContaining(['Ouderen', 'GGZ', 'Preventie']),
    );
    for (const key of [
      'evaluationsDue',
      'evaluationsOverdue',
      'withoutOwner',
      'withoutDekking',
      'staleProgress',
    ] as const) {
      expect(d[key].count, key).toBeGreaterThan(0);
    }
    expect(d.reviews.akkoord.count).toBe(1);
    expect(d.reviews.opmerkingen.count).toBe(1);
    expect(d.reviews.wacht.count).toBe(1);

    const reviewed = a.call('agreements.get', { id: d.reviews.opmerkingen.items[0]!.id });
    expect(reviewed.reviews[0]!.remark).not.toBe('');
    const history = a.call('history.list', { entity: 'agreement', id: reviewed.id });
    expect(history.length).toBeGreaterThan(3);
    const doc = a.call('dossier.export', { regionId });
    expect(new Set(doc.auditLog.map((e) => e.actor))).toEqual(new Set([DEMO_ACTOR]));
  });
});
