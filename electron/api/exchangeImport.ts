import {
  COLLECTION_ENTITY,
  ENTITY_COLLECTIONS,
  createIdLookup,
  insertCollections,
  type Collections,
  type EntityCollection,
} from '../../db/exchange';
import { DomainError, formatPath, type FieldIssue } from '../../shared/api/result';
import { ENTITY_LABELS, type Entity } from '../../shared/domain';
import { exchangeDocument, type ExchangeDocument } from '../../shared/exchange/schema';
import type { ApiContext } from './context';
import { checkAgreements } from './exchangeImportAgreements';
import { countNl } from './lookups';
import { richTextToPlain, sanitizeRichText } from './richText';

type Known = { deleted: boolean };
/** deletedOk: a live item may point at a deleted one (shown as absent, as owners are). */
type Ref = { field: string; entity: Entity; optional?: boolean; deletedOk?: boolean };

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
};

const lower = (s: string) => s.toLocaleLowerCase('nl-NL');

/**
 * Checks a parsed document against itself and the database: duplicate and colliding ids,
 * references that lead nowhere, theme names. Returns the theme remapping (file id → existing id).
 */
function checkDocument(ctx: ApiContext, doc: ExchangeDocument) {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const inDb = createIdLookup(ctx.repos.db);
  const inDoc = new Map<Entity, Map<string, Known>>();
  const themeMap = new Map<string, string>();

  // Themes are matched by name to the themes already present.
  doc.themes.forEach((t) => {
    if (t.deletedAt) return;
    const existing = ctx.repos.themes.idByName(t.name.trim());
    if (existing) themeMap.set(t.id, existing);
  });

  let conflicts = 0;
  const conflict = (path: string, message: string) => {
    conflicts++;
    add(path, message);
  };
  for (const collection of ENTITY_COLLECTIONS) {
    const entity = COLLECTION_ENTITY[collection];
    const seen = new Map<string, Known>();
    inDoc.set(entity, seen);
    (doc[collection] as ExchangeDocument['regions']).forEach((record, i) => {
      const path = `${collection}[${i}]`;
      if (seen.has(record.id)) add(`${path}.id`, 'Deze id komt meer dan eens voor in het bestand.');
      seen.set(record.id, { deleted: record.deletedAt !== null });
      const matchedTheme = entity === 'theme' && themeMap.has(record.id);
      if (!matchedTheme && inDb(entity, record.id)) {
        conflict(
          `${path}.id`,
          `${ENTITY_LABELS[entity]} met id ${record.id} bestaat al in deze database.`,
        );
      }
      if (record.trashGroup && !record.deletedAt) {
        add(`${path}.trashGroup`, 'Een prullenbakgroep hoort alleen bij een verwijderd item.');
      }
      const period = record as { since?: string | null; until?: string | null };
      if (period.since && period.until && period.until <= period.since) {
        add(`${path}.until`, 'De einddatum moet na de begindatum liggen.');
      }
    });
  }

  const resolve = (entity: Entity, id: string): Known | null => {
    const mapped = entity === 'theme' ? themeMap.get(id) : undefined;
    if (mapped) return { deleted: false };
    return inDoc.get(entity)?.get(id) ?? inDb(entity, id);
  };

  for (const [collection, refs] of Object.entries(REFERENCES) as [EntityCollection, Ref[]][]) {
    (doc[collection] as unknown as Record<string, string | null>[]).forEach((record, i) => {
      for (const ref of refs) {
        const target = record[ref.field];
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

  checkAgreements(ctx.repos.db, doc, {
    add,
    conflict,
    resolve,
    theme: (id) => themeMap.get(id) ?? id,
  });

  doc.auditLog.forEach((entry, i) => {
    if (!resolve(entry.entity, entry.entityId)) {
      add(
        `auditLog[${i}].entityId`,
        `${ENTITY_LABELS[entry.entity]} ${entry.entityId} staat niet in het bestand en ook niet in deze database.`,
      );
    }
  });

  checkUnique(
    doc,
    add,
    conflict,
    (m) =>
      !inDb('membership', m.id) && ctx.repos.memberships.existing(m.regionId, m.partyId) !== null,
  );
  return { issues, themeMap, conflictsOnly: conflicts === issues.length };
}

/** Live theme names and live memberships (region, party) must be unique. */
function checkUnique(
  doc: ExchangeDocument,
  add: (path: string, message: string) => void,
  conflict: (path: string, message: string) => void,
  memberInDb: (m: ExchangeDocument['regionMemberships'][number]) => boolean,
) {
  const names = new Set<string>();
  doc.themes.forEach((t, i) => {
    if (t.deletedAt) return;
    const key = lower(t.name.trim());
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
    else if (memberInDb(m))
      conflict(
        `regionMemberships[${i}]`,
        'Deze partij neemt in deze database al deel aan deze regio.',
      );
    pairs.add(key);
  });
}

/** The document with theme references remapped and matched themes (and their history) left out. */
function remap(doc: ExchangeDocument, themeMap: Map<string, string>, ctx: ApiContext): Collections {
  const theme = (id: string | null) => (id ? (themeMap.get(id) ?? id) : null);
  const inDb = createIdLookup(ctx.repos.db);
  const known = new Set(ENTITY_COLLECTIONS.flatMap((c) => doc[c].map((r) => r.id)));
  const group = <T extends { id: string; deletedAt: string | null; trashGroup?: string | null }>(
    r: T,
  ): T => {
    // A group whose first item is in neither place cannot be restored as a group: make it its own.
    const g = r.trashGroup;
    const exists =
      g && (known.has(g) || ENTITY_COLLECTIONS.some((c) => inDb(COLLECTION_ENTITY[c], g)));
    return { ...r, trashGroup: r.deletedAt ? (exists ? g : r.id) : null };
  };
  return {
    themes: doc.themes.filter((t) => !themeMap.has(t.id)).map(group),
    regions: doc.regions.map(group),
    parties: doc.parties.map(group),
    regionMemberships: doc.regionMemberships.map(group),
    contacts: doc.contacts.map(group),
    roleAssignments: doc.roleAssignments.map((r) => group({ ...r, themeId: theme(r.themeId) })),
    agreements: doc.agreements.map((a) =>
      group({
        ...a,
        // The file is not trusted: its rich text is made safe as the editor's would be.
        descriptionHtml: sanitizeRichText(a.descriptionHtml),
        themeIds: a.themeIds.map((t) => theme(t)!),
      }),
    ),
    agreementStatusChanges: doc.agreementStatusChanges,
    progressUpdates: doc.progressUpdates.map(group),
    agreementReviews: doc.agreementReviews,
    auditLog: doc.auditLog
      .filter((e) => !(e.entity === 'theme' && themeMap.has(e.entityId)))
      .map((e) => {
        if (e.entity !== 'roleAssignment' || !e.changes.themeId) return e;
        const { from, to } = e.changes.themeId;
        const changes = {
          ...e.changes,
          themeId: {
            from: typeof from === 'string' ? theme(from) : from,
            to: typeof to === 'string' ? theme(to) : to,
          },
        };
        return { ...e, changes };
      }),
  };
}

function fail(code: 'invalid_input' | 'conflict', issues: FieldIssue[]): never {
  const first = issues[0]!;
  const where = first.path ? `${first.path}: ` : '';
  const more =
    issues.length > 1
      ? ` En nog ${countNl(issues.length - 1, 'ander probleem', 'andere problemen')}.`
      : '';
  const end = /[.!?]$/.test(first.message) ? '' : '.';
  throw new DomainError(
    code,
    `Het bestand is niet ingelezen; er is niets veranderd. ${where}${first.message}${end}${more}`,
    issues,
  );
}

/** Validates and inserts an exchange document, all or nothing (the dispatcher's transaction). */
export function importDocument(
  ctx: ApiContext,
  input: unknown,
): { counts: Record<string, number> } {
  const parsed = exchangeDocument.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: formatPath(i.path),
      message: i.message,
    }));
    fail('invalid_input', issues);
  }
  const doc = parsed.data;
  const { issues, themeMap, conflictsOnly } = checkDocument(ctx, doc);
  if (issues.length > 0) fail(conflictsOnly ? 'conflict' : 'invalid_input', issues);

  const counts: Record<string, number> = insertCollections(
    ctx.repos.db,
    remap(doc, themeMap, ctx),
    richTextToPlain,
  );
  counts.themesMatched = themeMap.size;

  const current = ctx.repos.settings.get('currentRegionId');
  const currentLive = current ? ctx.repos.regions.find(current) : null;
  if (!currentLive || currentLive.deletedAt) {
    const first = doc.regions.find((r) => !r.deletedAt);
    if (first) ctx.repos.settings.set('currentRegionId', first.id);
  }
  return { counts };
}
