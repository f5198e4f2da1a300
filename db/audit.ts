import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditSubject, Entity } from '../shared/domain';
import type { Db } from './sqlite';

/** Who writes and when: passed to every repository write. */
export interface Writer {
  actor: string;
  /** ISO-8601 UTC timestamp of the change. */
  now: string;
}

export type Changes = Record<string, { from: unknown; to: unknown }>;

export interface AuditRow<S extends AuditSubject = AuditSubject> {
  id: number;
  entity: S;
  entityId: string;
  action: AuditAction;
  at: string;
  actor: string;
  changes: Changes;
}

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
  const insert = db.prepare(
    'INSERT INTO audit_log (entity, entity_id, action, at, actor, changes) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const forEntity = db.prepare(
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC',
  );
  const all = db.prepare('SELECT * FROM audit_log ORDER BY id');

  const map = (r: Record<string, unknown>): AuditRow => ({
    id: r.id as number,
    entity: r.entity as AuditSubject,
    entityId: r.entity_id as string,
    action: r.action as AuditAction,
    at: r.at as string,
    actor: r.actor as string,
    changes: JSON.parse(r.changes as string) as Changes,
  });

  return {
    record(
      entity: Entity,
      entityId: string,
      action: AuditAction,
      w: Writer,
      changes: Changes = {},
    ) {
      insert.run(entity, entityId, action, w.now, w.actor, JSON.stringify(changes));
    },
    /** One import as one event: file name, counts per collection; returns the event's id. */
    recordImport(w: Writer, fileName: string | null, counts: Record<string, number>): string {
      const id = randomUUID();
      const changes: Changes = { counts: { from: null, to: counts } };
      if (fileName) changes.fileName = { from: null, to: fileName };
      insert.run('import', id, 'create', w.now, w.actor, JSON.stringify(changes));
      return id;
    },
    /** A change of the settings (the audit actor's name, organisation, current region). */
    recordSettings(w: Writer, changes: Changes) {
      insert.run('settings', 'settings', 'update', w.now, w.actor, JSON.stringify(changes));
    },
    forEntity<S extends AuditSubject>(entity: S, entityId: string): AuditRow<S>[] {
      return (forEntity.all(entity, entityId) as Record<string, unknown>[]).map((r) => ({
        ...map(r),
        entity,
      }));
    },
    all(): AuditRow[] {
      return (all.all() as Record<string, unknown>[]).map(map);
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
