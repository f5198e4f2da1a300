import { checkInvariants } from '../../db/check';
import { agreementCreationChanges, atCreation, flatAgreement } from '../../db/creation';
import {
  COLLECTION_ENTITY,
  ENTITY_COLLECTIONS,
  recordCreationChanges,
  insertCollections,
  type Collections,
} from '../../db/exchange';
import { DomainError, formatPath, type FieldIssue } from '../../shared/api/result';
import { exchangeDocument, type ExchangeDocument } from '../../shared/exchange/schema';
import { EXCHANGE_COLLECTIONS } from '../../shared/recordKinds';
import { writer, type ApiContext } from './context';
import { checkDocument, findAlreadyPresent, matchThemes, recordKey } from './importCheck';
import { countNl } from './lookups';
import { richTextToPlain, sanitizeRichText } from '../text/richText';

/**
 * What gets inserted: records already present and themes matched by name (with their history)
 * left out, theme references remapped to the matched themes.
 */
const isEntityCollection = (c: string): c is keyof typeof COLLECTION_ENTITY =>
  Object.hasOwn(COLLECTION_ENTITY, c);

function remap(
  doc: ExchangeDocument,
  themeMap: Map<string, string>,
  present: Set<string>,
): Collections {
  const theme = (id: string | null) => (id ? (themeMap.get(id) ?? id) : null);
  const skip = (entity: Parameters<typeof recordKey>[0], id: string) =>
    present.has(recordKey(entity, id)) || (entity === 'theme' && themeMap.has(id));
  const keep = (collection: keyof typeof COLLECTION_ENTITY, list: { id: string }[]) =>
    list.filter((r) => !skip(COLLECTION_ENTITY[collection], r.id));
  // Every collection as it is, entities without those present or matched (shared/recordKinds.ts)…
  const kept = Object.fromEntries(
    EXCHANGE_COLLECTIONS.map((c) => [c, isEntityCollection(c) ? keep(c, doc[c]) : doc[c]]),
  ) as unknown as Collections;
  // …then what is remapped or made safe.
  return {
    ...kept,
    roleAssignments: kept.roleAssignments.map((r) => ({
      ...r,
      themeId: theme(r.themeId),
    })),
    agreements: kept.agreements.map((a) => ({
      ...a,
      // The file is not trusted: its rich text is made safe as the editor's would be.
      descriptionHtml: sanitizeRichText(a.descriptionHtml),
      themeIds: a.themeIds.map((t) => theme(t)!),
    })),
    // Minutes are rich text too: made safe here, and so in the vastgestelde versions.
    agendaItems: kept.agendaItems.map((i) => ({
      ...i,
      minutesHtml: sanitizeRichText(i.minutesHtml),
    })),
    // A verslag is rich text too, and so its vastgelegde versions.
    conversations: kept.conversations.map((c) => ({
      ...c,
      reportHtml: sanitizeRichText(c.reportHtml),
      themeIds: c.themeIds.map((t) => theme(t)!),
    })),
    conversationVersions: doc.conversationVersions.map((v) => ({
      ...v,
      snapshot: { ...v.snapshot, reportHtml: sanitizeRichText(v.snapshot.reportHtml) },
    })),
    // A package's snapshots are shown as sent: their description made safe as well.
    reviewPackages: doc.reviewPackages.map((p) => ({
      ...p,
      agreements: p.agreements.map((a) => ({
        ...a,
        snapshot: { ...a.snapshot, descriptionHtml: sanitizeRichText(a.snapshot.descriptionHtml) },
      })),
    })),
    minutesVersions: doc.minutesVersions.map((v) => ({
      ...v,
      snapshot: {
        ...v.snapshot,
        agenda: v.snapshot.agenda.map((i) => ({
          ...i,
          minutesHtml: sanitizeRichText(i.minutesHtml),
        })),
      },
    })),
    auditLog: doc.auditLog
      .filter((e) => !skip(e.entity, e.entityId))
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

/**
 * Every inserted record has a history: one 'create' entry for those the file gave none, the
 * same entry the repositories write (db/creation.ts). An agreement's sets are read back from
 * the database after inserting, as the repository does.
 */
function fillHistory(ctx: ApiContext, data: Collections) {
  const w = writer(ctx);
  const by = { actor: `${w.actor} (import)`, now: w.now };
  const known = new Set(data.auditLog.map((e) => recordKey(e.entity, e.entityId)));
  const links = ctx.repos.agreements.links;
  for (const collection of ENTITY_COLLECTIONS) {
    const entity = COLLECTION_ENTITY[collection];
    for (const record of data[collection]) {
      if (known.has(recordKey(entity, record.id))) continue;
      const changes =
        entity === 'agreement'
          ? agreementCreationChanges(
              atCreation(flatAgreement(record as Collections['agreements'][number])),
              {
                themes: links.themes(record.id).map((t) => t.name),
                parties: links.parties(record.id),
                financing: links.financing(record.id),
              },
            )
          : entity === 'conversation'
            ? ctx.repos.conversations.creationOf(ctx.repos.conversations.find(record.id)!)
            : recordCreationChanges(entity, record);
      ctx.repos.audit.record(entity, record.id, 'create', by, changes);
    }
  }
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
  fileName: string | null = null,
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
  const themeMap = matchThemes(ctx, doc);
  const present = findAlreadyPresent(ctx, doc, themeMap);
  const { issues, conflictsOnly } = checkDocument(ctx, doc, themeMap, present);
  if (issues.length > 0) fail(conflictsOnly ? 'conflict' : 'invalid_input', issues);

  // The app's invariants must hold afterwards as they did before (db/check.ts), or nothing.
  const before = new Set(checkInvariants(ctx.repos.db).map((p) => p.message));
  const data = remap(doc, themeMap, present);
  const counts: Record<string, number> = insertCollections(ctx.repos.db, data, richTextToPlain);
  fillHistory(ctx, data);
  counts.themesMatched = themeMap.size;
  counts.alreadyPresent = present.size;

  const current = ctx.repos.settings.get('currentRegionId');
  const currentLive = current ? ctx.repos.regions.find(current) : null;
  if (!currentLive || currentLive.deletedAt) {
    const first = doc.regions.find((r) => !r.deletedAt);
    if (first) ctx.repos.settings.set('currentRegionId', first.id);
  }

  const problems = checkInvariants(ctx.repos.db).filter((p) => !before.has(p.message));
  if (problems.length > 0) {
    fail(
      'invalid_input',
      problems.map((p) => ({ path: '', message: `Na het inlezen klopt dit niet: ${p.message}` })),
    );
  }
  // The import itself is one audited event: which file, what it brought, who read it in.
  ctx.repos.audit.recordImport(writer(ctx), fileName, counts);
  return { counts };
}
