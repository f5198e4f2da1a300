import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ENTITIES, type Entity } from '../shared/domain';
import { createAuditLog, type Writer } from './audit';
import { inTransaction } from './audited';
import { createLabeler } from './labels';
import { findMentions, replaceMentions } from './personMentions';
import { personMatcher, type Person } from './personMatch';
import { scrubPerson } from './personScrub';
import { param } from './placeholders';
import { prepareRun, prepareSelect } from './preparedSql';
import {
  actionItem,
  agendaItem,
  agreement,
  decision,
  meeting,
  auditLog,
  contact,
  conversation,
  progressUpdate,
  regionMembership,
  roleAssignment,
} from './schema';
import type { Db } from './sqlite';
import { LINKS } from './trashLinks';
import { ENTITY_TABLES } from './entityKinds';

const ID = param('id');

/** A meeting's parts, children first: the decisions and actions of its items, then the items. */
function meetingParts(items: SQL): { entity: Entity; where: SQL }[] {
  const ofItems = sql`IN (SELECT ${agendaItem.id} FROM ${agendaItem} WHERE ${items}
    AND ${agendaItem.deletedAt} IS NULL)`;
  return [
    { entity: 'decision', where: sql`${decision.agendaItemId} ${ofItems}` },
    { entity: 'actionItem', where: sql`${actionItem.agendaItemId} ${ofItems}` },
    { entity: 'agendaItem', where: items },
  ];
}

/**
 * What goes to the Prullenbak together with an item, in this order (children first).
 * Items deleted together share a trash_group (the root's id) and come back together.
 */
const CASCADE: Partial<Record<Entity, { entity: Entity; where: SQL }[]>> = {
  region: [
    { entity: 'roleAssignment', where: sql`${roleAssignment.regionId} = ${ID}` },
    { entity: 'membership', where: sql`${regionMembership.regionId} = ${ID}` },
    {
      entity: 'progressUpdate',
      where: sql`${progressUpdate.agreementId} IN (SELECT ${agreement.id} FROM ${agreement}
        WHERE ${agreement.regionId} = ${ID} AND ${agreement.deletedAt} IS NULL)`,
    },
    { entity: 'agreement', where: sql`${agreement.regionId} = ${ID}` },
    ...meetingParts(sql`${agendaItem.meetingId} IN (SELECT ${meeting.id} FROM ${meeting}
      WHERE ${meeting.regionId} = ${ID} AND ${meeting.deletedAt} IS NULL)`),
    { entity: 'meeting', where: sql`${meeting.regionId} = ${ID}` },
    {
      entity: 'actionItem',
      where: sql`${actionItem.conversationId} IN (SELECT ${conversation.id} FROM ${conversation}
        WHERE ${conversation.regionId} = ${ID} AND ${conversation.deletedAt} IS NULL)`,
    },
    { entity: 'conversation', where: sql`${conversation.regionId} = ${ID}` },
  ],
  conversation: [{ entity: 'actionItem', where: sql`${actionItem.conversationId} = ${ID}` }],
  meeting: meetingParts(sql`${agendaItem.meetingId} = ${ID}`),
  agendaItem: [
    { entity: 'decision', where: sql`${decision.agendaItemId} = ${ID}` },
    { entity: 'actionItem', where: sql`${actionItem.agendaItemId} = ${ID}` },
  ],
  agreement: [{ entity: 'progressUpdate', where: sql`${progressUpdate.agreementId} = ${ID}` }],
  party: [
    {
      entity: 'roleAssignment',
      where: sql`${roleAssignment.partyId} = ${ID} OR ${roleAssignment.contactId} IN
        (SELECT ${contact.id} FROM ${contact}
         WHERE ${contact.partyId} = ${ID} AND ${contact.deletedAt} IS NULL)`,
    },
    { entity: 'membership', where: sql`${regionMembership.partyId} = ${ID}` },
    { entity: 'contact', where: sql`${contact.partyId} = ${ID}` },
  ],
  contact: [{ entity: 'roleAssignment', where: sql`${roleAssignment.contactId} = ${ID}` }],
};

/**
 * References between rows: entity → [column, parent entity]. A parent must be present when a row
 * comes back, and a row must be gone before its parent is purged (the foreign keys would cascade).
 */
const PARENTS: Partial<Record<Entity, [SQLiteColumn, Entity][]>> = {
  membership: [
    [regionMembership.regionId, 'region'],
    [regionMembership.partyId, 'party'],
  ],
  contact: [[contact.partyId, 'party']],
  roleAssignment: [
    [roleAssignment.regionId, 'region'],
    [roleAssignment.contactId, 'contact'],
    [roleAssignment.partyId, 'party'],
    [roleAssignment.themeId, 'theme'],
  ],
  agreement: [
    [agreement.regionId, 'region'],
    [agreement.ownerId, 'contact'],
  ],
  progressUpdate: [[progressUpdate.agreementId, 'agreement']],
  meeting: [
    [meeting.regionId, 'region'],
    [meeting.chairId, 'contact'],
    [meeting.minuteTakerId, 'contact'],
  ],
  agendaItem: [[agendaItem.meetingId, 'meeting']],
  decision: [[decision.agendaItemId, 'agendaItem']],
  conversation: [[conversation.regionId, 'region']],
  actionItem: [
    [actionItem.agendaItemId, 'agendaItem'],
    [actionItem.conversationId, 'conversation'],
    [actionItem.ownerId, 'contact'],
  ],
};

export type TrashCounts = Partial<Record<Entity, number>>;

/** What keeps a group from being purged: labels of other Prullenbak groups and of live items. */
export interface PurgeBlockers {
  trashed: string[];
  live: string[];
}

/** Rows of `child` outside the group that refer to rows of kind `parent`. */
interface Referring {
  parent: Entity;
  rows: {
    all(values: { ids: string; root: string }): {
      id: string;
      deletedAt: string | null;
      trashGroup: string | null;
    }[];
  };
}

/** Rows that are not in the group @root (parameters: @ids, a JSON array, and @root). */
const outsideGroup = (column: SQLiteColumn, trashGroup: SQLiteColumn) =>
  sql`${column} IN (SELECT value FROM json_each(${param('ids')}))
    AND (${trashGroup} IS NULL OR ${trashGroup} <> ${param('root')})`;

/** The statements of one entity's table, prepared once. */
function entityStatements(db: Db, entity: Entity) {
  const t = ENTITY_TABLES[entity];
  const parents = PARENTS[entity] ?? [];
  // The group's rows: the id, and the parent references by column name (text; checked on use).
  const groupFields: { id: typeof t.id } & Record<string, SQLiteColumn> = {
    ...Object.fromEntries(parents.map(([column]) => [column.name, column])),
    id: t.id,
  };
  return {
    cascade: (CASCADE[entity] ?? []).map(({ entity: child, where }) => {
      const c = ENTITY_TABLES[child];
      return {
        entity: child,
        ids: prepareSelect(
          db,
          { id: c.id },
          sql`FROM ${c} WHERE ${c.deletedAt} IS NULL AND (${where})`,
        ),
      };
    }),
    /**
     * The group's rows of this kind with their parent references (by column name). A row in a
     * group is always deleted (a restore clears both): saying so lets SQLite use the partial
     * trash index instead of reading the whole table, once per kind and per Prullenbak item.
     */
    group: prepareSelect(
      db,
      groupFields,
      sql`FROM ${t} WHERE ${t.deletedAt} IS NOT NULL AND ${t.trashGroup} = ${param('root')}`,
    ),
    roots: prepareSelect(
      db,
      // Not null: the condition says so.
      { id: t.id, deletedAt: sql<string>`${t.deletedAt}` },
      sql`FROM ${t} WHERE ${t.deletedAt} IS NOT NULL AND ${t.trashGroup} = ${t.id}`,
    ),
    trashGroupOf: prepareSelect(
      db,
      { trashGroup: t.trashGroup },
      sql`FROM ${t} WHERE ${t.id} = ${ID}`,
    ),
    deletedAtOf: prepareSelect(
      db,
      { deletedAt: t.deletedAt },
      sql`FROM ${t} WHERE ${t.id} = ${ID}`,
    ),
    /** Rows of this kind outside the group that refer to the given parents, per reference. */
    referring: parents.map(([column, parent]) => ({
      parent,
      rows: prepareSelect(
        db,
        { id: t.id, deletedAt: t.deletedAt, trashGroup: t.trashGroup },
        sql`FROM ${t} WHERE ${outsideGroup(column, t.trashGroup)}`,
      ),
    })),
    markDeleted: prepareRun(
      db,
      sql`UPDATE ${t} SET ${sql.identifier(t.deletedAt.name)} = ${param('now')},
        ${sql.identifier(t.trashGroup.name)} = ${param('root')} WHERE ${t.id} = ${ID}`,
    ),
    markRestored: prepareRun(
      db,
      sql`UPDATE ${t} SET ${sql.identifier(t.deletedAt.name)} = NULL,
        ${sql.identifier(t.trashGroup.name)} = NULL,
        ${sql.identifier(t.updatedAt.name)} = ${param('now')} WHERE ${t.id} = ${ID}`,
    ),
    remove: prepareRun(db, sql`DELETE FROM ${t} WHERE ${t.id} = ${ID}`),
    /** The history of rows of this kind that no longer exist. */
    removeHistory: prepareRun(
      db,
      sql`DELETE FROM ${auditLog} WHERE ${auditLog.entity} = ${param('entity')}
        AND ${auditLog.entityId} NOT IN (SELECT ${t.id} FROM ${t})`,
    ),
  };
}

export function createTrash(db: Db) {
  const audit = createAuditLog(db);
  const tables = Object.fromEntries(
    ENTITIES.map((entity) => [entity, entityStatements(db, entity)]),
  ) as Record<Entity, ReturnType<typeof entityStatements>>;
  const linked = LINKS.map((link) => ({
    entity: link.ownerEntity,
    refs: [
      {
        parent: link.parent,
        rows: prepareSelect(
          db,
          { id: link.owner.id, deletedAt: link.owner.deletedAt, trashGroup: link.owner.trashGroup },
          sql`FROM ${link.column.table} JOIN ${link.owner} ON ${link.owner.id} = ${link.ownerId}
            WHERE ${outsideGroup(link.column, link.owner.trashGroup)}`,
        ),
      },
    ],
  }));

  const cascadeIds = (entity: Entity, id: string) =>
    tables[entity].cascade.map((c) => ({
      entity: c.entity,
      ids: c.ids.all({ id }).map((r) => r.id),
    }));

  /**
   * The rows of the group that `rootEntity` `root` begins. Scoped by kind and id: a row of
   * another kind that happens to carry the same id begins a group of its own and is left out.
   */
  const groupRows = (rootEntity: Entity, root: string) =>
    ENTITIES.flatMap((entity) =>
      tables[entity].group
        .all({ root })
        .filter((row) => entity === rootEntity || row.id !== root)
        .map((row) => ({ entity, row })),
    );

  const personOf = prepareSelect(
    db,
    { name: contact.name, email: contact.email },
    sql`FROM ${contact} WHERE ${contact.id} = ${param('id')}`,
  );
  /** The people a purge of the group erases: its persons (a person, or a party's people). */
  const matcherOf = (rootEntity: Entity, root: string) =>
    personMatcher(
      groupRows(rootEntity, root)
        .filter((r) => r.entity === 'contact')
        .map((r) => personOf.get({ id: r.row.id }))
        .filter((p): p is Person => p !== undefined),
    );

  const assertRoot = (entity: Entity, id: string) =>
    tables[entity].trashGroupOf.get({ id })?.trashGroup === id;

  const label = createLabeler(db);
  /** The label of a group's root (the item the user sees in the Prullenbak). */
  const rootLabel = (root: string) => {
    for (const entity of ENTITIES) {
      const own = label(entity, root);
      if (own) return own;
    }
    return root;
  };

  return {
    /** What would go to the Prullenbak together with this item. */
    impact(entity: Entity, id: string): TrashCounts {
      const out: TrashCounts = {};
      for (const c of cascadeIds(entity, id)) out[c.entity] = c.ids.length;
      return out;
    },

    softDelete: inTransaction(db, (entity: Entity, id: string, w: Writer): void => {
      for (const c of cascadeIds(entity, id)) {
        for (const childId of c.ids) {
          tables[c.entity].markDeleted.run({ now: w.now, root: id, id: childId });
          audit.record(c.entity, childId, 'delete', w);
        }
      }
      tables[entity].markDeleted.run({ now: w.now, root: id, id });
      audit.record(entity, id, 'delete', w);
    }),

    list() {
      return ENTITIES.flatMap((entity) =>
        tables[entity].roots.all().map((r) => {
          const counts: TrashCounts = {};
          for (const { entity: e, row } of groupRows(entity, r.id)) {
            if (row.id !== r.id) counts[e] = (counts[e] ?? 0) + 1;
          }
          return { entity, id: r.id, label: label(entity, r.id), deletedAt: r.deletedAt, counts };
        }),
      ).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    isRoot: assertRoot,

    /** Missing parents that keep a group from coming back, as Dutch labels. */
    blockers(rootEntity: Entity, root: string): string[] {
      const rows = groupRows(rootEntity, root);
      const inGroup = new Set(rows.map((r) => r.row.id));
      const out = new Set<string>();
      for (const { entity, row } of rows) {
        for (const [column, parent] of PARENTS[entity] ?? []) {
          const parentId = row[column.name];
          if (typeof parentId !== 'string' || !parentId || inGroup.has(parentId)) continue;
          const deleted = tables[parent].deletedAtOf.get({ id: parentId });
          if (deleted?.deletedAt) out.add(label(parent, parentId));
        }
      }
      return [...out];
    },

    /**
     * Rows outside the group that refer to rows of the group: purging would take them along
     * (ON DELETE CASCADE) or quietly cut their link (SET NULL), so they must go first.
     */
    purgeBlockers(rootEntity: Entity, root: string): PurgeBlockers {
      const ids = new Map<Entity, string[]>();
      for (const { entity, row } of groupRows(rootEntity, root)) {
        ids.set(entity, [...(ids.get(entity) ?? []), row.id]);
      }
      const trashed = new Set<string>();
      const live = new Set<string>();
      const check = (child: Entity, refs: Referring[]) => {
        for (const ref of refs) {
          const parentIds = ids.get(ref.parent);
          if (!parentIds) continue;
          for (const r of ref.rows.all({ ids: JSON.stringify(parentIds), root })) {
            if (r.deletedAt) trashed.add(rootLabel(r.trashGroup ?? r.id));
            else live.add(label(child, r.id));
          }
        }
      };
      for (const child of ENTITIES) check(child, tables[child].referring);
      for (const link of linked) check(link.entity, link.refs);
      return { trashed: [...trashed], live: [...live] };
    },
    restore: inTransaction(db, (rootEntity: Entity, root: string, w: Writer): void => {
      for (const { entity, row } of groupRows(rootEntity, root)) {
        tables[entity].markRestored.run({ now: w.now, id: row.id });
        audit.record(entity, row.id, 'restore', w);
      }
    }),

    /** Where the group's persons are named in free text outside the group (for the purge). */
    mentions(rootEntity: Entity, root: string) {
      const m = matcherOf(rootEntity, root);
      return m ? findMentions(db, m, root) : [];
    },

    /**
     * Removes the group for good, with its history: nothing of it stays in the file. A person's
     * name and address are erased everywhere else too (db/personScrub.ts), and replaced by
     * "[verwijderd]" in the mentions in free text the user chose (keys from `mentions`).
     */
    purge: inTransaction(db, (rootEntity: Entity, root: string, replace: ReadonlySet<string>) => {
      const m = matcherOf(rootEntity, root);
      if (m) {
        // Names in fields first: a snapshot's "Naam (privé)" is a name, not text about one.
        scrubPerson(db, m);
        replaceMentions(db, m, replace, root);
      }
      const rows = groupRows(rootEntity, root);
      for (const { entity, row } of rows) tables[entity].remove.run({ id: row.id });
      for (const entity of ENTITIES) tables[entity].removeHistory.run({ entity });
    }),
  };
}
export type Trash = ReturnType<typeof createTrash>;
