import { ROLE_KIND_LABELS, type Entity, type RoleKind } from '../shared/domain';
import type { Db } from './sqlite';
import { TABLES } from './tables';

/**
 * Dutch labels of stored rows for lists and messages (Prullenbak, check), built in JS with the
 * shared label maps. Tolerates broken references (check runs on damaged files): a missing name
 * shows as '?'.
 */
export function createLabeler(db: Db) {
  const rowStatements = new Map<Entity, ReturnType<Db['prepare']>>();
  const row = (entity: Entity, id: string | null) => {
    if (!id) return undefined;
    let stmt = rowStatements.get(entity);
    if (!stmt) {
      stmt = db.prepare(`SELECT * FROM ${TABLES[entity].table} WHERE id = ?`);
      rowStatements.set(entity, stmt);
    }
    return stmt.get(id) as Record<string, string | null> | undefined;
  };
  const nameOf = (entity: Entity, id: string | null) => row(entity, id)?.name ?? '?';

  return (entity: Entity, id: string): string => {
    const r = row(entity, id);
    if (!r) return '';
    switch (entity) {
      case 'region':
        return r.name!.startsWith('Regio ') ? r.name! : `Regio ${r.name}`;
      case 'party':
      case 'contact':
        return r.name!;
      case 'theme':
        return `Thema ${r.name}`;
      case 'membership':
        return `Deelname van ${nameOf('party', r.party_id!)} aan ${nameOf('region', r.region_id!)}`;
      case 'roleAssignment': {
        const role = ROLE_KIND_LABELS[r.role as RoleKind] ?? r.role;
        return `${nameOf('contact', r.contact_id!)} als ${role.toLocaleLowerCase('nl')}`;
      }
      case 'agreement':
        return r.title!;
      case 'progressUpdate':
        return `Voortgang bij ${row('agreement', r.agreement_id!)?.title ?? '?'}`;
    }
  };
}
export type Labeler = ReturnType<typeof createLabeler>;
