/**
 * Ids are unique across all kinds of record (issue 6 B8): one id never names both a party and a
 * region. The kinds with an id of their own: the entities plus status changes, reviews, a
 * meeting's invited people and the vastgestelde versions of its minutes.
 */
import { ENTITIES, ENTITY_LABELS } from '../shared/domain';
import type { Db } from './sqlite';
import { TABLES } from './tables';

export const ID_KINDS = [
  ...ENTITIES,
  'agreementStatusChange',
  'agreementReview',
  'meetingAttendee',
  'minutesVersion',
] as const;
export type IdKind = (typeof ID_KINDS)[number];

const TABLE_OF: Record<IdKind, string> = {
  ...Object.fromEntries(ENTITIES.map((e) => [e, TABLES[e].table])),
  agreementStatusChange: 'agreement_status_change',
  agreementReview: 'agreement_review',
  meetingAttendee: 'meeting_attendee',
  minutesVersion: 'minutes_version',
} as Record<IdKind, string>;

/** Lower-case Dutch noun of a kind, for messages ("een regio", "een statuswijziging"). */
export const ID_KIND_NOUNS: Record<IdKind, string> = {
  ...Object.fromEntries(ENTITIES.map((e) => [e, ENTITY_LABELS[e].toLowerCase()])),
  agreementStatusChange: 'statuswijziging',
  agreementReview: 'beoordeling',
  meetingAttendee: 'genodigde',
  minutesVersion: 'notulenversie',
} as Record<IdKind, string>;

/** Every stored id with its kind (for check and for lookups). */
const ALL_IDS = ID_KINDS.map((kind) => `SELECT id, '${kind}' AS kind FROM ${TABLE_OF[kind]}`).join(
  ' UNION ALL ',
);

/** The kinds that store a row with this id (empty when none). */
export function createIdKindLookup(db: Db) {
  const stmt = db.prepare(
    ID_KINDS.map((kind) => `SELECT '${kind}' AS kind FROM ${TABLE_OF[kind]} WHERE id = @id`).join(
      ' UNION ALL ',
    ),
  );
  return (id: string): IdKind[] => (stmt.all({ id }) as { kind: IdKind }[]).map((r) => r.kind);
}

/** Ids that more than one kind uses, with those kinds in ID_KINDS order. */
export function findSharedIds(db: Db): { id: string; kinds: IdKind[] }[] {
  const rows = db
    .prepare(
      `SELECT id, group_concat(kind, ',') AS kinds FROM (${ALL_IDS})
       GROUP BY id HAVING count(DISTINCT kind) > 1 ORDER BY id`,
    )
    .all() as { id: string; kinds: string }[];
  return rows.map((r) => ({
    id: r.id,
    kinds: ID_KINDS.filter((k) => r.kinds.split(',').includes(k)),
  }));
}
