import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AgendaItem as FullItem } from '../shared/schemas/meeting';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { ownColumns, pick, RECORD_COLUMNS } from './ownColumns';
import { param, params } from './placeholders';
import { prepareRun, prepareSelect } from './preparedSql';
import { agendaItem, agendaItemAgreement, agreement, meeting } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type AgendaItemRow = typeof agendaItem.$inferSelect;
/** An agenda item without its decisions and actions (db/decisions.ts reads those). */
export type AgendaItem = Omit<FullItem, 'decisions' | 'actions'>;

/**
 * The fields the agenda item form edits, from the table definition (a column added there is
 * written and audited). The minutes are not among them: they are saved every second while the
 * minute-taker types, and their history is the vastgestelde versions (minutes_version), not one
 * audit entry per autosave.
 */
const ITEM_FIELDS = ownColumns(agendaItem, [
  ...RECORD_COLUMNS,
  'meetingId',
  'position',
  'minutesHtml',
  'minutesText',
  'minutesRevision',
]);
/** The audited fields: the form's, and the item's place on the agenda. */
export const AGENDA_ITEM_FIELDS = [...ITEM_FIELDS, 'position'] as const;

type ItemValues = Pick<AgendaItemRow, (typeof ITEM_FIELDS)[number]>;

/** The agenda of a meeting: ordered items with their linked agreements and minutes. */
export function createAgendaRepository(db: Db) {
  const orm = drizzle(db);
  const get = prepareRowById(orm, agendaItem);
  const ofMeeting = orm
    .select()
    .from(agendaItem)
    .where(and(eq(agendaItem.meetingId, param('meetingId')), isNull(agendaItem.deletedAt)))
    .orderBy(agendaItem.position)
    .prepare();
  const linked = prepareSelect(
    db,
    { itemId: agendaItemAgreement.agendaItemId, id: agreement.id, title: agreement.title },
    sql`FROM ${agendaItemAgreement}
      JOIN ${agreement} ON ${agreement.id} = ${agendaItemAgreement.agreementId}
      JOIN ${agendaItem} ON ${agendaItem.id} = ${agendaItemAgreement.agendaItemId}
      WHERE ${agendaItem.meetingId} = ${param('meetingId')} AND ${agreement.deletedAt} IS NULL
      ORDER BY ${agreement.sortKey}`,
  );
  const insert = orm
    .insert(agendaItem)
    .values({
      ...params(agendaItem, 'id', 'meetingId', 'position', ...ITEM_FIELDS),
      minutesHtml: '',
      minutesText: '',
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(agendaItem)
    .set({ ...params(agendaItem, ...ITEM_FIELDS), updatedAt: param('now') })
    .where(whereId(agendaItem))
    .prepare();
  const setPosition = orm
    .update(agendaItem)
    .set({ position: sql`${param('position')}` })
    .where(whereId(agendaItem))
    .prepare();
  const saveMinutes = orm
    .update(agendaItem)
    .set({
      ...params(agendaItem, 'minutesHtml', 'minutesText'),
      minutesRevision: sql`${agendaItem.minutesRevision} + 1`,
      updatedAt: param('now'),
    })
    .where(whereId(agendaItem))
    .prepare();
  const touchMeeting = orm
    .update(meeting)
    .set({ updatedAt: param('now') })
    .where(whereId(meeting))
    .prepare();
  const clearLinks = prepareRun(
    db,
    sql`DELETE FROM ${agendaItemAgreement} WHERE ${agendaItemAgreement.agendaItemId} = ${param('id')}`,
  );
  const addLink = prepareRun(
    db,
    sql`INSERT INTO ${agendaItemAgreement} (${sql.identifier(agendaItemAgreement.agendaItemId.name)},
      ${sql.identifier(agendaItemAgreement.agreementId.name)}) VALUES (${param('id')}, ${param('agreementId')})`,
  );

  const toItem = (
    { minutesText: _text, trashGroup: _trash, ...r }: AgendaItemRow,
    agreements: AgendaItem['agreements'],
  ): AgendaItem => ({ ...r, agreements });
  const find = (id: string): AgendaItemRow | null => get.get({ id }) ?? null;
  const writes = createAuditedWrites(db, 'agendaItem', find, AGENDA_ITEM_FIELDS);
  const setLinks = (id: string, agreementIds: readonly string[]) => {
    clearLinks.run({ id });
    for (const agreementId of new Set(agreementIds)) addLink.run({ id, agreementId });
  };
  /** Numbers the meeting's items 0, 1, 2, … in the given order. */
  const renumber = (ids: readonly string[]) =>
    ids.forEach((id, position) => setPosition.run({ id, position }));

  return {
    find,
    /** The meeting's agenda in order, each item with its linked agreements. */
    list(meetingId: string): AgendaItem[] {
      const links = new Map<string, AgendaItem['agreements']>();
      for (const l of linked.all({ meetingId })) {
        const list = links.get(l.itemId) ?? [];
        list.push({ id: l.id, title: l.title });
        links.set(l.itemId, list);
      }
      return ofMeeting.all({ meetingId }).map((r) => toItem(r, links.get(r.id) ?? []));
    },
    add: inTransaction(
      db,
      (
        meetingId: string,
        values: ItemValues & { agreementIds: readonly string[] },
        position: number | undefined,
        w: Writer,
      ): AgendaItemRow => {
        const ids = ofMeeting.all({ meetingId }).map((r) => r.id);
        const at = Math.min(position ?? ids.length, ids.length);
        const id = randomUUID();
        const created = writes.create(id, w, () =>
          insert.run({ id, meetingId, position: at, ...bound(values), now: w.now }),
        );
        setLinks(id, values.agreementIds);
        ids.splice(at, 0, id);
        renumber(ids);
        touchMeeting.run({ id: meetingId, now: w.now });
        return created;
      },
    ),
    update: inTransaction(
      db,
      (
        before: AgendaItemRow,
        values: ItemValues & { agreementIds: readonly string[] },
        w: Writer,
      ): AgendaItemRow => {
        setLinks(before.id, values.agreementIds);
        touchMeeting.run({ id: before.meetingId, now: w.now });
        return writes.update(before, pick(values, ITEM_FIELDS), w, () =>
          update.run({ id: before.id, ...bound(values), now: w.now }),
        );
      },
    ),
    /** Moves an item to `position` (0 = first); the others close up around it. */
    move: inTransaction(db, (item: AgendaItemRow, position: number, w: Writer): void => {
      const ids = ofMeeting.all({ meetingId: item.meetingId }).map((r) => r.id);
      const from = ids.indexOf(item.id);
      const to = Math.min(position, ids.length - 1);
      if (from === to) return;
      ids.splice(from, 1);
      ids.splice(to, 0, item.id);
      renumber(ids);
      touchMeeting.run({ id: item.meetingId, now: w.now });
      writes.update(item, { position: to }, w, () => undefined);
    }),
    /**
     * One autosave: the minutes of one item (already sanitised) and their plain text. Returns
     * the minutes' revision after the save (unchanged when the text was the same).
     */
    saveMinutes: inTransaction(
      db,
      (item: AgendaItemRow, html: string, text: string, now: string): number => {
        if (item.minutesHtml === html) return item.minutesRevision;
        saveMinutes.run({ id: item.id, minutesHtml: html, minutesText: text, now });
        touchMeeting.run({ id: item.meetingId, now });
        return item.minutesRevision + 1;
      },
    ),
  };
}
export type AgendaRepository = ReturnType<typeof createAgendaRepository>;

/** As bound to the statements (placeholders take no booleans: db/placeholders.ts). */
const bound = (v: ItemValues) => ({
  ...pick(v, ITEM_FIELDS),
  confidential: Number(v.confidential),
});
