/**
 * Issue 6 B7: an import may bring history (audit entries, status changes, reviews, progress)
 * only for records the same file inserts; each import is itself one audited event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
} from '../../shared/exchange/schema';
import { emptyCollections } from '../../shared/exchange/empty';
import { makeApi, snapshotCounts, type TestApi } from '../fixtures/api';
import { addParty, addRegion, themeId } from '../fixtures/register';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const AT = '2026-01-05T09:00:00.000Z';

function emptyDocument(): ExchangeDocument {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: AT,
    regionId: null,
    ...emptyCollections(),
  };
}

async function world() {
  const api = await open();
  api.call('settings.update', { userName: 'Anna de Vries', organisation: 'Gemeente Zeist' });
  const region = addRegion(api, 'Regio Eem');
  const party = addParty(api, region.id, 'Gemeente Eemdal');
  const agreement = api.call('agreements.create', {
    regionId: region.id,
    title: 'Valpreventie',
    themeIds: [themeId(api, 'Ouderen')],
  });
  return { api, region, party, agreement };
}

/** Everything that counts as history, to prove that a refused import wrote nothing. */
function historyCounts(api: TestApi) {
  return {
    ...snapshotCounts(api),
    agreement_status_change: api.count('agreement_status_change'),
    agreement_review: api.count('agreement_review'),
    progress_update: api.count('progress_update'),
  };
}

describe('import refuses history for records already in the database', () => {
  it('a back-dated status change and a trash line on live records (auditLog only)', async () => {
    const { api, party, agreement } = await world();
    const before = historyCounts(api);
    const doc = emptyDocument();
    doc.auditLog.push(
      {
        entity: 'agreement',
        entityId: agreement.id,
        action: 'update',
        at: '2025-01-01T09:00:00.000Z',
        actor: 'Burgemeester',
        changes: { status: { from: 'concept', to: 'vastgesteld' } },
      },
      {
        entity: 'party',
        entityId: party.id,
        action: 'delete',
        at: '2025-01-01T09:00:00.000Z',
        actor: 'Burgemeester',
        changes: {},
      },
    );
    const error = api.fail('dossier.import', { document: doc });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      {
        path: 'auditLog[0].entityId',
        message: `Geschiedenis kan alleen samen met het gegeven zelf worden ingelezen: afspraak ${agreement.id} staat niet in dit bestand.`,
      },
      {
        path: 'auditLog[1].entityId',
        message: `Geschiedenis kan alleen samen met het gegeven zelf worden ingelezen: partij ${party.id} staat niet in dit bestand.`,
      },
    ]);
    expect(historyCounts(api)).toEqual(before);
    expect(api.call('history.list', { entity: 'party', id: party.id })).toHaveLength(1);
  });

  it('an "akkoord" review for an agreement that is not in the file', async () => {
    const { api, agreement } = await world();
    const before = historyCounts(api);
    const doc = emptyDocument();
    doc.agreementReviews.push({
      id: crypto.randomUUID(),
      agreementId: agreement.id,
      reviewerName: 'Wethouder Jansen',
      on: '2026-01-01',
      verdict: 'akkoord',
      remark: '',
      createdAt: AT,
    });
    const error = api.fail('dossier.import', { document: doc });
    expect(error.issues).toEqual([
      {
        path: 'agreementReviews[0].agreementId',
        message: 'Een beoordeling kan alleen samen met haar afspraak worden ingelezen.',
      },
    ]);
    expect(historyCounts(api)).toEqual(before);
  });

  it('a status change or progress update for an agreement that is not in the file', async () => {
    const { api, agreement } = await world();
    const before = historyCounts(api);
    const doc = emptyDocument();
    doc.agreementStatusChanges.push({
      id: crypto.randomUUID(),
      agreementId: agreement.id,
      from: 'concept',
      to: 'in_bespreking',
      on: '2025-01-01',
      at: AT,
      actor: 'Burgemeester',
      note: '',
      reason: '',
    });
    doc.progressUpdates.push({
      id: crypto.randomUUID(),
      createdAt: AT,
      updatedAt: AT,
      deletedAt: null,
      agreementId: agreement.id,
      on: '2025-01-01',
      text: 'Alles al klaar.',
      statusChangeId: null,
      actor: 'Burgemeester',
    });
    const error = api.fail('dossier.import', { document: doc });
    expect(error.issues).toEqual([
      {
        path: 'agreementStatusChanges[0].agreementId',
        message: 'Een statuswijziging kan alleen samen met haar afspraak worden ingelezen.',
      },
      {
        path: 'progressUpdates[0].agreementId',
        message: 'Een voortgangsbericht kan alleen samen met zijn afspraak worden ingelezen.',
      },
    ]);
    expect(historyCounts(api)).toEqual(before);
  });
});

describe('each import is one audited event', () => {
  it('records the file name, the counts per collection and the actor', async () => {
    const { api, region } = await world();
    const doc = api.call('dossier.export', { regionId: region.id });
    const target = await open();
    target.call('settings.update', { userName: 'Bert Bos' });
    const before = target.ctx.repos.audit.all().length;
    const { counts } = target.call('dossier.import', {
      document: doc,
      fileName: 'regio-eem.json',
    });
    const entries = target.ctx.repos.audit.all().slice(before);
    const events = entries.filter((e) => e.entity === 'import');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'create',
      actor: 'Bert Bos',
      changes: {
        fileName: { from: null, to: 'regio-eem.json' },
        counts: { from: null, to: counts },
      },
    });
    // The event is not part of an export (the exchange format lists records' history only).
    const again = target.call('dossier.export', { regionId: null });
    expect(again.auditLog.some((e) => (e.entity as string) === 'import')).toBe(false);
    // And check still finds nothing wrong with it.
    expect(target.call('dossier.import', { document: emptyDocument() }).counts.regions).toBe(0);
  });

  it('a refused import leaves no event', async () => {
    const { api, agreement } = await world();
    const before = api.ctx.repos.audit.all().length;
    const doc = emptyDocument();
    doc.agreementReviews.push({
      id: crypto.randomUUID(),
      agreementId: agreement.id,
      reviewerName: 'X',
      on: '2026-01-01',
      verdict: 'akkoord',
      remark: '',
      createdAt: AT,
    });
    api.fail('dossier.import', { document: doc });
    expect(api.ctx.repos.audit.all()).toHaveLength(before);
  });
});
