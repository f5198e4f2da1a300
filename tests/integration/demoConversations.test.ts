/**
 * The Voorbeelddossier's gespreksverslagen (issue 22, item 6): about ten of different soorten,
 * five with enquête input from 2020 to 2026, so the monitor shows a trend from a nulmeting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONVERSATION_KINDS } from '../../shared/domain';
import { makeApi, type TestApi } from '../fixtures/api';

let api: TestApi;
let regionId: string;
beforeEach(async () => {
  api = await makeApi();
  regionId = api.call('dossier.loadDemo').regionId;
});
afterEach(() => api.close());

describe('the demo’s gespreksverslagen', () => {
  it('holds every soort, locked and concept ones, a confidential one, actions and a link', () => {
    const page = api.call('conversations.list', { regionId, limit: 50 });
    expect(page.total).toBe(10);
    expect(new Set(page.items.map((c) => c.kind))).toEqual(new Set(CONVERSATION_KINDS));
    expect(page.items.filter((c) => c.status === 'vastgelegd')).toHaveLength(5);
    expect(page.items.filter((c) => c.confidential)).toHaveLength(1);
    expect(page.items.filter((c) => c.hasSurvey)).toHaveLength(5);
    expect(page.items.reduce((n, c) => n + c.openActions, 0)).toBe(4);
    const linked = page.items.find((c) => c.title === 'Evaluatie samenwerkingsafspraken 2026')!;
    const detail = api.call('conversations.get', { id: linked.id });
    expect(detail.agreements).toHaveLength(1);
    expect(detail.participants.length).toBeGreaterThan(0);
    expect(detail.reportHtml).toContain('<h2>Wat gaat goed</h2>');
  });

  it('gives the monitor a trend from the nulmeting of January 2020', () => {
    const m = api.call('monitor.get', { regionId });
    expect(m.surveys).toBe(5);
    expect(m.overall.points.map((p) => [p.year, p.average, p.baseline, p.change])).toEqual([
      [2020, 5, true, null],
      [2021, 6, false, 1],
      [2022, 6, false, 1],
      [2024, 7, false, 2],
      [2026, 8, false, 3],
    ]);
    expect(m.byPartyType.map((s) => s.label)).toEqual([
      'Gemeente',
      'Zorgverzekeraar',
      'Zorgaanbieder',
    ]);
    expect(m.factors.find((f) => f.factor === 'vertrouwen')!.positive).toBe(4);
  });
});
