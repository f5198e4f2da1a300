import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { fieldLabelLower } from '../shared/fieldLabels';
import { AGREEMENT_TEXT_FIELDS } from '../shared/schemas/agreement';
import { agendaItemText, meetingText } from '../shared/schemas/meeting';
import { derivedColumns } from './agreementRow';
import { meetingSearchText } from './meetingRow';
import { likeAny, mapStrings, type PersonMatcher } from './personMatch';
import { prepareRows } from './preparedSql';
import { agendaItem, agreement as agreementTable, conversation, meeting } from './schema';
import { conversationSearchText } from './conversationRow';
import type { Db } from './sqlite';

/**
 * Free text that may name a person: every place the user writes in. Before a person is purged
 * the app lists each mention here and the user chooses per mention: keep it, or replace the name
 * and address by "[verwijderd]" (docs/avg-export.md). Fields that hold a person (actors,
 * reviewers, guests) are not here: those are always erased (db/personScrub.ts).
 */
interface FreeTextPlace {
  /** What the user sees: "notulen", "besluit". */
  kind: string;
  table: string;
  /** The column the user wrote; `plain` is its plain-text twin derived from the HTML. */
  column: string;
  plain?: string;
  /** SQL for where it is (alias t for the table), joined through `join`. */
  place: string;
  join?: string;
  /** The table has trash groups: rows that go with the purge itself are not listed. */
  trashed?: boolean;
  /** JSON whose strings are the text (a vastgestelde version's snapshot). */
  json?: (value: unknown) => string[];
  /** A revision counter the autosave checks: raised, so an editor still open cannot write back. */
  revision?: string;
  /** Derived columns to write again after the text changed. */
  rederive?: (db: Db, id: string) => void;
  /** The row's key when the table has no `id` (the enquête: its verslag's id). */
  idColumn?: string;
}

const MEETING_PLACE = `m.title || ' (' || m.date || ')'`;
const ITEM_PLACE = `m.title || ' (' || m.date || '), ' || i.title`;
const ITEM_JOIN =
  'JOIN agenda_item i ON i.id = t.agenda_item_id JOIN meeting m ON m.id = i.meeting_id';
const AGREEMENT_JOIN = 'JOIN agreement a ON a.id = t.agreement_id';
const CONVERSATION_PLACE = `'gespreksverslag ' || t.title || ' (' || t.date || ')'`;

function rederiveConversation(db: Db, id: string) {
  const orm = drizzle(db);
  const row = orm.select().from(conversation).where(eq(conversation.id, id)).get()!;
  orm
    .update(conversation)
    .set({ searchText: conversationSearchText(row.title, row.reportText) })
    .where(eq(conversation.id, id))
    .run();
}

const conversationPlace = (
  kind: string,
  column: string,
  plain?: string,
  revision?: string,
): FreeTextPlace => ({
  kind,
  table: 'conversation',
  column,
  plain,
  revision,
  place: CONVERSATION_PLACE,
  trashed: true,
  rederive: rederiveConversation,
});

/** The free text of a vastgelegd verslag: its title, text, names, enquête and actions. */
export function conversationSnapshotTexts(value: unknown): string[] {
  const v = value as {
    title?: unknown;
    reportHtml?: unknown;
    participants?: unknown[];
    actions?: { text?: unknown; ownerName?: unknown }[];
    survey?: { explanation?: unknown; positiveOther?: unknown; negativeOther?: unknown } | null;
  } | null;
  if (!v) return [];
  return [
    v.title,
    v.reportHtml,
    ...(v.participants ?? []),
    ...(v.actions ?? []).flatMap((a) => [a.text, a.ownerName]),
    v.survey?.explanation,
    v.survey?.positiveOther,
    v.survey?.negativeOther,
  ].filter((s): s is string => typeof s === 'string');
}

function rederiveAgreement(db: Db, id: string) {
  const orm = drizzle(db);
  const row = orm.select().from(agreementTable).where(eq(agreementTable.id, id)).get()!;
  orm.update(agreementTable).set(derivedColumns(row)).where(eq(agreementTable.id, id)).run();
}

function rederiveMeeting(db: Db, id: string) {
  const orm = drizzle(db);
  const row = orm.select().from(meeting).where(eq(meeting.id, id)).get()!;
  orm
    .update(meeting)
    .set({ searchText: meetingSearchText(row) })
    .where(eq(meeting.id, id))
    .run();
}

/** The free text of a vastgestelde version: titles, minutes, decisions and actions. */
export function snapshotTexts(value: unknown): string[] {
  const agenda = (value as { agenda?: unknown[] } | null)?.agenda;
  if (!Array.isArray(agenda)) return [];
  return agenda.flatMap((raw) => {
    const item = raw as {
      title?: unknown;
      minutesHtml?: unknown;
      decisions?: unknown[];
      actions?: { text?: unknown }[];
    };
    return [
      item.title,
      item.minutesHtml,
      ...(item.decisions ?? []),
      ...(item.actions ?? []).map((a) => a.text),
    ].filter((s): s is string => typeof s === 'string');
  });
}

const agreementPlace = (kind: string, column: string, plain?: string): FreeTextPlace => ({
  kind,
  table: 'agreement',
  column,
  plain,
  place: 't.title',
  trashed: true,
  rederive: rederiveAgreement,
});
const meetingPlace = (kind: string, column: string): FreeTextPlace => ({
  kind,
  table: 'meeting',
  column,
  place: `t.title || ' (' || t.date || ')'`,
  trashed: true,
  rederive: rederiveMeeting,
});

export const FREE_TEXT: readonly FreeTextPlace[] = [
  ...[
    ['notulen', 'minutes_html', 'minutes_text'],
    ['agendapunt', 'title', undefined],
    ...agendaItemText.keys.map((k) => [
      `agendapunt (${fieldLabelLower(k)})`,
      agendaItem[k].name,
      undefined,
    ]),
  ].map(([kind, column, plain]) => ({
    kind: kind!,
    table: 'agenda_item',
    column: column!,
    plain,
    place: `m.title || ' (' || m.date || '), ' || t.title`,
    join: 'JOIN meeting m ON m.id = t.meeting_id',
    trashed: true,
    revision: plain ? 'minutes_revision' : undefined,
  })),
  {
    kind: 'besluit',
    table: 'decision',
    column: 'text',
    place: ITEM_PLACE,
    join: ITEM_JOIN,
    trashed: true,
  },
  {
    kind: 'actiepunt',
    table: 'action_item',
    column: 'text',
    // Of an agenda item or of a gespreksverslag.
    place: `coalesce(${ITEM_PLACE}, ${CONVERSATION_PLACE.replaceAll('t.', 'c.')})`,
    join: `LEFT ${ITEM_JOIN.replace(' JOIN meeting', ' LEFT JOIN meeting')}
      LEFT JOIN conversation c ON c.id = t.conversation_id`,
    trashed: true,
  },
  conversationPlace('gespreksverslag', 'report_html', 'report_text', 'report_revision'),
  conversationPlace('gespreksverslag (titel)', 'title'),
  ...[
    ['enquête (toelichting)', 'explanation'],
    ['enquête (andere positieve factor)', 'positive_other'],
    ['enquête (andere negatieve factor)', 'negative_other'],
  ].map(([kind, column]) => ({
    kind: kind!,
    table: 'conversation_survey',
    column: column!,
    idColumn: 'conversation_id',
    place: CONVERSATION_PLACE.replaceAll('t.', 'c.'),
    join: 'JOIN conversation c ON c.id = t.conversation_id',
  })),
  ...[
    ['vastgelegd gespreksverslag', 'snapshot'],
    ['vastgelegd gespreksverslag (reden van correctie)', 'correction_reason'],
  ].map(([kind, column]) => ({
    kind: kind!,
    table: 'conversation_version',
    column: column!,
    place: `'versie ' || t.version || ' van ' || ${CONVERSATION_PLACE.replaceAll('t.', 'c.')}`,
    join: 'JOIN conversation c ON c.id = t.conversation_id',
    json: column === 'snapshot' ? conversationSnapshotTexts : undefined,
  })),
  meetingPlace('overleg (titel)', 'title'),
  ...meetingText.keys.map((k) => meetingPlace(`overleg (${fieldLabelLower(k)})`, meeting[k].name)),
  meetingPlace('overleg (vastgesteld in)', 'approved_in'),
  agreementPlace('afspraak (titel)', 'title'),
  agreementPlace('afspraak (beschrijving)', 'description_html', 'description_text'),
  agreementPlace('afspraak (bestuurlijke dekking)', 'dekking_by'),
  ...AGREEMENT_TEXT_FIELDS.map((k) => agreementPlace('afspraak', agreementTable[k].name)),
  {
    kind: 'voortgangsbericht',
    table: 'progress_update',
    column: 'text',
    place: `a.title || ' (' || t.on_date || ')'`,
    join: AGREEMENT_JOIN,
    trashed: true,
  },
  ...['note', 'reason'].map((column) => ({
    kind: 'statuswijziging',
    table: 'agreement_status_change',
    column,
    place: `a.title || ' (' || t.on_date || ')'`,
    join: AGREEMENT_JOIN,
  })),
  {
    kind: 'beoordeling',
    table: 'agreement_review',
    column: 'remark',
    place: `a.title || ' (' || t.on_date || ')'`,
    join: AGREEMENT_JOIN,
  },
  ...[
    ['vastgestelde notulen', 'snapshot'],
    ['vastgestelde notulen (vastgesteld in)', 'approved_in'],
    ['vastgestelde notulen (reden van correctie)', 'correction_reason'],
  ].map(([kind, column]) => ({
    kind: kind!,
    table: 'minutes_version',
    column: column!,
    place: `'versie ' || t.version || ' van ' || ${MEETING_PLACE}`,
    join: 'JOIN meeting m ON m.id = t.meeting_id',
    json: column === 'snapshot' ? snapshotTexts : undefined,
  })),
  { kind: 'persoon (notities)', table: 'contact', column: 'notes', place: 't.name', trashed: true },
  {
    kind: 'persoon (functie)',
    table: 'contact',
    column: 'function',
    place: 't.name',
    trashed: true,
  },
  { kind: 'partij (notities)', table: 'party', column: 'notes', place: 't.name', trashed: true },
  {
    kind: 'regio (omschrijving)',
    table: 'region',
    column: 'description',
    place: 't.name',
    trashed: true,
  },
  {
    kind: 'rol (mandaat)',
    table: 'role_assignment',
    column: 'mandate',
    place: `c.name || ' in ' || r.name`,
    join: 'JOIN contact c ON c.id = t.contact_id JOIN region r ON r.id = t.region_id',
    trashed: true,
  },
];

/** One mention of a person in free text; `key` names it in the purge's choices. */
export interface Mention {
  key: string;
  kind: string;
  place: string;
  excerpt: string;
}

const keyOf = (p: FreeTextPlace, id: string) => `${p.table}.${p.column}:${id}`;

/** The rows of one place that name the persons (outside trash group `root`, when given). */
function rowsOf(db: Db, p: FreeTextPlace, m: PersonMatcher, root: string | null) {
  const like = likeAny(`t.${p.column}`, m);
  const likePlain = p.plain ? likeAny(`t.${p.plain}`, m) : null;
  const outside = p.trashed && root ? 'AND (t.trash_group IS NULL OR t.trash_group <> @root)' : '';
  const rows = prepareRows<{ id: string; text: string; plain: string; place: string }>(
    db,
    `SELECT t.${p.idColumn ?? 'id'} AS id, t.${p.column} AS text, ${p.plain ? `t.${p.plain}` : `t.${p.column}`} AS plain,
            ${p.place} AS place
       FROM ${p.table} t ${p.join ?? ''}
      WHERE (${like.where}${likePlain ? ` OR ${likePlain.where}` : ''}) ${outside}
      ORDER BY place, t.${p.idColumn ?? 'id'}`,
    { id: 'text', text: 'text', plain: 'text', place: 'text' },
  ).all({ ...like.params, ...(root ? { root } : {}) });
  return rows.flatMap((r) => {
    const texts = p.json ? p.json(JSON.parse(r.text) as unknown) : [r.plain, r.text];
    const hit = texts.find((t) => m.test(t));
    return hit === undefined ? [] : [{ ...r, hit }];
  });
}

/** Every mention of the persons in free text, in a stable order. */
export function findMentions(db: Db, m: PersonMatcher, root: string | null = null): Mention[] {
  return FREE_TEXT.flatMap((p) =>
    rowsOf(db, p, m, root).map((r) => ({
      key: keyOf(p, r.id),
      kind: p.kind,
      place: r.place,
      excerpt: m.excerpt(p.json ? r.hit : r.plain || r.hit),
    })),
  );
}

/**
 * Replaces the persons' names and addresses by "[verwijderd]" in the chosen mentions (keys from
 * findMentions), and writes the derived columns again. HTML keeps its markup: only text matches.
 */
export function replaceMentions(db: Db, m: PersonMatcher, keys: ReadonlySet<string>, root: string) {
  for (const p of FREE_TEXT) {
    for (const r of rowsOf(db, p, m, root)) {
      if (!keys.has(keyOf(p, r.id))) continue;
      const next = p.json
        ? JSON.stringify(mapStrings(JSON.parse(r.text), (s) => m.replace(s)))
        : m.replace(r.text);
      const plainSet =
        (p.plain ? `, ${p.plain} = @plain` : '') +
        (p.revision ? `, ${p.revision} = ${p.revision} + 1` : '');
      const where = `${p.idColumn ?? 'id'} = @id`;
      db.prepare(`UPDATE ${p.table} SET ${p.column} = @next${plainSet} WHERE ${where}`).run({
        next,
        id: r.id,
        ...(p.plain ? { plain: m.replace(r.plain) } : {}),
      });
      p.rederive?.(db, r.id);
    }
  }
}
