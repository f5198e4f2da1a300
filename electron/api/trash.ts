import { DomainError } from '../../shared/api/result';
import { writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { describeCounts } from './impact';
import { joinNl } from './lookups';
import { ok } from './ok';
import type { Entity } from '../../shared/domain';

function requireTrashRoot(ctx: ApiContext, entity: Entity, id: string) {
  if (!ctx.repos.trash.isRoot(entity, id)) {
    throw new DomainError('not_found', 'Dit item staat niet (meer) in de prullenbak.');
  }
}

export const trashHandlers = defineHandlers({
  'trash.list': (ctx) =>
    ctx.repos.trash.list().map(({ counts, ...item }) => ({ ...item, includes: describeCounts(counts) })),
  'trash.restore': (ctx, { entity, id }) => {
    requireTrashRoot(ctx, entity, id);
    const blockers = ctx.repos.trash.blockers(id);
    if (blockers.length) {
      throw new DomainError(
        'conflict',
        `Zet eerst ${joinNl(blockers)} terug uit de prullenbak; dit item hoort daarbij.`,
      );
    }
    try {
      ctx.repos.trash.restore(id, writer(ctx));
    } catch (error) {
      if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
        throw new DomainError(
          'conflict',
          'Terugzetten kan niet: er bestaat inmiddels een gelijk item (bijvoorbeeld dezelfde deelname aan de regio).',
        );
      }
      throw error;
    }
    return ok;
  },
  'trash.purge': (ctx, { entity, id }) => {
    requireTrashRoot(ctx, entity, id);
    ctx.repos.trash.purge(id);
    return ok;
  },
});
