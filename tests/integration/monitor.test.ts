/**
 * The samenwerkingsmonitor (issue 22, item 3): rapportcijfers per year overall, per kind of party
 * and per theme, the first year as nulmeting and later years as change against it, factor counts;
 * verslagen in the Prullenbak and of other regions do not count.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyInput } from '../../shared/schemas/survey';
import { makeApi, type TestApi } from '../fixtures/api';
import { addRegion } from '../fixtures/register';
import { seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
});
afterEach(() => api.close());

function measured(date: string, survey: SurveyInput, themeIds: string[], regionId = w.region.id) {
  const c = api.call('conversations.create', {
    regionId,
    kind: 'evaluatiegesprek',
    title: `Evaluatie ${date}`,
    date,
    partyIds: [w.gemeente.id],
    themeIds,
  });
  api.call('conversations.setSurvey', { conversationId: c.id, survey });
  return c.id;
}

describe('the samenwerkingsmonitor', () => {
  it('shows the nulmeting and the change against it, per kind of party and per theme', () => {
    measured(
      '2020-01-15',
      { respondentType: 'gemeente', scoreStart: 4, scoreNow: 5, positive: ['vertrouwen'] },
      [w.ouderen],
    );
    measured(
      '2020-02-01',
      { respondentType: 'zorgverzekeraar', scoreNow: 6, negative: ['daadkracht'] },
      [w.ggz],
    );
    measured(
      '2023-06-01',
      { respondentType: 'gemeente', scoreNow: 7, positive: ['vertrouwen', 'leiderschap'] },
      [w.ouderen],
    );
    measured('2026-03-01', { respondentType: 'gemeente', scoreStart: 6, scoreNow: 8 }, [
      w.ouderen,
      w.ggz,
    ]);
    // Not counted: one in the Prullenbak, one of another region, one without a cijfer nu.
    api.call('conversations.delete', {
      id: measured('2024-01-01', { respondentType: 'gemeente', scoreNow: 1 }, [w.ouderen]),
    });
    const elders = addRegion(api, 'Groningen');
    measured('2024-01-01', { respondentType: 'gemeente', scoreNow: 2 }, [], elders.id);
    measured('2025-01-01', { respondentType: 'zorgkantoor', positive: ['daadkracht'] }, []);

    const m = api.call('monitor.get', { regionId: w.region.id });
    expect(m.surveys).toBe(5);
    expect(m.startAverage).toBe(5);
    expect(m.overall.points).toEqual([
      { year: 2020, average: 5.5, count: 2, baseline: true, change: null },
      { year: 2023, average: 7, count: 1, baseline: false, change: 1.5 },
      { year: 2026, average: 8, count: 1, baseline: false, change: 2.5 },
    ]);
    expect(
      m.byPartyType.map((s) => [s.label, s.points.map((p) => [p.year, p.average, p.change])]),
    ).toEqual([
      [
        'Gemeente',
        [
          [2020, 5, null],
          [2023, 7, 2],
          [2026, 8, 3],
        ],
      ],
      ['Zorgverzekeraar', [[2020, 6, null]]],
    ]);
    expect(m.byTheme.map((s) => [s.label, s.points.map((p) => [p.year, p.average])])).toEqual([
      [
        'GGZ',
        [
          [2020, 6],
          [2026, 8],
        ],
      ],
      [
        'Ouderen',
        [
          [2020, 5],
          [2023, 7],
          [2026, 8],
        ],
      ],
    ]);
    const count = (f: string) => m.factors.find((x) => x.factor === f)!;
    expect(count('vertrouwen')).toMatchObject({ label: 'Vertrouwen', positive: 2, negative: 0 });
    expect(count('daadkracht')).toMatchObject({ positive: 1, negative: 1 });
    expect(m.factors).toHaveLength(11);
  });

  it('leaves vertrouwelijke verslagen out when asked (the dossier PDF)', () => {
    measured('2021-01-15', { respondentType: 'gemeente', scoreNow: 6 }, [w.ouderen]);
    const secret = measured('2022-01-15', { respondentType: 'gemeente', scoreNow: 2 }, [w.ouderen]);
    const c = api.call('conversations.get', { id: secret });
    api.call('conversations.update', {
      id: secret,
      kind: c.kind,
      title: c.title,
      date: c.date,
      confidential: true,
      partyIds: c.parties.map((p) => p.id),
      themeIds: c.themes.map((t) => t.id),
      agreementIds: [],
      participants: [],
    });
    const all = api.call('monitor.get', { regionId: w.region.id });
    const shown = api.call('monitor.get', { regionId: w.region.id, includeConfidential: false });
    expect(all.overall.points.map((p) => p.year)).toEqual([2021, 2022]);
    expect(shown.overall.points.map((p) => p.year)).toEqual([2021]);
    expect(shown.surveys).toBe(1);
  });

  it('is empty without enquêtes, and refuses an unknown region', () => {
    const m = api.call('monitor.get', { regionId: w.region.id });
    expect([m.surveys, m.startAverage, m.overall.points, m.byPartyType]).toEqual([0, null, [], []]);
    expect(api.fail('monitor.get', { regionId: crypto.randomUUID() }).message).toBe(
      'Deze regio bestaat niet (meer).',
    );
  });
});
