/**
 * Issue 23: the exchange format carries the beoordelingspakketten — each with its agreements as
 * sent, and the responses read in with the reviews they added and what had changed — and a file
 * cannot add a package or a response to agreements already stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/check';
import { makeReviewPackage } from '../../electron/api/reviewPackageBuild';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { REVIEW_RESPONSE_FORMAT, type ReviewPackage } from '../../shared/review/formats';
import { reviewPackageRequest } from '../../shared/schemas/reviewPackage';
import { makeApi, type TestApi } from '../fixtures/api';
import { addContact, addParty } from '../fixtures/register';
import { agreementInput, sameAsNow, seed } from './agreementsSeed';

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

/** A package to someone with no other tie to the region, answered on an earlier version. */
function dossier(api: TestApi) {
  const w = seed(api);
  const ids = ['Valpreventie', 'Mantelzorg'].map(
    (title) => api.call('agreements.create', agreementInput(w, { title })).id,
  );
  const raad = addParty(api, null, 'Gemeenteraad Elders', 'overig');
  const reviewer = addContact(api, raad.id, 'Marja Wethouder');
  let pkg: ReviewPackage | null = null;
  const request = reviewPackageRequest.parse({
    source: { kind: 'agreements', agreementIds: ids },
    reviewerId: reviewer.id,
    message: 'Graag vóór het overleg.',
    replyBy: '2026-12-01',
  });
  makeReviewPackage(api.ctx, request, (made) => {
    pkg = made;
  });
  const sent = pkg as unknown as ReviewPackage;
  api.call('agreements.update', {
    ...sameAsNow(api.call('agreements.get', { id: ids[0]! })),
    title: 'Valpreventie 2027',
  });
  api.call('reviewPackages.importResponse', {
    fileName: 'reactie.regiodossier-reactie',
    text: JSON.stringify({
      format: REVIEW_RESPONSE_FORMAT,
      version: 1,
      packageId: sent.packageId,
      reviewer: sent.reviewer,
      savedAt: '2026-11-22T10:00:00.000Z',
      generalRemark: 'Goed werk.',
      verdicts: sent.agreements.map((a, i) => ({
        agreementId: a.id,
        hash: a.hash,
        verdict: i ? 'opmerking' : 'akkoord',
        remark: i ? 'Kosten?' : '',
        on: '2026-11-22',
      })),
    }),
  });
  return { w, ids, reviewer, sent };
}

describe('exchange format with beoordelingspakketten', () => {
  it('export → import into an empty database → export gives the same', async () => {
    const a = await open();
    const { w, ids, reviewer, sent } = dossier(a);
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
    const { w } = dossier(a);
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
