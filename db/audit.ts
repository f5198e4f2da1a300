import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AuditAction, AuditSubject, Entity } from '../shared/domain';
import { param, params } from './placeholders';
import { auditLog } from './schema';
import type { Db } from './sqlite';

/** Who writes and when: passed to every repository write. */
export interface Writer {
  actor: string;
  /** ISO-8601 UTC timestamp of the change. */
  now: string;
}

export type AuditLogRow = typeof auditLog.$inferSelect;
/** Field → { from, to }: the `changes` column (JSON) as its definition types it. */
export type Changes = AuditLogRow['changes'];

/** An audit entry; `entity` narrowed to the subject asked for. */
export type AuditRow<S extends AuditSubject = AuditSubject> = AuditLogRow & { entity: S };

/** Field-by-field difference; `before` null for a creation. Unchanged fields are left out. */
export function diff<T extends object>(
  before: T | null,
  after: T,
  fields: readonly (keyof T)[],
): Changes {
  const out: Changes = {};
  for (const field of fields) {
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (before === null ? to !== null && to !== '' : from !== to) {
      out[String(field)] = { from, to };
    }
  }
  return out;
}

export function createAuditLog(db: Db) {
  const orm = drizzle(db);
  const insert = orm
    .insert(auditLog)
    .values({
      ...params(auditLog, 'entity', 'entityId', 'action', 'at', 'actor'),
      // A bare placeholder: drizzle writes it through the column, as JSON text.
      changes: sql.placeholder('changes'),
    })
    .prepare();
  const forEntity = orm
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, param('entity')), eq(auditLog.entityId, param('entityId'))))
    .orderBy(desc(auditLog.id))
    .prepare();
  const all = orm.select().from(auditLog).orderBy(auditLog.id).prepare();

  const write = (
    entity: AuditSubject,
    entityId: string,
    action: AuditAction,
    w: Writer,
    changes: Changes,
  ) => void insert.run({ entity, entityId, action, at: w.now, actor: w.actor, changes });

  return {
    record(
      entity: Entity,
      entityId: string,
      action: AuditAction,
      w: Writer,
      changes: Changes = {},
    ) {
      write(entity, entityId, action, w, changes);
    },
    /** One import as one event: file name, counts per collection; returns the event's id. */
    recordImport(w: Writer, fileName: string | null, counts: Record<string, number>): string {
      const id = randomUUID();
      const changes: Changes = { counts: { from: null, to: counts } };
      if (fileName) changes.fileName = { from: null, to: fileName };
      write('import', id, 'create', w, changes);
      return id;
    },
    /** A change of the settings (the audit actor's name, organisation, current region). */
    recordSettings(w: Writer, changes: Changes) {
      write('settings', 'settings', 'update', w, changes);
    },
    forEntity<S extends AuditSubject>(entity: S, entityId: string): AuditRow<S>[] {
      return forEntity.all({ entity, entityId }).map((r) => ({ ...r, entity }));
    },
    all(): AuditRow[] {
      return all.all();
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
