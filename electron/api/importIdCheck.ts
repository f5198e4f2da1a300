/**
 * Import check: an id names one record of one kind, across the file and the database
 * (issue 6 B8; a party with a region's id once took that region along when it was purged).
 */
import { COLLECTION_ENTITY, ENTITY_COLLECTIONS } from '../../db/exchange';
import { ID_KIND_NOUNS, createIdKindLookup, type IdKind } from '../../db/idKinds';
import type { Db } from '../../db';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { RECORD_KINDS, type RecordKind } from '../../shared/recordKinds';

type OtherIdKind = Exclude<RecordKind, { entity: object } | { noOwnIds: true }>;
/** The kinds with ids of their own that are not entities (status changes, …). */
const OTHER_ID_KINDS = RECORD_KINDS.filter(
  (k): k is OtherIdKind => !('entity' in k) && !('noOwnIds' in k),
);

const ONE = 'een id hoort bij één gegeven.';

type Identified = { kind: IdKind; id: string; path: string };

/** Every record in the file with an id of its own: its kind and JSON path, in file order. */
function identified(doc: ExchangeDocument): Identified[] {
  const list = (collection: string, kind: IdKind, records: { id: string }[]) =>
    records.map((r, i) => ({ kind, id: r.id, path: `${collection}[${i}]` }));
  return [
    ...ENTITY_COLLECTIONS.flatMap((c) => list(c, COLLECTION_ENTITY[c], doc[c])),
    // The other kinds with ids of their own (shared/recordKinds.ts), in document order.
    ...OTHER_ID_KINDS.flatMap((k) =>
      k.collection === null
        ? // Invited people and deelnemers are nested in their record, with ids of their own.
          k.kind === 'meetingAttendee'
          ? doc.meetings.flatMap((m, i) => list(`meetings[${i}].attendees`, k.kind, m.attendees))
          : doc.conversations.flatMap((c, i) =>
              list(`conversations[${i}].participants`, k.kind, c.participants),
            )
        : list(k.collection, k.kind, doc[k.collection]),
    ),
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
  for (const { kind, id, path } of identified(doc)) {
    const earlier = first.get(id);
    if (earlier && earlier.kind !== kind) {
      add(
        `${path}.id`,
        `Id ${id} is in het bestand al gebruikt voor een ${ID_KIND_NOUNS[earlier.kind]} (${earlier.path}); ${ONE}`,
      );
      continue;
    }
    if (!earlier) first.set(id, { kind, path });
    if (!inserted(kind, id)) continue;
    const other = storedKinds(id).find((k) => k !== kind);
    if (other) {
      add(
        `${path}.id`,
        `Id ${id} is in deze database al in gebruik voor een ${ID_KIND_NOUNS[other]}; ${ONE}`,
      );
    }
  }
}
