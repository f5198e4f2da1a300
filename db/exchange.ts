/**
 * SQL side of the exchange format (docs/exchange-format.md): dump rows as exchange records and
 * insert an already validated document. Validation and id checks live in electron/api.
 */
import { ENTITIES, type Entity } from '../shared/domain';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
} from '../shared/exchange/schema';
import {
  AGREEMENT_COLUMNS,
  AGREEMENT_ORDER,
  AGREEMENT_SCOPE,
  AGREEMENT_TABLES,
  REGION_AGREEMENT_OWNERS,
  REGION_AGREEMENT_PARTIES,
  insertAgreementCollections,
  nestAgreements,
  type AgreementCollection,
} from './exchangeAgreements';
import { AGREEMENT_FIELDS, PROGRESS_FIELDS, creationChanges } from './creation';
import { CONTACT_FIELDS } from './contacts';
import { MEMBERSHIP_FIELDS } from './memberships';
import { PARTY_FIELDS } from './parties';
import { REGION_FIELDS } from './regions';
import { ROLE_FIELDS } from './roleAssignments';
import { nameSortKey, personSortKey } from './sortKeys';
import { searchText, type Db } from './sqlite';
import { THEME_FIELDS } from './themes';
import { TABLES } from './tables';

export type Collections = Omit<ExchangeDocument, 'format' | 'version' | 'exportedAt' | 'regionId'>;
/** Collections of register records written by the generic code below. */
type RegisterCollection = Exclude<keyof Collections, 'auditLog' | AgreementCollection>;
/** Collections whose records are entities (audit history, Prullenbak). */
export type EntityCollection = RegisterCollection | 'agreements' | 'progressUpdates';

/** Collection name → entity, in insertion order (parents before children). */
export const COLLECTION_ENTITY: Record<EntityCollection, Entity> = {
  themes: 'theme',
  regions: 'region',
  parties: 'party',
  regionMemberships: 'membership',
  contacts: 'contact',
  roleAssignments: 'roleAssignment',
  agreements: 'agreement',
  progressUpdates: 'progressUpdate',
};
export const ENTITY_COLLECTIONS = Object.keys(COLLECTION_ENTITY) as EntityCollection[];

/** The fields an audit 'create' entry records, as the repositories do (db/audited.ts). */
export const AUDITED_FIELDS: Record<Entity, readonly string[]> = {
  region: REGION_FIELDS,
  party: PARTY_FIELDS,
  membership: MEMBERSHIP_FIELDS,
  contact: CONTACT_FIELDS,
  roleAssignment: ROLE_FIELDS,
  theme: THEME_FIELDS,
  // Flat, as db/agreements.ts compares them; the sets themes/parties/financing go by name.
  agreement: AGREEMENT_FIELDS,
  progressUpdate: PROGRESS_FIELDS,
};

/**
 * The `changes` of a register record's or progress update's creation entry (db/creation.ts).
 * Agreements have their own: agreementCreationChanges, which also names their sets.
 */
export const recordCreationChanges = (entity: Exclude<Entity, 'agreement'>, record: object) =>
  creationChanges(record, AUDITED_FIELDS[entity]);

const META =
  'created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt, trash_group AS trashGroup';
const COLUMNS: Record<RegisterCollection, string> = {
  regions: `id, ${META}, name, zorgkantoor_number AS zorgkantoorNumber, description`,
  parties: `id, ${META}, type, name, notes`,
  regionMemberships: `id, ${META}, region_id AS regionId, party_id AS partyId, role, since, until`,
  contacts: `id, ${META}, name, function, party_id AS partyId, email, phone, notes, active`,
  roleAssignments: `id, ${META}, region_id AS regionId, contact_id AS contactId, party_id AS partyId,
    role, theme_id AS themeId, mandate, since, until`,
  themes: `id, ${META}, name, archived_at AS archivedAt, sort_order AS sortOrder`,
};

/** Which rows belong to a one-region export (@r is the region id). */
const REGION_ROLE_CONTACTS = 'SELECT contact_id FROM role_assignment WHERE region_id = @r';
const REGION_MEMBERS = 'SELECT party_id FROM region_membership WHERE region_id = @r';
const REGION_CONTACTS = `party_id IN (${REGION_MEMBERS}) OR id IN (${REGION_ROLE_CONTACTS})
  OR id IN (${REGION_AGREEMENT_OWNERS})`;
const REGION_SCOPE: Record<RegisterCollection, string> = {
  regions: 'id = @r',
  regionMemberships: 'region_id = @r',
  roleAssignments: 'region_id = @r',
  // Members' people, people with a role in the region and owners of its agreements.
  contacts: REGION_CONTACTS,
  // Members, plus parties the exported people, roles and agreements refer to (the file stays
  // self-contained).
  parties: `id IN (${REGION_MEMBERS})
    OR id IN (SELECT party_id FROM role_assignment WHERE region_id = @r)
    OR id IN (${REGION_AGREEMENT_PARTIES})
    OR id IN (SELECT party_id FROM contact WHERE ${REGION_CONTACTS})`,
  themes: '1 = 1',
};

type Row = Record<string, unknown>;

type DataCollection = Exclude<keyof Collections, 'auditLog'>;
const isAgreementCollection = (c: DataCollection): c is AgreementCollection =>
  Object.hasOwn(AGREEMENT_TABLES, c);

function dumpCollection(db: Db, collection: DataCollection, regionId: string | null): Row[] {
  const agreementSide = isAgreementCollection(collection);
  const scope = agreementSide ? AGREEMENT_SCOPE[collection] : REGION_SCOPE[collection];
  const where = regionId ? `WHERE ${scope}` : '';
  const sql = agreementSide
    ? `SELECT ${AGREEMENT_COLUMNS[collection]} FROM ${AGREEMENT_TABLES[collection]} ${where}
       ORDER BY ${AGREEMENT_ORDER[collection]}`
    : `SELECT ${COLUMNS[collection]} FROM ${TABLES[COLLECTION_ENTITY[collection]].table}
       ${where} ORDER BY created_at, id`;
  const rows = db.prepare(sql).all(regionId ? { r: regionId } : {}) as Row[];
  if (collection === 'contacts') for (const row of rows) row.active = row.active === 1;
  if (collection === 'agreements') return nestAgreements(db, rows, regionId);
  return rows;
}

/** Every data collection, in the order the document lists them. */
const DATA_COLLECTIONS: DataCollection[] = [
  'regions',
  'parties',
  'regionMemberships',
  'contacts',
  'roleAssignments',
  'themes',
  'agreements',
  'agreementStatusChanges',
  'progressUpdates',
  'agreementReviews',
];

/** One stored row in its exported shape (null when there is none): to compare with a file. */
export function createRecordExporter(db: Db) {
  const statements = new Map<EntityCollection, ReturnType<Db['prepare']>>();
  return (collection: EntityCollection, id: string): Row | null => {
    // Agreements are compared as new records only (their nested sets are not one row).
    if (!Object.hasOwn(COLUMNS, collection)) return null;
    let stmt = statements.get(collection);
    if (!stmt) {
      stmt = db.prepare(
        `SELECT ${COLUMNS[collection as RegisterCollection]} FROM ${TABLES[COLLECTION_ENTITY[collection]].table} WHERE id = ?`,
      );
      statements.set(collection, stmt);
    }
    const row = stmt.get(id) as Row | undefined;
    if (!row) return null;
    if (collection === 'contacts') row.active = row.active === 1;
    return row;
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
    ids.set(
      COLLECTION_ENTITY[collection],
      new Set(collections[collection].map((r) => r.id as string)),
    );
  }
  const audit = (
    db
      .prepare(
        `SELECT entity, entity_id, action, at, actor, changes FROM audit_log
         WHERE entity IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      // Records' history only: import and settings events are not part of the exchange format.
      .all(JSON.stringify(ENTITIES)) as Row[]
  )
    .filter((r) => !regionId || ids.get(r.entity as Entity)?.has(r.entity_id as string))
    .map((r) => ({
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      at: r.at,
      actor: r.actor,
      changes: JSON.parse(r.changes as string) as unknown,
    }));
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt,
    regionId,
    ...collections,
    auditLog: audit,
  } as ExchangeDocument;
}

const META_VALUES = '@id, @createdAt, @updatedAt, @deletedAt, @trashGroup';
const META_COLUMNS = 'id, created_at, updated_at, deleted_at, trash_group';
const INSERTS: Record<RegisterCollection, string> = {
  regions: `INSERT INTO region (${META_COLUMNS}, name, zorgkantoor_number, description)
    VALUES (${META_VALUES}, @name, @zorgkantoorNumber, @description)`,
  parties: `INSERT INTO party (${META_COLUMNS}, type, name, notes, search_text, sort_key)
    VALUES (${META_VALUES}, @type, @name, @notes, @searchText, @sortKey)`,
  regionMemberships: `INSERT INTO region_membership (${META_COLUMNS}, region_id, party_id, role, since, until)
    VALUES (${META_VALUES}, @regionId, @partyId, @role, @since, @until)`,
  contacts: `INSERT INTO contact (${META_COLUMNS}, name, function, party_id, email, phone, notes, active,
      search_text, sort_key)
    VALUES (${META_VALUES}, @name, @function, @partyId, @email, @phone, @notes, @active, @searchText,
      @sortKey)`,
  roleAssignments: `INSERT INTO role_assignment (${META_COLUMNS}, region_id, contact_id, party_id, role,
      theme_id, mandate, since, until)
    VALUES (${META_VALUES}, @regionId, @contactId, @partyId, @role, @themeId, @mandate, @since, @until)`,
  themes: `INSERT INTO theme (${META_COLUMNS}, name, archived_at, sort_order)
    VALUES (${META_VALUES}, @name, @archivedAt, @sortOrder)`,
};

/** Derived columns, computed exactly as the repositories do. */
function params(collection: RegisterCollection, record: Row): Row {
  const out: Row = {
    ...record,
    trashGroup: record.deletedAt ? (record.trashGroup ?? record.id) : null,
  };
  if (collection === 'parties') {
    out.searchText = searchText(record.name as string);
    out.sortKey = nameSortKey(record.name as string);
  }
  if (collection === 'contacts') {
    out.active = record.active ? 1 : 0;
    out.sortKey = personSortKey(record.name as string);
    out.searchText = searchText(
      record.name as string,
      record.function as string,
      record.email as string,
    );
  }
  return out;
}

/** Parents before children (COLLECTION_ENTITY's order). */
const REGISTER_COLLECTIONS = ENTITY_COLLECTIONS.filter((c): c is RegisterCollection =>
  Object.hasOwn(INSERTS, c),
);

/**
 * Inserts validated, already remapped collections as they are (ids, timestamps and audit entries
 * verbatim). Call inside a transaction; it writes in parent-before-child order. Descriptions must
 * already be sanitised; `plainText` derives their plain-text column (as the handlers do).
 */
export function insertCollections(
  db: Db,
  data: Collections,
  plainText: (html: string) => string,
): Record<keyof Collections, number> {
  const counts = {} as Record<keyof Collections, number>;
  for (const collection of REGISTER_COLLECTIONS) {
    const insert = db.prepare(INSERTS[collection]);
    const records = data[collection] as Row[];
    for (const record of records) insert.run(params(collection, record));
    counts[collection] = records.length;
  }
  Object.assign(counts, insertAgreementCollections(db, data, plainText));
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
  const statements = new Map<Entity, ReturnType<Db['prepare']>>();
  return (entity: Entity, id: string): { deleted: boolean } | null => {
    let stmt = statements.get(entity);
    if (!stmt) {
      stmt = db.prepare(`SELECT deleted_at FROM ${TABLES[entity].table} WHERE id = ?`);
      statements.set(entity, stmt);
    }
    const row = stmt.get(id) as { deleted_at: string | null } | undefined;
    return row ? { deleted: row.deleted_at !== null } : null;
  };
}
