/**
 * The kinds of record the dossier stores, one entry each (docs/architecture.md §7, "A new kind of
 * record"). From this list follow: the exchange collections and their order in the document
 * (shared/exchange/schema.ts checks its shape against it), the empty document
 * (shared/exchange/empty.ts), the import order (db/exchange.ts), the Dutch nouns of counts
 * (the import summary, the CLI), the entities with an audit history and a Prullenbak
 * (`ENTITIES` in shared/domain.ts), the id kinds (db/idKinds.ts), which kinds are never merged
 * with stored records on import (electron/api/importCheck.ts) and which fields the AVG erasure
 * clears because they name who did something (db/personScrub.ts).
 *
 * zod-free and import-free: shared/domain.ts derives from it.
 */

interface KindEntry {
  /** Code name: the id kind (and, for an entity, the audit log's `entity`). */
  readonly kind: string;
  /** The exchange collection, or null when the records are nested in another kind's. */
  readonly collection: string | null;
  /** Its SQL table (db/ checks it against the table definitions). */
  readonly table: string;
  /** Dutch nouns, lower case, for counts: "1 regio", "12 partijen". */
  readonly one: string;
  readonly many: string;
  /**
   * An entity: it has an audit history and can go to the Prullenbak. `label` is its Dutch name
   * in the history and the Prullenbak; `neverMerged` names the records that an import never
   * merges with stored ones (the same id is always a conflict), in the conflict message.
   */
  readonly entity?: { readonly label: string; readonly neverMerged?: string };
  /** Its rows have no id of their own in the dossier's id space (the audit log). */
  readonly noOwnIds?: true;
  /** Inserted before all others on import (others refer to it regardless of document order). */
  readonly insertFirst?: true;
  /** AVG: the column naming who did something, cleared when that person is purged. */
  readonly actorColumn?: string;
  /** Absent in files from before the kind existed (the document's list defaults to []). */
  readonly optional?: true;
}

/** In document order; parents before children (except `insertFirst`). */
export const RECORD_KINDS = [
  {
    kind: 'region',
    collection: 'regions',
    table: 'region',
    one: 'regio',
    many: 'regio’s',
    entity: { label: 'Regio' },
  },
  {
    kind: 'party',
    collection: 'parties',
    table: 'party',
    one: 'partij',
    many: 'partijen',
    entity: { label: 'Partij' },
  },
  {
    kind: 'membership',
    collection: 'regionMemberships',
    table: 'region_membership',
    one: 'deelname',
    many: 'deelnames',
    entity: { label: 'Deelname' },
  },
  {
    kind: 'contact',
    collection: 'contacts',
    table: 'contact',
    one: 'persoon',
    many: 'personen',
    entity: { label: 'Persoon' },
  },
  {
    kind: 'roleAssignment',
    collection: 'roleAssignments',
    table: 'role_assignment',
    one: 'rol',
    many: 'rollen',
    entity: { label: 'Rol' },
  },
  {
    kind: 'theme',
    collection: 'themes',
    table: 'theme',
    one: 'thema',
    many: 'thema’s',
    entity: { label: 'Thema' },
    // Roles name a theme.
    insertFirst: true,
  },
  {
    kind: 'agreement',
    collection: 'agreements',
    table: 'agreement',
    one: 'afspraak',
    many: 'afspraken',
    entity: { label: 'Afspraak', neverMerged: 'afspraken' },
    optional: true,
  },
  {
    kind: 'agreementStatusChange',
    collection: 'agreementStatusChanges',
    table: 'agreement_status_change',
    one: 'statuswijziging',
    many: 'statuswijzigingen',
    actorColumn: 'actor',
    optional: true,
  },
  {
    kind: 'progressUpdate',
    collection: 'progressUpdates',
    table: 'progress_update',
    one: 'voortgangsbericht',
    many: 'voortgangsberichten',
    entity: { label: 'Voortgang', neverMerged: 'afspraken' },
    actorColumn: 'actor',
    optional: true,
  },
  {
    kind: 'agreementReview',
    collection: 'agreementReviews',
    table: 'agreement_review',
    one: 'beoordeling',
    many: 'beoordelingen',
    actorColumn: 'reviewer_name',
    optional: true,
  },
  // Agenda items link agreements: meetings come after them.
  {
    kind: 'meeting',
    collection: 'meetings',
    table: 'meeting',
    one: 'overleg',
    many: 'overleggen',
    entity: { label: 'Overleg', neverMerged: 'overleggen' },
    optional: true,
  },
  {
    kind: 'meetingAttendee',
    collection: null, // nested in its meeting
    table: 'meeting_attendee',
    one: 'genodigde',
    many: 'genodigden',
  },
  {
    kind: 'agendaItem',
    collection: 'agendaItems',
    table: 'agenda_item',
    one: 'agendapunt',
    many: 'agendapunten',
    entity: { label: 'Agendapunt', neverMerged: 'overleggen' },
    optional: true,
  },
  {
    kind: 'decision',
    collection: 'decisions',
    table: 'decision',
    one: 'besluit',
    many: 'besluiten',
    entity: { label: 'Besluit', neverMerged: 'overleggen' },
    optional: true,
  },
  // Gespreksverslagen (issue 22): after agreements (they link them), before the actiepunten
  // (an action's source is an agenda item or a verslag).
  {
    kind: 'conversation',
    collection: 'conversations',
    table: 'conversation',
    one: 'gespreksverslag',
    many: 'gespreksverslagen',
    entity: { label: 'Gespreksverslag', neverMerged: 'gespreksverslagen' },
    optional: true,
  },
  {
    kind: 'conversationParticipant',
    collection: null, // nested in its verslag
    table: 'conversation_participant',
    one: 'deelnemer',
    many: 'deelnemers',
  },
  {
    kind: 'conversationVersion',
    collection: 'conversationVersions',
    table: 'conversation_version',
    one: 'verslagversie',
    many: 'verslagversies',
    actorColumn: 'actor',
    optional: true,
  },
  {
    kind: 'actionItem',
    collection: 'actionItems',
    table: 'action_item',
    one: 'actiepunt',
    many: 'actiepunten',
    entity: { label: 'Actiepunt', neverMerged: 'overleggen' },
    optional: true,
  },
  {
    kind: 'minutesVersion',
    collection: 'minutesVersions',
    table: 'minutes_version',
    one: 'notulenversie',
    many: 'notulenversies',
    actorColumn: 'actor',
    optional: true,
  },
  // Beoordelingspakketten (issue 23): after the agreements and the reviews they name.
  {
    kind: 'reviewPackage',
    collection: 'reviewPackages',
    table: 'review_package',
    one: 'beoordelingspakket',
    many: 'beoordelingspakketten',
    actorColumn: 'actor',
    optional: true,
  },
  {
    kind: 'reviewResponse',
    collection: 'reviewResponses',
    table: 'review_response',
    one: 'reactie op een pakket',
    many: 'reacties op een pakket',
    actorColumn: 'actor',
    optional: true,
  },
  {
    kind: 'auditEntry',
    collection: 'auditLog',
    table: 'audit_log',
    one: 'geschiedenisregel',
    many: 'geschiedenisregels',
    noOwnIds: true,
    actorColumn: 'actor',
  },
] as const satisfies readonly KindEntry[];

type Kinds = (typeof RECORD_KINDS)[number];
export type RecordKind = Kinds;
/** The code names of the kinds with an audit history and a Prullenbak. */
export type EntityKind = Extract<Kinds, { entity: object }>['kind'];
/** The kinds with ids of their own (unique across all of them). */
export type IdKindName = Exclude<Kinds, { noOwnIds: true }>['kind'];
/** The exchange document's collections. */
export type ExchangeCollection = NonNullable<Kinds['collection']>;
/** The collections whose records are entities. */
export type EntityCollection = NonNullable<Extract<Kinds, { entity: object }>['collection']>;

const isEntityKind = (k: Kinds): k is Extract<Kinds, { entity: object }> => 'entity' in k;
const hasCollection = (k: Kinds): k is Extract<Kinds, { collection: string }> =>
  k.collection !== null;

/** A list that has at least one element, as zod's and Drizzle's enums want it. */
export function nonEmpty<T>(list: readonly T[]): readonly [T, ...T[]] {
  if (list.length === 0) throw new Error('Een lege lijst waar er een nodig is');
  return list as readonly [T, ...T[]];
}

/** Entities in list order. */
export const ENTITY_KINDS = RECORD_KINDS.filter(isEntityKind);
/** The exchange collections in document order. */
export const EXCHANGE_COLLECTIONS: readonly ExchangeCollection[] = RECORD_KINDS.filter(
  hasCollection,
).map((k) => k.collection);

/** The kind each collection holds. */
export const KIND_OF_COLLECTION = Object.fromEntries(
  RECORD_KINDS.filter(hasCollection).map((k) => [k.collection, k]),
) as { [C in ExchangeCollection]: Extract<Kinds, { collection: C }> };

/** The counted collections in Dutch ("1 regio", "12 partijen"), in document order. */
export function countedNouns(counts: Readonly<Record<string, number | undefined>>): string[] {
  return EXCHANGE_COLLECTIONS.filter((c) => counts[c] !== undefined).map((c) => {
    const n = counts[c]!;
    const { one, many } = KIND_OF_COLLECTION[c];
    return `${n} ${n === 1 ? one : many}`;
  });
}
