/**
 * Issue 6 A: "evaluatie verlopen" is computed by the server (list and detail carry
 * `evaluationOverdue`), by the same rule the list filter and the dashboard use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { buildWorld, type World } from './agreementQueriesWorld';
import { addRegion, themeId } from '../fixtures/register';

let api: TestApi;
let w: World;
beforeEach(async () => {
  api = await makeApi();
  w = buildWorld(api);
});
afterEach(() => api.close());

describe('evaluationOverdue', () => {
  it('the list flags exactly the agreements the overdue filter finds', () => {
    const all = api.call('agreements.list', { regionId: w.region.id, includeConfidential: true });
    const overdue = api.call('agreements.list', {
      regionId: w.region.id,
      includeConfidential: true,
      evaluationOverdue: true,
    });
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(all.items.filter((i) => i.evaluationOverdue).map((i) => i.id)).toEqual(
      overdue.items.map((i) => i.id),
    );
  });

  it('the detail says it too: before today and not final; today itself is not overdue', () => {
    const region = addRegion(api, 'Regio Eem');
    const make = (nextEvaluation: string) =>
      api.call('agreements.create', {
        regionId: region.id,
        title: `Evaluatie ${nextEvaluation}`,
        themeIds: [themeId(api, 'Ouderen')],
        nextEvaluation,
      });
    const late = make('2026-11-21');
    const due = make('2026-11-22');
    expect(api.call('agreements.get', { id: late.id }).evaluationOverdue).toBe(true);
    expect(api.call('agreements.get', { id: due.id }).evaluationOverdue).toBe(false);
    api.call('agreements.transition', {
      id: late.id,
      to: 'vervallen',
      on: '2026-11-22',
      reason: 'Niet meer nodig.',
    });
    expect(api.call('agreements.get', { id: late.id }).evaluationOverdue).toBe(false);
  });
});
