import type { Entity } from '../shared/domain';
import { ENTITY_KINDS_DB, type LabelContext, type RowLabels } from './entityKinds';
import type { Db } from './sqlite';

/**
 * Dutch labels of stored rows for lists and messages (Prullenbak, check), each made as its
 * entry in db/entityKinds.ts says. Tolerates broken references (check runs on damaged files): a
 * missing name shows as '?'. Statements are prepared on first use.
 */
export function createLabeler(db: Db) {
  const prepared = new Map<Entity, RowLabels>();
  const others: LabelContext = {
    label: (entity, id) => of(entity).label(id),
    name: (entity, id) => of(entity).name(id) ?? '?',
  };
  function of(entity: Entity): RowLabels {
    let labels = prepared.get(entity);
    if (!labels) prepared.set(entity, (labels = ENTITY_KINDS_DB[entity].labels(db, others)));
    return labels;
  }
  return (entity: Entity, key: string): string => of(entity).label(key);
}
export type Labeler = ReturnType<typeof createLabeler>;
