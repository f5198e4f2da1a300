/** The beoordelingspakketten's part of the contract tour (dispatch.contract.test.ts). */
import { makeReviewPackage } from '../../electron/api/reviewPackageBuild';
import { reviewPackageRequest } from '../../shared/schemas/reviewPackage';
import type { ReviewPackage } from '../../shared/review/formats';
import type { TestApi } from '../fixtures/api';

export function tourReviewPackages(
  api: TestApi,
  call: TestApi['call'],
  ids: { regionId: string; agreementId: string; partyId: string },
) {
  const source = { kind: 'agreements' as const, agreementIds: [ids.agreementId] };
  call('reviewPackages.preview', { source });
  const reviewer = call('contacts.create', { name: 'Marja Wethouder', partyId: ids.partyId });
  call('settings.update', { userName: 'Coördinator' });
  let pkg: ReviewPackage | null = null;
  makeReviewPackage(
    api.ctx,
    reviewPackageRequest.parse({ source, reviewerId: reviewer.id }),
    (written) => {
      pkg = written;
    },
  );
  const sent = pkg as unknown as ReviewPackage;
  call('reviewPackages.list', { regionId: ids.regionId });
  call('reviewPackages.importResponse', {
    fileName: 'reactie.regiodossier-reactie',
    text: JSON.stringify({
      format: 'regiodossier-reactie',
      version: 1,
      packageId: sent.packageId,
      reviewer: sent.reviewer,
      savedAt: '2026-11-22T10:00:00.000Z',
      generalRemark: '',
      verdicts: [
        {
          agreementId: ids.agreementId,
          hash: sent.agreements[0]!.hash,
          verdict: 'akkoord',
          remark: '',
          on: '2026-11-22',
        },
      ],
    }),
  });
  call('reviewPackages.forAgreement', { id: ids.agreementId });
}
