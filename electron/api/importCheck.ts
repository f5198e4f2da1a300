/**
 * The checks of an exchange document against itself and the database before anything is
 * written (docs/exchange-format.md, Importregels): ids, references, trash groups, uniqueness.
 */
import {
  COLLECTION_ENTITY,
  ENTITY_COLLECTIONS,
  createIdLookup,
  createRecordExporter,
  type EntityCollection,
} from '../../db/exchange';
import type { FieldIssue } from '../../shared/api/result';
import { ENTITY_LABELS, type Entity } from '../../shared/domain';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { ENTITY_KINDS } from '../../shared/recordKinds';
import type { ApiContext } from './context';
import { checkAgreements } from './exchangeImportAgreements';
import { checkMeetings } from './exchangeImportMeetings';
import { checkConversations } from './exchangeImportConversations';
import { checkReviewPackages } from './exchangeImportReviewPackages';
import { checkIdKinds } from './importIdCheck';
import { findThemeByName, themeNameKey } from './themeNames';

type Known = { deleted: boolean };
/** deletedOk: a live item may point at a deleted one (shown as absent, as owners are). */
type Ref = { field: string; entity: Entity; optional?: boolean; deletedOk?: boolean };
type AnyRecord = ExchangeDocument['regions'][number] & Record<string, unknown>;

/** The references each collection holds (membership → region/party, role → …, contact → party). */
const REFERENCES: Partial<Record<EntityCollection, Ref[]>> = {
  regionMemberships: [
    { field: 'regionId', entity: 'region' },
    { field: 'partyId', entity: 'party' },
  ],
  contacts: [{ field: 'partyId', entity: 'party', optional: true }],
  roleAssignments: [
    { field: 'regionId', entity: 'region' },
    { field: 'contactId', entity: 'contact' },
    { field: 'partyId', entity: 'party', optional: true },
    { field: 'themeId', entity: 'theme', optional: true },
  ],
  agreements: [
    { field: 'regionId', entity: 'region' },
    { field: 'ownerId', entity: 'contact', optional: true, deletedOk: true },
  ],
  progressUpdates: [{ field: 'agreementId', entity: 'agreement' }],
  // People named by a meeting may be in the Prullenbak (shown as absent), as an owner may.
  meetings: [
    { field: 'regionId', entity: 'region' },
    { field: 'chairId', entity: 'contact', optional: true, deletedOk: true },
    { field: 'minuteTakerId', entity: 'contact', optional: true, deletedOk: true },
  ],
  agendaItems: [{ field: 'meetingId', entity: 'meeting' }],
  decisions: [{ field: 'agendaItemId', entity: 'agendaItem' }],
  conversations: [{ field: 'regionId', entity: 'region' }],
  actionItems: [
    { field: 'agendaItemId', entity: 'agendaItem', optional: true },
    { field: 'conversationId', entity: 'conversation', optional: true },
    { field: 'ownerId', entity: 'contact', optional: true, deletedOk: true },
  ],
};

/** Kinds whose records are never merged with a stored one: the same id is always a conflict. */
const NEVER_MERGED: Partial<Record<Entity, string>> = Object.fromEntries(
  ENTITY_KINDS.flatMap((k) => ('neverMerged' in k.entity ? [[k.kind, k.entity.neverMerged]] : [])),
);

const records = (doc: ExchangeDocument, collection: EntityCollection) =>
  doc[collection] as AnyRecord[];

export const recordKey = (entity: Entity, id: string) => `${entity}:${id}`;

/** Live themes in the file that match an existing theme by name: file id → existing id. */
export function matchThemes(ctx: ApiContext, doc: ExchangeDocument): Map<string, string> {
  const themeMap = new Map<string, string>();
  for (const t of doc.themes) {
    if (t.deletedAt) continue;
    const existing = findThemeByName(ctx, t.name);
    if (existing) themeMap.set(t.id, existing.id);
  }
  return themeMap;
}

/**
 * Records whose id is already stored with exactly the same content (compared in the exported
 * shape): two exports that share a party can both be imported. Returns their keys.
 */
export function findAlreadyPresent(
  ctx: ApiContext,
  doc: ExchangeDocument,
  themeMap: Map<string, string>,
): Set<string> {
  const stored = createRecordExporter(ctx.repos.db);
  const canonical = (r: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(r)
        .sort()
        .map((k) => [k, r[k] ?? null]),
    );
  const present = new Set<string>();
  for (const collection of ENTITY_COLLECTIONS) {
    const entity = COLLECTION_ENTITY[collection];
    for (const record of records(doc, collection)) {
      if (entity === 'theme' && themeMap.has(record.id)) continue;
      const row = stored(collection, record.id);
      if (!row) continue;
      const incoming: Record<string, unknown> = {
        ...record,
        trashGroup: record.deletedAt ? (record.trashGroup ?? record.id) : null,
      };
      if (typeof incoming.themeId === 'string') {
        incoming.themeId = themeMap.get(incoming.themeId) ?? incoming.themeId;
      }
      if (canonical(incoming) === canonical(row)) present.add(recordKey(entity, record.id));
    }
  }
  return present;
}

/**
 * Checks a parsed document against itself and the database: duplicate and colliding ids,
 * references that lead nowhere, trash groups, theme names. `conflictsOnly` when every issue is
 * an id or membership that already exists (a file read twice).
 */
export function checkDocument(
  ctx: ApiContext,
  doc: ExchangeDocument,
  themeMap: Map<string, string>,
  present: Set<string>,
) {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  let conflicts = 0;
  const conflict = (path: string, message: string) => {
    conflicts++;
    add(path, message);
  };
  const inDb = createIdLookup(ctx.repos.db);
  const inDoc = new Map<Entity, Map<string, Known>>();
  /** Deleted items that start a trash group: their own group is their id. */
  const docRoots = new Set<string>();

  for (const collection of ENTITY_COLLECTIONS) {
    const entity = COLLECTION_ENTITY[collection];
    const seen = new Map<string, Known>();
    inDoc.set(entity, seen);
    records(doc, collection).forEach((record, i) => {
      const path = `${collection}[${i}]`;
      if (seen.has(record.id)) add(`${path}.id`, 'Deze id komt meer dan eens voor in het bestand.');
      seen.set(record.id, { deleted: record.deletedAt !== null });
      if (record.deletedAt && (record.trashGroup ?? record.id) === record.id) {
        docRoots.add(record.id);
      }
      const matchedTheme = entity === 'theme' && themeMap.has(record.id);
      if (!matchedTheme && !present.has(recordKey(entity, record.id)) && inDb(entity, record.id)) {
        const neverMerged = NEVER_MERGED[entity];
        conflict(
          `${path}.id`,
          neverMerged
            ? `${ENTITY_LABELS[entity]} met id ${record.id} bestaat al in deze database; ${neverMerged} worden bij het inlezen niet samengevoegd.`
            : `${ENTITY_LABELS[entity]} met id ${record.id} bestaat al in deze database (met andere gegevens).`,
        );
      }
      const period = record as { since?: string | null; until?: string | null };
      if (period.since && period.until && period.until <= period.since) {
        add(`${path}.until`, 'De einddatum moet na de begindatum liggen.');
      }
    });
  }

  checkTrashGroups(ctx, doc, docRoots, add);

  const resolve = (entity: Entity, id: string): Known | null => {
    if (entity === 'theme' && themeMap.has(id)) return { deleted: false };
    return inDoc.get(entity)?.get(id) ?? inDb(entity, id);
  };
  for (const [collection, refs] of Object.entries(REFERENCES) as [EntityCollection, Ref[]][]) {
    records(doc, collection).forEach((record, i) => {
      for (const ref of refs) {
        const target = record[ref.field] as string | null;
        if (!target) continue;
        const path = `${collection}[${i}].${ref.field}`;
        const found = resolve(ref.entity, target);
        const label = ENTITY_LABELS[ref.entity];
        if (!found)
          add(path, `${label} ${target} staat niet in het bestand en ook niet in deze database.`);
        else if (found.deleted && !record.deletedAt && !ref.deletedOk) {
          add(path, `${label} ${target} is verwijderd, maar dit item niet.`);
        }
      }
    });
  }

  const helpers = { add, conflict, resolve, theme: (id: string) => themeMap.get(id) ?? id };
  checkAgreements(ctx.repos.db, doc, helpers);
  checkMeetings(ctx.repos.db, doc, helpers);
  checkConversations(ctx.repos.db, doc, helpers);
  checkReviewPackages(ctx.repos.db, doc, helpers);

  // History comes only with its record: a file cannot add lines to records already stored.
  doc.auditLog.forEach((entry, i) => {
    if (inDoc.get(entry.entity)?.has(entry.entityId)) return;
    const what = `${ENTITY_LABELS[entry.entity].toLowerCase()} ${entry.entityId}`;
    add(
      `auditLog[${i}].entityId`,
      resolve(entry.entity, entry.entityId)
        ? `Geschiedenis kan alleen samen met het gegeven zelf worden ingelezen: ${what} staat niet in dit bestand.`
        : `${ENTITY_LABELS[entry.entity]} ${entry.entityId} staat niet in het bestand en ook niet in deze database.`,
    );
  });

  checkUnique(ctx, doc, add, conflict);
  checkIdKinds(ctx.repos.db, doc, (kind, id) => !(kind === 'theme' && themeMap.has(id)), add);
  return { issues, conflictsOnly: conflicts === issues.length };
}

/** A deleted item's trashGroup names a deleted group root in the file or in the database. */
function checkTrashGroups(
  ctx: ApiContext,
  doc: ExchangeDocument,
  docRoots: Set<string>,
  add: (path: string, message: string) => void,
) {
  const dbRoot = ctx.repos.trash.isRoot;
  const entities = ENTITY_COLLECTIONS.map((c) => COLLECTION_ENTITY[c]);
  for (const collection of ENTITY_COLLECTIONS) {
    records(doc, collection).forEach((record, i) => {
      const group = record.trashGroup;
      const path = `${collection}[${i}].trashGroup`;
      if (group && !record.deletedAt) {
        add(path, 'Een prullenbakgroep hoort alleen bij een verwijderd item.');
      } else if (group && group !== record.id && !docRoots.has(group)) {
        if (!entities.some((e) => dbRoot(e, group))) {
          add(
            path,
            `Prullenbakgroep ${group} bestaat niet: er is geen verwijderd item met die id dat de groep begint, in het bestand of in deze database.`,
          );
        }
      }
    });
  }
}

/** Live theme names and live memberships (region, party) must be unique. */
function checkUnique(
  ctx: ApiContext,
  doc: ExchangeDocument,
  add: (path: string, message: string) => void,
  conflict: (path: string, message: string) => void,
) {
  const inDb = createIdLookup(ctx.repos.db);
  const names = new Set<string>();
  doc.themes.forEach((t, i) => {
    if (t.deletedAt) return;
    const key = themeNameKey(t.name);
    if (names.has(key))
      add(`themes[${i}].name`, `Het thema ${t.name} komt meer dan eens voor in het bestand.`);
    names.add(key);
  });
  const pairs = new Set<string>();
  doc.regionMemberships.forEach((m, i) => {
    if (m.deletedAt) return;
    const key = `${m.regionId}/${m.partyId}`;
    if (pairs.has(key))
      add(`regionMemberships[${i}]`, 'Deze deelname komt meer dan eens voor in het bestand.');
    else if (
      !inDb('membership', m.id) &&
      ctx.repos.memberships.existing(m.regionId, m.partyId) !== null
    )
      conflict(
        `regionMemberships[${i}]`,
        'Deze partij neemt in deze database al deel aan deze regio.',
      );
    pairs.add(key);
  });
}
