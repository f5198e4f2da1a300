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

const quoted = (labels: string[]) => joinNl(labels.map((l) => `‘${l}’`));

/** Refuses to purge a group that other items still refer to (the database would cascade). */
function assertPurgeable(ctx: ApiContext, entity: Entity, root: string) {
  const { trashed, live } = ctx.repos.trash.purgeBlockers(entity, root);
  const sentences: string[] = [];
  if (trashed.length) {
    const one = trashed.length === 1;
    sentences.push(
      `Verwijder eerst ${quoted(trashed)} definitief of zet ${one ? 'het' : 'ze'} terug: ` +
        `${one ? 'het hoort' : 'ze horen'} bij dit item.`,
    );
  }
  if (live.length) {
    const one = live.length === 1;
    sentences.push(
      `${quoted(live)} ${one ? 'verwijst' : 'verwijzen'} nog naar dit item; ` +
        `pas ${one ? 'dat' : 'die'} eerst aan of verwijder ${one ? 'het' : 'ze'}.`,
    );
  }
  if (sentences.length) throw new DomainError('conflict', sentences.join(' '));
}

/**
 * The user's choice for every mention of the persons in free text (AVG erasure): the mentions
 * the user saw must be the mentions there are now, each chosen once; else nothing happens.
 */
function chosenReplacements(
  ctx: ApiContext,
  entity: Entity,
  root: string,
  choices: { key: string; replace: boolean }[],
): Set<string> {
  const mentions = ctx.repos.trash.mentions(entity, root).map((m) => m.key);
  const chosen = new Set(choices.map((c) => c.key));
  if (mentions.some((key) => !chosen.has(key)) || chosen.size !== mentions.length) {
    throw new DomainError(
      'conflict',
      choices.length === 0
        ? 'De naam of het e-mailadres staat nog in vrije tekst. Kies per vermelding of die blijft ' +
            'staan of wordt vervangen door [verwijderd].'
        : 'De vermeldingen in vrije tekst zijn veranderd sinds u ze zag. Open de bevestiging ' +
            'opnieuw en kies opnieuw.',
    );
  }
  return new Set(choices.filter((c) => c.replace).map((c) => c.key));
}

export const trashHandlers = defineHandlers({
  'trash.list': (ctx) =>
    ctx.repos.trash
      .list()
      .map(({ counts, ...item }) => ({ ...item, includes: describeCounts(counts) })),
  'trash.restore': (ctx, { entity, id }) => {
    requireTrashRoot(ctx, entity, id);
    const blockers = ctx.repos.trash.blockers(entity, id);
    if (blockers.length) {
      throw new DomainError(
        'conflict',
        `Zet eerst ${joinNl(blockers)} terug uit de prullenbak; dit item hoort daarbij.`,
      );
    }
    try {
      ctx.repos.trash.restore(entity, id, writer(ctx));
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
  'trash.mentions': (ctx, { entity, id }) => {
    requireTrashRoot(ctx, entity, id);
    return ctx.repos.trash.mentions(entity, id);
  },
  'trash.purge': (ctx, { entity, id, choices = [] }) => {
    requireTrashRoot(ctx, entity, id);
    assertPurgeable(ctx, entity, id);
    const replace = chosenReplacements(ctx, entity, id, choices);
    ctx.repos.trash.purge(entity, id, replace);
    // Purged personal data must not linger in the write-ahead log either (secure_delete covers
    // the database file itself). A checkpoint cannot run inside the transaction: after commit.
    ctx.afterCommit(() => ctx.repos.db.pragma('wal_checkpoint(TRUNCATE)'));
    return ok;
  },
});
