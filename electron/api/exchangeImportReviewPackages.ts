/**
 * Import checks for the beoordelingspakketten (docs/exchange-format.md, importregels): a package
 * comes only with its agreements and a response only with its package and the reviews it added,
 * as reviews come only with their agreement (no forged "akkoord" on what is already stored).
 * Used by importCheck.ts.
 */
import type { Db } from '../../db';
import { createReviewPackageLookup } from '../../db/exchangeReviewPackages';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { NOWHERE, noDuplicates, type CheckHelpers } from './exchangeImportAgreements';

/** Unique in the file and new to the database. */
function newIds(
  records: { id: string }[],
  collection: string,
  what: string,
  stored: (id: string) => boolean,
  h: CheckHelpers,
) {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id))
      h.add(`${collection}[${i}].id`, 'Deze id komt meer dan eens voor in het bestand.');
    else if (stored(r.id))
      h.conflict(`${collection}[${i}].id`, `${what} met id ${r.id} bestaat al in deze database.`);
    seen.add(r.id);
  });
}

export function checkReviewPackages(db: Db, doc: ExchangeDocument, h: CheckHelpers) {
  const stored = createReviewPackageLookup(db);
  newIds(
    doc.reviewPackages,
    'reviewPackages',
    'Beoordelingspakket',
    (id) => stored('review_package', id),
    h,
  );
  newIds(
    doc.reviewResponses,
    'reviewResponses',
    'Reactie op een pakket',
    (id) => stored('review_response', id),
    h,
  );

  const agreementRegion = new Map(doc.agreements.map((a) => [a.id, a.regionId]));
  const packages = new Map<string, Set<string>>();
  doc.reviewPackages.forEach((p, i) => {
    const path = `reviewPackages[${i}]`;
    if (!h.resolve('region', p.regionId))
      h.add(`${path}.regionId`, `Regio ${p.regionId} ${NOWHERE}`);
    if (p.reviewerId && !h.resolve('contact', p.reviewerId))
      h.add(`${path}.reviewerId`, `Persoon ${p.reviewerId} ${NOWHERE}`);
    p.agreements.forEach((a, j) => {
      const at = `${path}.agreements[${j}].agreementId`;
      const region = agreementRegion.get(a.agreementId);
      if (region === undefined)
        h.add(
          at,
          h.resolve('agreement', a.agreementId)
            ? 'Een beoordelingspakket kan alleen samen met zijn afspraken worden ingelezen.'
            : `Afspraak ${a.agreementId} ${NOWHERE}`,
        );
      else if (region !== p.regionId)
        h.add(at, 'Deze afspraak hoort bij een andere regio dan het beoordelingspakket.');
    });
    noDuplicates(
      p.agreements.map((a) => a.agreementId),
      `${path}.agreements`,
      'Deze afspraak',
      h,
    );
    packages.set(p.id, new Set(p.agreements.map((a) => a.agreementId)));
  });

  const reviewAgreement = new Map(doc.agreementReviews.map((r) => [r.id, r.agreementId]));
  const reviewsLinked = new Set<string>();
  const contents = new Set<string>();
  doc.reviewResponses.forEach((r, i) => {
    const path = `reviewResponses[${i}]`;
    const inPackage = packages.get(r.packageId);
    if (!inPackage) {
      h.add(
        `${path}.packageId`,
        stored('review_package', r.packageId)
          ? 'Een reactie kan alleen samen met haar beoordelingspakket worden ingelezen.'
          : `Beoordelingspakket ${r.packageId} ${NOWHERE}`,
      );
      return;
    }
    const content = `${r.packageId} ${r.contentHash}`;
    if (contents.has(content))
      h.add(`${path}.contentHash`, 'Deze reactie staat twee keer bij hetzelfde pakket.');
    contents.add(content);
    r.verdicts.forEach((v, j) => {
      const at = `${path}.verdicts[${j}].reviewId`;
      const agreementId = reviewAgreement.get(v.reviewId);
      if (agreementId === undefined)
        h.add(at, `Beoordeling ${v.reviewId} staat niet in het bestand (agreementReviews).`);
      else if (!inPackage.has(agreementId))
        h.add(at, 'Deze beoordeling is van een afspraak die niet in het beoordelingspakket staat.');
      else if (reviewsLinked.has(v.reviewId))
        h.add(at, 'Deze beoordeling hoort al bij een andere reactie in het bestand.');
      reviewsLinked.add(v.reviewId);
    });
  });
}
