import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ActionItem, Decision } from '../shared/schemas/meeting';
import type { Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { ownColumns, RECORD_COLUMNS } from './ownColumns';
import { param, params } from './placeholders';
import { prepareSelect } from './preparedSql';
import { actionItem, agendaItem, contact, decision, meeting } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export type DecisionRow = typeof decision.$inferSelect;
export type ActionItemRow = typeof actionItem.$inferSelect;

/** Not the record's own fields: identity, bookkeeping, the agenda item, the place in its list. */
const NOT_OWN = [...RECORD_COLUMNS, 'agendaItemId', 'position'] as const;
/** An actiepunt's own fields, from the table definition (a column added there is written and audited). */
const ACTION_OWN = ownColumns(actionItem, [...NOT_OWN, 'conversationId']);

/** The audited fields of a besluit and of an actiepunt (db/audited.ts): own fields, then the place. */
export const DECISION_FIELDS = [...ownColumns(decision, NOT_OWN), 'position'] as const;
export const ACTION_ITEM_FIELDS = [...ACTION_OWN, 'position'] as const;

type ActionValues = Pick<ActionItemRow, (typeof ACTION_OWN)[number]>;

const ACTION_SELECT = {
  id: actionItem.id,
  agendaItemId: actionItem.agendaItemId,
  conversationId: actionItem.conversationId,
  text: actionItem.text,
  ownerId: actionItem.ownerId,
  ownerName: contact.name,
  dueDate: actionItem.dueDate,
  status: actionItem.status,
  doneOn: actionItem.doneOn,
};
const OWNER = sql`LEFT JOIN ${contact} ON ${contact.id} = ${actionItem.ownerId}`;

/** Besluiten and actiepunten of agenda items, and the open actions a next meeting follows up. */
export function createDecisionRepository(db: Db) {
  const orm = drizzle(db);
  const getDecision = prepareRowById(orm, decision);
  const getAction = prepareRowById(orm, actionItem);
  const decisionsOf = prepareSelect(
    db,
    { id: decision.id, agendaItemId: decision.agendaItemId, text: decision.text },
    sql`FROM ${decision} JOIN ${agendaItem} ON ${agendaItem.id} = ${decision.agendaItemId}
      WHERE ${agendaItem.meetingId} = ${param('meetingId')} AND ${decision.deletedAt} IS NULL
      ORDER BY ${decision.position}`,
  );
  const actionsOf = prepareSelect(
    db,
    ACTION_SELECT,
    // The meeting's items first (CROSS JOIN): else SQLite scans every action of the file.
    sql`FROM ${agendaItem} CROSS JOIN ${actionItem} ON ${actionItem.agendaItemId} = ${agendaItem.id}
      ${OWNER}
      WHERE ${agendaItem.meetingId} = ${param('meetingId')} AND ${actionItem.deletedAt} IS NULL
      ORDER BY ${actionItem.position}`,
  );
  /** Open actions of the region's earlier meetings (live items and meetings only). */
  const openBefore = prepareSelect(
    db,
    {
      ...ACTION_SELECT,
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingDate: meeting.date,
    },
    // The region's meetings first (CROSS JOIN fixes the order): else SQLite, without
    // statistics, reads every open action of the file through action_item_open.
    sql`FROM ${meeting} CROSS JOIN ${agendaItem} ON ${agendaItem.meetingId} = ${meeting.id}
      CROSS JOIN ${actionItem} ON ${actionItem.agendaItemId} = ${agendaItem.id}
      ${OWNER}
      WHERE ${meeting.regionId} = ${param('regionId')} AND ${meeting.date} < ${param('date')}
        AND ${meeting.deletedAt} IS NULL AND ${agendaItem.deletedAt} IS NULL
        AND ${actionItem.deletedAt} IS NULL AND ${actionItem.status} = 'open'
      ORDER BY ${actionItem.dueDate} IS NULL, ${actionItem.dueDate}, ${meeting.date}`,
  );
  const nextDecision = prepareSelect(
    db,
    { n: sql<number>`coalesce(max(${decision.position}) + 1, 0)` },
    sql`FROM ${decision} WHERE ${decision.agendaItemId} = ${param('agendaItemId')}`,
  );
  const nextAction = prepareSelect(
    db,
    { n: sql<number>`coalesce(max(${actionItem.position}) + 1, 0)` },
    sql`FROM ${actionItem} WHERE ${actionItem.agendaItemId} = ${param('agendaItemId')}`,
  );
  const nextConversationAction = prepareSelect(
    db,
    { n: sql<number>`coalesce(max(${actionItem.position}) + 1, 0)` },
    sql`FROM ${actionItem} WHERE ${actionItem.conversationId} = ${param('conversationId')}`,
  );
  const actionsOfConversation = prepareSelect(
    db,
    ACTION_SELECT,
    sql`FROM ${actionItem} ${OWNER}
      WHERE ${actionItem.conversationId} = ${param('conversationId')}
        AND ${actionItem.deletedAt} IS NULL
      ORDER BY ${actionItem.position}`,
  );
  const insertDecision = orm
    .insert(decision)
    .values({
      ...params(decision, 'id', 'agendaItemId', 'position', 'text'),
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const updateDecision = orm
    .update(decision)
    .set({ text: param('text'), updatedAt: param('now') })
    .where(whereId(decision))
    .prepare();
  const insertAction = orm
    .insert(actionItem)
    .values({
      ...params(
        actionItem,
        'id',
        'agendaItemId',
        'conversationId',
        'position',
        'text',
        'ownerId',
        'dueDate',
      ),
      status: 'open',
      doneOn: null,
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const updateAction = orm
    .update(actionItem)
    .set({
      ...params(actionItem, ...ACTION_OWN),
      updatedAt: param('now'),
    })
    .where(whereId(actionItem))
    .prepare();

  const findDecision = (id: string) => getDecision.get({ id }) ?? null;
  const findAction = (id: string) => getAction.get({ id }) ?? null;
  const decisionWrites = createAuditedWrites(db, 'decision', findDecision, DECISION_FIELDS);
  const actionWrites = createAuditedWrites(db, 'actionItem', findAction, ACTION_ITEM_FIELDS);

  return {
    findDecision,
    findAction,
    /** Per agenda item of the meeting: its decisions and its actions, in order. */
    ofMeeting(meetingId: string) {
      const decisions = new Map<string, Omit<Decision, 'agreements'>[]>();
      for (const d of decisionsOf.all({ meetingId })) {
        decisions.set(d.agendaItemId, [...(decisions.get(d.agendaItemId) ?? []), d]);
      }
      const actions = new Map<string, ActionItem[]>();
      for (const a of actionsOf.all({ meetingId })) {
        const itemId = a.agendaItemId!;
        actions.set(itemId, [...(actions.get(itemId) ?? []), a]);
      }
      return { decisions, actions };
    },
    openBefore: (regionId: string, date: string) => openBefore.all({ regionId, date }),
    addDecision: inTransaction(db, (agendaItemId: string, text: string, w: Writer) => {
      const id = randomUUID();
      const position = nextDecision.get({ agendaItemId })?.n ?? 0;
      return decisionWrites.create(id, w, () =>
        insertDecision.run({ id, agendaItemId, position, text, now: w.now }),
      );
    }),
    updateDecision: inTransaction(db, (before: DecisionRow, text: string, w: Writer) =>
      decisionWrites.update(before, { text }, w, () =>
        updateDecision.run({ id: before.id, text, now: w.now }),
      ),
    ),
    /** The actiepunten of a gespreksverslag, in order. */
    ofConversation: (conversationId: string): ActionItem[] =>
      actionsOfConversation.all({ conversationId }),
    /** An actiepunt of an agenda item or of a gespreksverslag (its source). */
    addAction: inTransaction(
      db,
      (
        source: { agendaItemId: string } | { conversationId: string },
        v: { text: string; ownerId: string | null; dueDate: string | null },
        w: Writer,
      ) => {
        const id = randomUUID();
        const agendaItemId = 'agendaItemId' in source ? source.agendaItemId : null;
        const conversationId = 'conversationId' in source ? source.conversationId : null;
        const position =
          (agendaItemId !== null
            ? nextAction.get({ agendaItemId })
            : nextConversationAction.get({ conversationId })
          )?.n ?? 0;
        return actionWrites.create(id, w, () =>
          insertAction.run({ id, agendaItemId, conversationId, position, ...v, now: w.now }),
        );
      },
    ),
    updateAction: inTransaction(db, (before: ActionItemRow, next: ActionValues, w: Writer) =>
      actionWrites.update(before, next, w, () =>
        updateAction.run({ id: before.id, ...next, now: w.now }),
      ),
    ),
  };
}
export type DecisionRepository = ReturnType<typeof createDecisionRepository>;
