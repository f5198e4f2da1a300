import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApi, type TestApi } from '../fixtures/api';
import { agreementInput, sameAsNow, seed, type World } from './agreementsSeed';

/** The zaaknummer end to end: stored, listed, searched, exported, in the history and the file. */
let api: TestApi;
let w: World;
beforeEach(async () => {
  api = await makeApi();
  w = seed(api);
});
afterEach(() => api.close());

describe('zaaknummer', () => {
  it('is stored, listed, found by search, in the CSV and in the history', () => {
    const a = api.call('agreements.create', agreementInput(w, { caseNumber: ' Z/2026/004512 ' }));
    expect(a.caseNumber).toBe('Z/2026/004512');
    const list = api.call('agreements.list', { regionId: w.region.id, search: '2026 004512' });
    expect(list.items.map((i) => [i.id, i.caseNumber])).toEqual([[a.id, 'Z/2026/004512']]);
    const csv = api.call('agreements.exportCsv', { regionId: w.region.id });
    expect(csv.content.split('\r\n')[1]).toMatch(
      /^Valpreventie voor thuiswonende ouderen;Z\/2026\/004512;/,
    );

    const d = api.call('agreements.get', { id: a.id });
    api.call('agreements.update', { ...sameAsNow(d), caseNumber: 'Z/2026/009999' });
    const [latest] = api.call('history.list', { entity: 'agreement', id: a.id });
    expect(latest!.text).toContain('zaaknummer van ‘Z/2026/004512’ naar ‘Z/2026/009999’');
  });

  it('refuses more than 60 characters and line breaks, in Dutch', () => {
    const long = api.fail('agreements.create', agreementInput(w, { caseNumber: 'Z'.repeat(61) }));
    expect(long.issues).toEqual([
      { path: 'caseNumber', message: 'Zaaknummer mag hoogstens 60 tekens lang zijn' },
    ]);
    const broken = api.fail('agreements.create', agreementInput(w, { caseNumber: 'Z/1\nZ/2' }));
    expect(broken.issues?.[0]?.path).toBe('caseNumber');
  });

  it('travels in the exchange file, and a file from before it existed still imports', async () => {
    const a = api.call('agreements.create', agreementInput(w, { caseNumber: 'Z/2026/004512' }));
    const doc = api.call('dossier.export', { regionId: w.region.id });
    expect(doc.agreements.find((r) => r.id === a.id)?.caseNumber).toBe('Z/2026/004512');

    const other = await makeApi();
    try {
      other.call('dossier.import', { document: doc });
      expect(other.call('agreements.get', { id: a.id }).caseNumber).toBe('Z/2026/004512');
    } finally {
      other.close();
    }

    const older = structuredClone(doc) as { agreements: Record<string, unknown>[] };
    for (const r of older.agreements) delete r.caseNumber;
    const third = await makeApi();
    try {
      third.call('dossier.import', { document: older });
      expect(third.call('agreements.get', { id: a.id }).caseNumber).toBe('');
    } finally {
      third.close();
    }
  });
});
