import type { Entity } from '../shared/domain';
import { createAuditLog, diff, type Writer } from './audit';
import { creationChanges } from './creation';
import type { Db } from './sqlite';

/**
 * The audited write pattern every repository uses: the change and its audit entry in one
 * transaction, with the field-by-field difference as the entry's `changes`.
 */
export function createAuditedWrites<T extends { id: string }>(
  db: Db,
  entity: Entity,
  find: (id: string) => T | null,
  fields: readonly (keyof T & string)[],
) {
  const audit = createAuditLog(db);
  return {
    /** Runs the insert, then records the creation. */
    create: (id: string, w: Writer, insert: () => void): T => {
      insert();
      const created = find(id)!;
      audit.record(entity, id, 'create', w, creationChanges(created, fields));
      return created;
    },
    /** Writes only when something changes; records exactly what changed. */
    update: (before: T, next: Partial<T>, w: Writer, write: () => void): T => {
      const changes = diff(before, { ...before, ...next }, fields);
      if (Object.keys(changes).length === 0) return before;
      write();
      audit.record(entity, before.id, 'update', w, changes);
      return find(before.id)!;
    },
  };
}

export const inTransaction = <A extends unknown[], R>(db: Db, fn: (...args: A) => R) =>
  db.transaction(fn) as unknown as (...args: A) => R;
