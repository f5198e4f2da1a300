/**
 * Ids are unique across all kinds of record (issue 6 B8): one id never names both a party and a
 * region. The kinds with an id of their own, their tables and nouns: shared/recordKinds.ts.
 */
import { ENTITY_LABELS, type Entity } from '../shared/domain';
import { RECORD_KINDS, type IdKindName } from '../shared/recordKinds';
import { prepareRows } from './preparedSql';
import type { Db } from './sqlite';

export type IdKind = IdKindName;
type Kind = Extract<(typeof RECORD_KINDS)[number], { kind: IdKind }>;
const withIds = RECORD_KINDS.filter((k): k is Kind => !('noOwnIds' in k));
/** The entities first, then the others (the order findSharedIds names them in). */
const KINDS = [...withIds.filter((k) => 'entity' in k), ...withIds.filter((k) => !('entity' in k))];
export const ID_KINDS: readonly IdKind[] = KINDS.map((k) => k.kind);

const TABLE_OF = Object.fromEntries(KINDS.map((k) => [k.kind, k.table])) as Record<IdKind, string>;

const isEntity = (kind: IdKind): kind is Entity => Object.hasOwn(ENTITY_LABELS, kind);

/** Lower-case Dutch noun of a kind, for messages ("een regio", "een statuswijziging"). */
export const ID_KIND_NOUNS = Object.fromEntries(
  KINDS.map((k) => [k.kind, isEntity(k.kind) ? ENTITY_LABELS[k.kind].toLowerCase() : k.one]),
) as Record<IdKind, string>;

/** Every stored id with its kind (for check and for lookups). */
const ALL_IDS = ID_KINDS.map((kind) => `SELECT id, '${kind}' AS kind FROM ${TABLE_OF[kind]}`).join(
  ' UNION ALL ',
);

/** The kinds that store a row with this id (empty when none). */
export function createIdKindLookup(db: Db) {
  const stmt = prepareRows<{ kind: IdKind }>(
    db,
    ID_KINDS.map((kind) => `SELECT '${kind}' AS kind FROM ${TABLE_OF[kind]} WHERE id = @id`).join(
      ' UNION ALL ',
    ),
    { kind: 'text' },
  );
  return (id: string): IdKind[] => stmt.all({ id }).map((r) => r.kind);
}

/** Ids that more than one kind uses, with those kinds in ID_KINDS order. */
export function findSharedIds(db: Db): { id: string; kinds: IdKind[] }[] {
  const rows = prepareRows<{ id: string; kinds: string }>(
    db,
    `SELECT id, group_concat(kind, ',') AS kinds FROM (${ALL_IDS})
     GROUP BY id HAVING count(DISTINCT kind) > 1 ORDER BY id`,
    { id: 'text', kinds: 'text' },
  ).all();
  return rows.map((r) => ({
    id: r.id,
    kinds: ID_KINDS.filter((k) => r.kinds.split(',').includes(k)),
  }));
}
