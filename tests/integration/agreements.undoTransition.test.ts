import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, seed, type World } from './agreementsSeed';

let api: TestApi;
let w: World;
let id: string;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
  id = api.call('agreements.create', agreementInput(w)).id;
  at('2026-11-23T09:00:00Z');
  api.call('agreements.transition', { id, to: 'in_bespreking', on: '2026-11-23' });
});
afterEach(() => api.close());

const at = (iso: string) => api.setNow(new Date(iso));

describe('agreements.undoTransition', () => {
  it('takes back a vaststelling: status and adoption date return, the timeline drops it, the audit keeps both', () => {
    at('2026-11-24T09:00:00Z');
    api.call('agreements.transition', { id, to: 'vastgesteld', on: '2026-11-20' });
    at('2026-11-24T09:05:00Z');
    const back = api.call('agreements.undoTransition', { id, status: 'vastgesteld' });
    expect(back).toMatchObject({ status: 'in_bespreking', adoptedOn: null });
    const d = api.call('agreements.get', { id });
    expect(d.statusHistory.map((s) => s.to)).toEqual(['in_bespreking', 'concept']);
    const [undo, change] = api.ctx.repos.audit.forEntity('agreement', id);
    expect(change!.changes.status).toEqual({ from: 'in_bespreking', to: 'vastgesteld' });
    expect(undo!.changes).toEqual({
      status: { from: 'vastgesteld', to: 'in_bespreking' },
      adoptedOn: { from: '2026-11-20', to: null },
    });
    expect(checkDatabase(api.ctx.repos.db)).toEqual([]);
  });

  it('keeps an adoption date that was there before', () => {
    const stored = api.call('agreements.get', { id });
    const { regionId: _region, ...fields } = agreementInput(w);
    api.call('agreements.update', {
      ...fields,
      id,
      adoptedOn: '2026-10-01',
      caseNumber: stored.caseNumber,
      confidential: stored.confidential,
      dekking: stored.dekking,
    } as never);
    at('2026-11-24T09:00:00Z');
    api.call('agreements.transition', { id, to: 'vastgesteld', on: '2026-11-20' });
    const back = api.call('agreements.undoTransition', { id, status: 'vastgesteld' });
    expect(back).toMatchObject({ status: 'in_bespreking', adoptedOn: '2026-10-01' });
  });

  it('refuses after ten minutes, when the status moved on, and for the first status', () => {
    at('2026-11-24T09:00:00Z');
    api.call('agreements.transition', { id, to: 'vastgesteld', on: '2026-11-24' });
    at('2026-11-24T09:10:01Z');
    expect(api.fail('agreements.undoTransition', { id, status: 'vastgesteld' })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('tot 10 minuten'),
    });
    expect(api.fail('agreements.undoTransition', { id, status: 'in_bespreking' }).code).toBe(
      'conflict',
    );
    expect(api.call('agreements.get', { id }).status).toBe('vastgesteld');

    const fresh = api.call('agreements.create', agreementInput(w)).id;
    expect(
      api.fail('agreements.undoTransition', { id: fresh, status: 'concept' }).message,
    ).toContain('niet meer de laatste');
  });
});
