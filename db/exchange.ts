/**
 * SQL side of the exchange format (docs/exchange-format.md): dump rows as exchange records and
 * insert an already validated document. Validation and id checks live in electron/api.
 */
import { getTableColumns, getTableName, sql, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ENTITIES, type Entity } from '../shared/domain';
import {
  ENTITY_KINDS,
  EXCHANGE_COLLECTIONS,
  KIND_OF_COLLECTION,
  type RecordKind,
  type EntityCollection as RegistryEntityCollection,
} from '../shared/recordKinds';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
} from '../shared/exchange/schema';
import {
  dumpAgreementCollection,
  insertAgreementCollections,
  insertDecisionLinks,
  isAgreementCollection,
  type AgreementCollection,
} from './exchangeAgreements';
import {
  dumpMeetingCollection,
  insertMeetingCollections,
  isMeetingCollection,
  type MeetingCollection,
} from './exchangeMeetings';
import {
  dumpConversationCollection,
  insertConversationCollections,
  isConversationCollection,
  type ConversationCollection,
} from './exchangeConversations';
import {
  dumpReviewPackageCollection,
  insertReviewPackageCollections,
  isReviewPackageCollection,
  type ReviewPackageCollection,
} from './exchangeReviewPackages';
import { creationChanges } from './creation';
import { AUDITED_FIELDS, ENTITY_KINDS_DB, ENTITY_TABLES, type RegisterEntity } from './entityKinds';
import { dumpRows } from './exchangeRows';
import { columnsBut, pick, RECORD_COLUMNS } from './ownColumns';
import { param } from './placeholders';
import { prepareSelect } from './preparedSql';
import { whereId } from './rowById';
import { auditLog } from './schema';
import { nameSortKey, personSortKey } from './sortKeys';
import { searchText, type Db } from './sqlite';

export type Collections = Omit<ExchangeDocument, 'format' | 'version' | 'exportedAt' | 'regionId'>;
/** Collections of register records written by the generic code below: those with a region scope. */
type RegisterCollection = Extract<RecordKind, { kind: RegisterEntity }>['collection'];
/** Every collection is written by its domain's code (agreements, meetings, …) or the generic one. */
type Unwritten = Exclude<
  keyof Collections,
  | 'auditLog'
  | AgreementCollection
  | MeetingCollection
  | ConversationCollection
  | ReviewPackageCollection
  | RegisterCollection
>;
const everyCollectionWritten: [Unwritten] extends [never] ? true : Unwritten = true;
void everyCollectionWritten;
/** Collections whose records are entities (audit history, Prullenbak). */
export type EntityCollection = RegistryEntityCollection;

/**
 * Collection name → entity, in insertion order: parents before children, as in
 * shared/recordKinds.ts, with the kinds marked `insertFirst` (themes) before all.
 */
export const COLLECTION_ENTITY = Object.fromEntries(
  [
    ...ENTITY_KINDS.filter((k) => 'insertFirst' in k),
    ...ENTITY_KINDS.filter((k) => !('insertFirst' in k)),
  ].map((k) => [k.collection, k.kind]),
) as Record<EntityCollection, Entity>;
export const ENTITY_COLLECTIONS = Object.keys(COLLECTION_ENTITY) as EntityCollection[];
/**
 * The kinds of record the format carries, and so the history it exports: since the overleggen
 * came in, every entity. (A kind added to ENTITIES later stays out until the format carries it,
 * or a file would name records it does not hold.)
 */
export const EXCHANGED_ENTITIES: readonly Entity[] = Object.values(COLLECTION_ENTITY);

/**
 * The `changes` of a register record's or progress update's creation entry (db/creation.ts).
 * Agreements have their own: agreementCreationChanges, which also names their sets.
 */
export const recordCreationChanges = (
  entity: Exclude<Entity, 'agreement'>,
  record: Readonly<Record<string, unknown>>,
) => creationChanges(record, AUDITED_FIELDS[entity]);

/** The stored records' tables: the exported fields and the inserted columns follow from them. */
const tableOf = (collection: RegisterCollection) =>
  ENTITY_KINDS_DB[KIND_OF_COLLECTION[collection].kind].table;
const scopeOf = (collection: RegisterCollection): string =>
  ENTITY_KINDS_DB[KIND_OF_COLLECTION[collection].kind].regionScope;
/** Columns derived from the record (search text, sort keys): stored, not exported. */
const DERIVED = ['searchText', 'sortKey'];

/** The id, the record metadata, then the table's own fields, in its order. */
function exportFields(table: SQLiteTable): Record<string, Column> {
  return {
    ...pick(getTableColumns(table), RECORD_COLUMNS),
    ...columnsBut(table, [...RECORD_COLUMNS, ...DERIVED]),
  };
}

type Row = Record<string, unknown>;
const REGISTER_COLLECTION_SET = new Set<string>(
  ENTITY_KINDS.filter((k) => 'regionScope' in ENTITY_KINDS_DB[k.kind]).map((k) => k.collection),
);
const isRegisterCollection = (c: string): c is RegisterCollection => REGISTER_COLLECTION_SET.has(c);
const isEntity = (s: string): s is Entity => ENTITIES.some((e) => e === s);
const parseJson = (text: string): unknown => JSON.parse(text);

type DataCollection = Exclude<keyof Collections, 'auditLog'>;

function dumpCollection(db: Db, collection: DataCollection, regionId: string | null): Row[] {
  if (isMeetingCollection(collection)) return dumpMeetingCollection(db, collection, regionId);
  if (isConversationCollection(collection))
    return dumpConversationCollection(db, collection, regionId);
  if (isAgreementCollection(collection)) return dumpAgreementCollection(db, collection, regionId);
  if (isReviewPackageCollection(collection))
    return dumpReviewPackageCollection(db, collection, regionId);
  const table = tableOf(collection);
  const fields = exportFields(table);
  const order = sql`${table.createdAt}, ${table.id}`;
  return dumpRows(db, { table, fields, scope: scopeOf(collection), order }, regionId);
}

/** Every data collection, in the order the document lists them. */
const DATA_COLLECTIONS = EXCHANGE_COLLECTIONS.filter((c): c is DataCollection => c !== 'auditLog');

/** One stored row in its exported shape (null when there is none): to compare with a file. */
export function createRecordExporter(db: Db) {
  const statementOf = (collection: RegisterCollection) => {
    const table = tableOf(collection);
    return prepareSelect(db, exportFields(table), sql`FROM ${table} WHERE ${whereId(table)}`);
  };
  const statements = new Map<RegisterCollection, ReturnType<typeof statementOf>>();
  return (collection: EntityCollection, id: string): Row | null => {
    // Agreements and meetings are compared as new records only (nested sets are not one row).
    if (!isRegisterCollection(collection)) return null;
    let stmt = statements.get(collection);
    if (!stmt) statements.set(collection, (stmt = statementOf(collection)));
    return stmt.get({ id }) ?? null;
  };
}

/** Everything stored (regionId null) or one region with what it needs, in a stable order. */
export function exportDocument(
  db: Db,
  regionId: string | null,
  exportedAt: string,
): ExchangeDocument {
  const collections = {} as Record<DataCollection, Row[]>;
  const ids = new Map<Entity, Set<string>>();
  for (const collection of DATA_COLLECTIONS) {
    collections[collection] = dumpCollection(db, collection, regionId);
  }
  for (const collection of ENTITY_COLLECTIONS) {
    const set = new Set<string>();
    for (const r of collections[collection]) if (typeof r.id === 'string') set.add(r.id);
    ids.set(COLLECTION_ENTITY[collection], set);
  }
  // Records' history only (of the kinds the format carries): import and settings events are not part of it.
  // `changes` is read as stored and parsed only for the entries exported.
  const audit = prepareSelect(
    db,
    {
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      action: auditLog.action,
      at: auditLog.at,
      actor: auditLog.actor,
      changes: sql<string>`${auditLog.changes}`,
    },
    sql`FROM ${auditLog} WHERE ${auditLog.entity} IN (SELECT value FROM json_each(${param('entities')}))
      ORDER BY ${auditLog.id}`,
  )
    .all({ entities: JSON.stringify(EXCHANGED_ENTITIES) })
    .filter((r) => !regionId || (isEntity(r.entity) && ids.get(r.entity)?.has(r.entityId)))
    .map((r) => ({ ...r, changes: parseJson(r.changes) }));
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt,
    regionId,
    ...collections,
    auditLog: audit,
  } as ExchangeDocument;
}

/** Every column of the table, each from the parameter named after its field. */
function insertSql(table: SQLiteTable): string {
  const columns = Object.entries(getTableColumns(table));
  return `INSERT INTO ${getTableName(table)} (${columns.map(([, c]) => c.name).join(', ')})
    VALUES (${columns.map(([field]) => `@${field}`).join(', ')})`;
}

/** Derived columns, computed exactly as the repositories do. */
const DERIVED_VALUES: { [C in RegisterCollection]?: (record: Collections[C][number]) => Row } = {
  parties: (p) => ({ searchText: searchText(p.name), sortKey: nameSortKey(p.name) }),
  contacts: (c) => ({
    active: c.active ? 1 : 0,
    sortKey: personSortKey(c.name),
    searchText: searchText(c.name, c.function, c.email),
  }),
};

/** Inserts one collection's records as they are, with their trash group and derived columns. */
function insertRecords<C extends RegisterCollection>(
  db: Db,
  collection: C,
  records: Collections[C][number][],
) {
  const insert = db.prepare(insertSql(tableOf(collection)));
  const derive = DERIVED_VALUES[collection];
  for (const record of records) {
    insert.run({
      ...record,
      trashGroup: record.deletedAt ? (record.trashGroup ?? record.id) : null,
      ...derive?.(record),
    });
  }
}

/** Parents before children (COLLECTION_ENTITY's order). */
const REGISTER_COLLECTIONS = ENTITY_COLLECTIONS.filter(isRegisterCollection);

/**
 * Inserts validated, already remapped collections as they are (ids, timestamps and audit entries
 * verbatim). Call inside a transaction; it writes in parent-before-child order. Descriptions and
 * minutes must already be sanitised; `plainText` derives their plain-text column (as the
 * handlers do).
 */
export function insertCollections(
  db: Db,
  data: Collections,
  plainText: (html: string) => string,
): Record<keyof Collections, number> {
  const counts = {} as Record<keyof Collections, number>;
  for (const collection of REGISTER_COLLECTIONS) {
    insertRecords(db, collection, data[collection]);
    counts[collection] = data[collection].length;
  }
  Object.assign(counts, insertAgreementCollections(db, data, plainText));
  // Verslagen before the actiepunten (an action's source may be one).
  Object.assign(counts, insertConversationCollections(db, data, plainText));
  Object.assign(counts, insertMeetingCollections(db, data, plainText));
  insertDecisionLinks(db, data.agreements);
  // After the agreements and their reviews, which packages and responses name.
  Object.assign(counts, insertReviewPackageCollections(db, data));
  const audit = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, at, actor, changes) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const e of data.auditLog) {
    audit.run(e.entity, e.entityId, e.action, e.at, e.actor, JSON.stringify(e.changes));
  }
  counts.auditLog = data.auditLog.length;
  return counts;
}

/** Whether a row with this id exists (deleted or not). */
export function createIdLookup(db: Db) {
  const statementOf = (entity: Entity) => {
    const t = ENTITY_TABLES[entity];
    return prepareSelect(
      db,
      { deletedAt: t.deletedAt },
      sql`FROM ${t} WHERE ${t.id} = ${param('id')}`,
    );
  };
  const statements = new Map<Entity, ReturnType<typeof statementOf>>();
  return (entity: Entity, id: string): { deleted: boolean } | null => {
    let stmt = statements.get(entity);
    if (!stmt) statements.set(entity, (stmt = statementOf(entity)));
    const row = stmt.get({ id });
    return row ? { deleted: row.deletedAt !== null } : null;
  };
}
