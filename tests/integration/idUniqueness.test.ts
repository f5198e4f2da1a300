/**
 * Issue 6 B8: one id used by two kinds of record. Ids are unique across all kinds, in an import
 * file and in the database; trash operations are scoped by kind and id, so an old collision
 * can never take another kind's record along.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkInvariants } from '../../db/check';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { addParty, addRegion } from '../fixtures/register';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** A database holding one region and one party; its export as a template for files. */
async function source() {
  const api = await open();
  const region = addRegion(api, 'Regio Eem');
  const party = addParty(api, null, 'Gemeente Eemdal');
  const doc = api.call('dossier.export', { regionId: null });
  return { api, region, party, doc };
}

/** Gives the record a new id, in the file's history too. */
function renameId(doc: ExchangeDocument, from: string, to: string) {
  for (const list of [doc.regions, doc.parties]) {
    for (const r of list) if (r.id === from) r.id = to;
  }
  for (const e of doc.auditLog) if (e.entityId === from) e.entityId = to;
}

describe('import refuses an id used by another kind of record', () => {
  it('in the same file (a party with the id of a region)', async () => {
    const { doc, region, party } = await source();
    renameId(doc, party.id, region.id);
    const target = await open();
    const error = target.fail('dossier.import', { document: doc });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({
      path: 'parties[0].id',
      message: `Id ${region.id} is in het bestand al gebruikt voor een regio (regions[0]); een id hoort bij één gegeven.`,
    });
    expect(target.count('party')).toBe(0);
    expect(target.count('region')).toBe(0);
  });

  it('in the database (a new party with the id of a stored region)', async () => {
    const target = await open();
    const stored = addRegion(target, 'Regio Vallei');
    const { doc, party } = await source();
    doc.regions = [];
    doc.auditLog = doc.auditLog.filter((e) => e.entity === 'party');
    renameId(doc, party.id, stored.id);
    const error = target.fail('dossier.import', { document: doc });
    expect(error.issues).toEqual([
      {
        path: 'parties[0].id',
        message: `Id ${stored.id} is in deze database al in gebruik voor een regio; een id hoort bij één gegeven.`,
      },
    ]);
    expect(target.count('party')).toBe(0);
  });

  it('also for status changes and reviews', async () => {
    const { doc, region } = await source();
    const target = await open();
    const agreementId = crypto.randomUUID();
    const at = '2026-01-05T09:00:00.000Z';
    doc.themes = [];
    doc.agreements.push({
      id: agreementId,
      caseNumber: '',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      regionId: region.id,
      title: 'Valpreventie',
      descriptionHtml: '',
      status: 'concept',
      ownerId: null,
      adoptedOn: null,
      startDate: null,
      endDate: null,
      nextEvaluation: null,
      dekking: { granted: false, by: '', on: null },
      confidential: false,
      reviewRequestedOn: null,
      themeIds: [],
      parties: [],
      financing: [],
      decisionLinks: [],
    });
    doc.agreementStatusChanges.push({
      id: region.id,
      agreementId,
      from: null,
      to: 'concept',
      on: '2026-01-05',
      at,
      actor: 'X',
      note: '',
      reason: '',
    });
    const error = target.fail('dossier.import', { document: doc });
    expect(error.issues).toContainEqual({
      path: 'agreementStatusChanges[0].id',
      message: `Id ${region.id} is in het bestand al gebruikt voor een regio (regions[0]); een id hoort bij één gegeven.`,
    });
  });
});

describe('an old collision in the database stays contained', () => {
  /** A party and a region with the same id, both in the Prullenbak (as an old import left them). */
  async function collided() {
    const api = await open();
    const region = addRegion(api, 'Regio Eem');
    const party = addParty(api, null, 'Gemeente Eemdal');
    api.call('regions.delete', { id: region.id });
    api.call('parties.delete', { id: party.id });
    const db = api.ctx.repos.db;
    db.pragma('foreign_keys = OFF');
    db.prepare('UPDATE party SET id = ?, trash_group = ? WHERE id = ?').run(
      region.id,
      region.id,
      party.id,
    );
    db.prepare('UPDATE audit_log SET entity_id = ? WHERE entity_id = ?').run(region.id, party.id);
    db.pragma('foreign_keys = ON');
    return { api, id: region.id };
  }

  it('purging the party leaves the region (and its history) alone', async () => {
    const { api, id } = await collided();
    api.call('trash.purge', { entity: 'party', id });
    expect(api.ctx.repos.parties.find(id)).toBeNull();
    expect(api.ctx.repos.regions.find(id)).not.toBeNull();
    expect(api.call('trash.list').map((t) => t.entity)).toEqual(['region']);
    expect(api.ctx.repos.audit.forEntity('region', id)).toHaveLength(2);
  });

  it('restoring the party leaves the region in the Prullenbak', async () => {
    const { api, id } = await collided();
    api.call('trash.restore', { entity: 'party', id });
    expect(api.ctx.repos.parties.find(id)!.deletedAt).toBeNull();
    expect(api.ctx.repos.regions.find(id)!.deletedAt).not.toBeNull();
  });

  it('check reports the id used by two kinds', async () => {
    const { api, id } = await collided();
    expect(checkInvariants(api.ctx.repos.db)).toContainEqual({
      rule: 'duplicate_id',
      message: `Id ${id} wordt gebruikt door meer dan één soort gegeven: regio en partij.`,
    });
  });
});
