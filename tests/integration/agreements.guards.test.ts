import { beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, sameAsNow, seed, type World } from './agreementsSeed';

describe('agreement guards', () => {
  let api: TestApi;
  let w: World;
  let id: string;
  beforeEach(async () => {
    api = await makeApi();
    w = seed(api);
    id = api.call('agreements.create', agreementInput(w)).id;
  });

  it('refuses progress, reviews and status changes dated after today (2026-11-22)', () => {
    const progress = api.fail('agreements.addProgress', {
      agreementId: id,
      on: '2026-11-23',
      text: 'Later',
    });
    expect(progress.issues?.[0]).toMatchObject({ path: 'on' });
    expect(progress.message).toContain('22 november 2026');
    const review = api.fail('agreements.review', {
      agreementIds: [id],
      reviewerName: 'Wethouder',
      on: '2099-01-01',
      verdict: 'akkoord',
    });
    expect(review.issues?.[0]).toMatchObject({ path: 'on' });
    expect(
      api.fail('agreements.transition', { id, to: 'in_bespreking', on: '2026-12-01' }).code,
    ).toBe('invalid_input');
    expect(api.call('agreements.get', { id }).status).toBe('concept');
  });

  it('keeps no "door wie" or date when bestuurlijke dekking is not granted', () => {
    const d = api.call('agreements.get', { id });
    const saved = api.call('agreements.update', {
      ...sameAsNow(d),
      dekking: { granted: false, by: 'College', on: '2026-01-01' },
    });
    expect(saved.dekking).toEqual({ granted: false, by: '', on: null });
  });

  it('import refuses a status history that skips steps or lets an agreement lapse without a reason', async () => {
    api.call('agreements.transition', { id, to: 'in_bespreking', on: '2026-11-22' });
    const doc = api.call('dossier.export', { regionId: null });
    const skipped = structuredClone(doc);
    skipped.agreements[0]!.status = 'afgerond';
    skipped.agreementStatusChanges.find((c) => c.from === 'concept')!.to = 'afgerond';
    const target = await makeApi();
    const error = target.fail('dossier.import', { document: skipped });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.some((i) => /agreementStatusChanges\[\d+\]\.to/.test(i.path))).toBe(true);

    const lapsed = structuredClone(doc);
    lapsed.agreements[0]!.status = 'vervallen';
    const change = lapsed.agreementStatusChanges.find((c) => c.from === 'concept')!;
    change.to = 'vervallen';
    change.reason = '';
    const lapseError = target.fail('dossier.import', { document: lapsed });
    expect(lapseError.issues?.some((i) => /\.reason$/.test(i.path))).toBe(true);
    expect(target.call('regions.list', {})).toEqual([]);
  });
});
