/**
 * A region with a beoordelingspakket answered on an earlier version, as the app and the CLI make
 * and read them (exchangeReviewPackages.test.ts, dossierReviewPackages.test.ts).
 */
import { makeReviewPackage } from '../../electron/api/reviewPackageBuild';
import { REVIEW_RESPONSE_FORMAT, type ReviewPackage } from '../../shared/review/formats';
import { reviewPackageRequest } from '../../shared/schemas/reviewPackage';
import type { TestApi } from '../fixtures/api';
import { addContact, addParty } from '../fixtures/register';
import { agreementInput, sameAsNow, seed } from './agreementsSeed';

/** A package to someone with no other tie to the region, answered on an earlier version. */
export function answeredPackage(api: TestApi) {
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
