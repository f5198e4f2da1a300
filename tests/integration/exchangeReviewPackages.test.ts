/**
 * Issue 23: the exchange format carries the beoordelingspakketten — each with its agreements as
 * sent, and the responses read in with the reviews they added and what had changed — and a file
 * cannot add a package or a response to agreements already stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { makeApi, type TestApi } from '../fixtures/api';
import { answeredPackage } from './reviewPackagesSeed';

const opened: TestApi[] = [];
async function open() {
  const api = await makeApi();
  opened.push(api);
  return api;
}
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});
const withoutTime = (doc: ExchangeDocument) => ({ ...doc, exportedAt: '' });

describe('exchange format with beoordelingspakketten', () => {
  it('export → import into an empty database → export gives the same', async () => {
    const a = await open();
    const { w, ids, reviewer, sent } = answeredPackage(a);
    const first = a.call('dossier.export', { regionId: w.region.id });
    expect(first.reviewPackages).toHaveLength(1);
    const exported = first.reviewPackages[0]!;
    expect(exported).toMatchObject({ id: sent.packageId, reviewerName: 'Marja Wethouder' });
    expect(exported.agreements.map((x) => [x.agreementId, x.snapshot.title])).toEqual([
      [ids[0], 'Valpreventie'],
      [ids[1], 'Mantelzorg'],
    ]);
    const changed = first.reviewResponses[0]!.verdicts.map((v) => v.changed.join());
    expect(changed.sort()).toEqual(['', 'Titel']);
    // The region file holds the person it was sent to.
    expect(first.contacts.map((p) => p.id)).toContain(reviewer.id);

    const b = await open();
    const { counts } = b.call('dossier.import', { document: first });
    expect(counts).toMatchObject({ reviewPackages: 1, reviewResponses: 1, agreementReviews: 2 });
    expect(withoutTime(b.call('dossier.export', { regionId: w.region.id }))).toEqual(
      withoutTime(first),
    );
    expect(checkDatabase(b.ctx.repos.db)).toEqual([]);
    expect(b.call('agreements.get', { id: ids[0]! }).reviews[0]!.fromPackage?.changed).toEqual([
      'Titel',
    ]);
    expect(b.call('reviewPackages.list', { regionId: w.region.id })).toMatchObject({
      open: 0,
      overdue: 0,
    });
    // The whole dossier too, and a file from before the packages reads as without them.
    const c = await open();
    const whole = a.call('dossier.export', {});
    const { reviewPackages: _p, reviewResponses: _r, ...older } = whole;
    expect(c.call('dossier.import', { document: older }).counts.reviewPackages).toBe(0);
  });

  it('takes a package only with its agreements, a response only with its package and reviews', async () => {
    const a = await open();
    const { w } = answeredPackage(a);
    const doc = a.call('dossier.export', { regionId: w.region.id });
    const reviews = a.count('agreement_review');

    // The same file again: the package is never merged.
    const again = JSON.stringify(a.fail('dossier.import', { document: doc }).issues);
    expect(again).toContain('bestaat al in deze database');

    // A package for the stored agreements, or a response with forged reviews, without them.
    const forged = {
      ...doc,
      regions: [],
      parties: [],
      regionMemberships: [],
      contacts: [],
      roleAssignments: [],
      themes: [],
      agreements: [],
      agreementStatusChanges: [],
      progressUpdates: [],
      agreementReviews: [],
      auditLog: [],
      reviewPackages: doc.reviewPackages.map((p) => ({ ...p, id: crypto.randomUUID() })),
    };
    const text = JSON.stringify(a.fail('dossier.import', { document: forged }).issues);
    expect(text).toContain(
      'Een beoordelingspakket kan alleen samen met zijn afspraken worden ingelezen.',
    );
    expect(text).toContain('Een reactie kan alleen samen met haar beoordelingspakket');
    expect(a.count('agreement_review')).toBe(reviews);

    // A response naming a review that is not in the file.
    const b = await open();
    const lost = { ...doc, agreementReviews: doc.agreementReviews.slice(1) };
    expect(JSON.stringify(b.fail('dossier.import', { document: lost }).issues)).toContain(
      'staat niet in het bestand (agreementReviews)',
    );
    expect(b.count('review_package')).toBe(0);
  });
});
