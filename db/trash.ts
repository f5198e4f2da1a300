import { ENTITIES, type Entity } from '../shared/domain';
import { createAuditLog, type Writer } from './audit';
import { inTransaction } from './audited';
import { createLabeler } from './labels';
import type { Db } from './sqlite';
import { TABLES } from './tables';

/**
 * What goes to the Prullenbak together with an item, in this order (children first).
 * Items deleted together share a trash_group (the root's id) and come back together.
 */
const CASCADE: Partial<Record<Entity, { entity: Entity; where: string }[]>> = {
  region: [
    { entity: 'roleAssignment', where: 'region_id = @id' },
    { entity: 'membership', where: 'region_id = @id' },
    {
      entity: 'progressUpdate',
      where:
        'agreement_id IN (SELECT id FROM agreement WHERE region_id = @id AND deleted_at IS NULL)',
    },
    { entity: 'agreement', where: 'region_id = @id' },
  ],
  agreement: [{ entity: 'progressUpdate', where: 'agreement_id = @id' }],
  party: [
    {
      entity: 'roleAssignment',
      where:
        'party_id = @id OR contact_id IN (SELECT id FROM contact WHERE party_id = @id AND deleted_at IS NULL)',
    },
    { entity: 'membership', where: 'party_id = @id' },
    { entity: 'contact', where: 'party_id = @id' },
  ],
  contact: [{ entity: 'roleAssignment', where: 'contact_id = @id' }],
};

/**
 * References between rows: entity → [column, parent entity]. A parent must be present when a row
 * comes back, and a row must be gone before its parent is purged (the foreign keys would cascade).
 */
const PARENTS: Partial<Record<Entity, [string, Entity][]>> = {
  membership: [
    ['region_id', 'region'],
    ['party_id', 'party'],
  ],
  contact: [['party_id', 'party']],
  roleAssignment: [
    ['region_id', 'region'],
    ['contact_id', 'contact'],
    ['party_id', 'party'],
    ['theme_id', 'theme'],
  ],
  agreement: [
    ['region_id', 'region'],
    ['owner_id', 'contact'],
  ],
  progressUpdate: [['agreement_id', 'agreement']],
};

/** Link tables of agreements: a purged party or theme would silently drop out of them. */
const AGREEMENT_LINKS: { table: string; column: string; parent: Entity }[] = [
  { table: 'agreement_party', column: 'party_id', parent: 'party' },
  { table: 'agreement_theme', column: 'theme_id', parent: 'theme' },
];

export type TrashCounts = Partial<Record<Entity, number>>;

/** What keeps a group from being purged: labels of other Prullenbak groups and of live items. */
export interface PurgeBlockers {
  trashed: string[];
  live: string[];
}

export function createTrash(db: Db) {
  const audit = createAuditLog(db);
  const q = (sql: string) => db.prepare(sql);

  const cascadeIds = (entity: Entity, id: string) =>
    (CASCADE[entity] ?? []).map(({ entity: child, where }) => ({
      entity: child,
      ids: (
        q(`SELECT id FROM ${TABLES[child].table} WHERE deleted_at IS NULL AND (${where})`).all({
          id,
        }) as { id: string }[]
      ).map((r) => r.id),
    }));

  /**
   * The rows of the group that `rootEntity` `root` begins. Scoped by kind and id: a row of
   * another kind that happens to carry the same id begins a group of its own and is left out.
   */
  const groupRows = (rootEntity: Entity, root: string) =>
    ENTITIES.flatMap((entity) =>
      (
        q(`SELECT * FROM ${TABLES[entity].table} WHERE trash_group = ?`).all(root) as Record<
          string,
          unknown
        >[]
      )
        .filter((row) => entity === rootEntity || row.id !== root)
        .map((row) => ({ entity, row })),
    );

  const assertRoot = (entity: Entity, id: string) => {
    const row = q(`SELECT trash_group FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as
      { trash_group: string | null } | undefined;
    return row?.trash_group === id;
  };

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
        const mark = q(
          `UPDATE ${TABLES[c.entity].table} SET deleted_at = @now, trash_group = @root WHERE id = @id`,
        );
        for (const childId of c.ids) {
          mark.run({ now: w.now, root: id, id: childId });
          audit.record(c.entity, childId, 'delete', w);
        }
      }
      q(`UPDATE ${TABLES[entity].table} SET deleted_at = ?, trash_group = ? WHERE id = ?`).run(
        w.now,
        id,
        id,
      );
      audit.record(entity, id, 'delete', w);
    }),

    list() {
      return ENTITIES.flatMap((entity) =>
        (
          q(
            `SELECT t.id, t.deleted_at FROM ${TABLES[entity].table} t
             WHERE t.deleted_at IS NOT NULL AND t.trash_group = t.id`,
          ).all() as { id: string; deleted_at: string }[]
        ).map((r) => {
          const counts: TrashCounts = {};
          for (const { entity: e, row } of groupRows(entity, r.id)) {
            if (row.id !== r.id) counts[e] = (counts[e] ?? 0) + 1;
          }
          return { entity, id: r.id, label: label(entity, r.id), deletedAt: r.deleted_at, counts };
        }),
      ).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    isRoot: assertRoot,

    /** Missing parents that keep a group from coming back, as Dutch labels. */
    blockers(rootEntity: Entity, root: string): string[] {
      const rows = groupRows(rootEntity, root);
      const inGroup = new Set(rows.map((r) => r.row.id as string));
      const out = new Set<string>();
      for (const { entity, row } of rows) {
        for (const [column, parent] of PARENTS[entity] ?? []) {
          const parentId = row[column] as string | null;
          if (!parentId || inGroup.has(parentId)) continue;
          const deleted = q(`SELECT deleted_at FROM ${TABLES[parent].table} WHERE id = ?`).get(
            parentId,
          ) as { deleted_at: string | null } | undefined;
          if (deleted?.deleted_at) out.add(label(parent, parentId));
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
        ids.set(entity, [...(ids.get(entity) ?? []), row.id as string]);
      }
      const trashed = new Set<string>();
      const live = new Set<string>();
      for (const [child, refs] of Object.entries(PARENTS) as [Entity, [string, Entity][]][]) {
        for (const [column, parent] of refs) {
          const parentIds = ids.get(parent);
          if (!parentIds) continue;
          const rows = q(
            `SELECT id, deleted_at, trash_group FROM ${TABLES[child].table}
             WHERE ${column} IN (SELECT value FROM json_each(@ids))
               AND (trash_group IS NULL OR trash_group <> @root)`,
          ).all({ ids: JSON.stringify(parentIds), root }) as {
            id: string;
            deleted_at: string | null;
            trash_group: string | null;
          }[];
          for (const r of rows) {
            if (r.deleted_at) trashed.add(rootLabel(r.trash_group ?? r.id));
            else live.add(label(child, r.id));
          }
        }
      }
      for (const link of AGREEMENT_LINKS) {
        const parentIds = ids.get(link.parent);
        if (!parentIds) continue;
        const rows = q(
          `SELECT a.id, a.deleted_at, a.trash_group FROM ${link.table} l
           JOIN agreement a ON a.id = l.agreement_id
           WHERE l.${link.column} IN (SELECT value FROM json_each(@ids))
             AND (a.trash_group IS NULL OR a.trash_group <> @root)`,
        ).all({ ids: JSON.stringify(parentIds), root }) as {
          id: string;
          deleted_at: string | null;
          trash_group: string | null;
        }[];
        for (const r of rows) {
          if (r.deleted_at) trashed.add(rootLabel(r.trash_group ?? r.id));
          else live.add(label('agreement', r.id));
        }
      }
      return { trashed: [...trashed], live: [...live] };
    },
    restore: inTransaction(db, (rootEntity: Entity, root: string, w: Writer): void => {
      for (const { entity, row } of groupRows(rootEntity, root)) {
        q(
          `UPDATE ${TABLES[entity].table} SET deleted_at = NULL, trash_group = NULL, updated_at = ?
           WHERE id = ?`,
        ).run(w.now, row.id);
        audit.record(entity, row.id as string, 'restore', w);
      }
    }),

    /** Removes the group for good, with its history: nothing of it stays in the file. */
    purge: inTransaction(db, (rootEntity: Entity, root: string): void => {
      const rows = groupRows(rootEntity, root);
      for (const { entity, row } of rows) {
        q(`DELETE FROM ${TABLES[entity].table} WHERE id = ?`).run(row.id);
      }
      for (const entity of ENTITIES) {
        q(
          `DELETE FROM audit_log WHERE entity = ? AND entity_id NOT IN (SELECT id FROM ${TABLES[entity].table})`,
        ).run(entity);
      }
    }),
  };
}
export type Trash = ReturnType<typeof createTrash>;
