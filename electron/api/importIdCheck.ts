/**
 * Import check: an id names one record of one kind, across the file and the database
 * (issue 6 B8; a party with a region's id once took that region along when it was purged).
 */
import { COLLECTION_ENTITY, ENTITY_COLLECTIONS } from '../../db/exchange';
import { ID_KIND_NOUNS, createIdKindLookup, type IdKind } from '../../db/idKinds';
import type { Db } from '../../db';
import type { ExchangeDocument } from '../../shared/exchange/schema';

const ONE = 'een id hoort bij één gegeven.';

/** The file's collections with an id of their own, and the kind each holds. */
function collections(doc: ExchangeDocument): [string, IdKind, { id: string }[]][] {
  return [
    ...ENTITY_COLLECTIONS.map(
      (c) => [c, COLLECTION_ENTITY[c], doc[c]] as [string, IdKind, { id: string }[]],
    ),
    ['agreementStatusChanges', 'agreementStatusChange', doc.agreementStatusChanges],
    ['agreementReviews', 'agreementReview', doc.agreementReviews],
  ];
}

/**
 * Reports every record whose id another kind already uses, earlier in the file or in the
 * database. `inserted(kind, id)` tells whether the record will really be inserted (themes matched
 * by name are not, so their file id may be anything the database holds).
 */
export function checkIdKinds(
  db: Db,
  doc: ExchangeDocument,
  inserted: (kind: IdKind, id: string) => boolean,
  add: (path: string, message: string) => void,
) {
  const storedKinds = createIdKindLookup(db);
  const first = new Map<string, { kind: IdKind; path: string }>();
  for (const [collection, kind, records] of collections(doc)) {
    records.forEach((record, i) => {
      const path = `${collection}[${i}]`;
      const earlier = first.get(record.id);
      if (earlier && earlier.kind !== kind) {
        add(
          `${path}.id`,
          `Id ${record.id} is in het bestand al gebruikt voor een ${ID_KIND_NOUNS[earlier.kind]} (${earlier.path}); ${ONE}`,
        );
        return;
      }
      if (!earlier) first.set(record.id, { kind, path });
      if (!inserted(kind, record.id)) return;
      const other = storedKinds(record.id).find((k) => k !== kind);
      if (other) {
        add(
          `${path}.id`,
          `Id ${record.id} is in deze database al in gebruik voor een ${ID_KIND_NOUNS[other]}; ${ONE}`,
        );
      }
    });
  }
}
