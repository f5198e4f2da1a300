/**
 * A gespreksverslag as the screen shows it, and vastleggen: the version kept as the verslag
 * stands (its snapshot) and the verslag read-only, in one transaction. Used by the handlers and
 * the Voorbeelddossier.
 */
import type { Writer } from '../../db';
import type {
  Conversation,
  ConversationDetail,
  ConversationSnapshot,
} from '../../shared/schemas/conversation';
import type { ApiContext } from './context';

export function conversationDetailOf(ctx: ApiContext, c: Conversation): ConversationDetail {
  return {
    ...c,
    ...ctx.repos.conversations.detailParts(c.id),
    actions: ctx.repos.decisions.ofConversation(c.id),
  };
}

/** The verslag as it stands: what a vastgelegde version keeps. */
export function conversationSnapshotOf(ctx: ApiContext, c: Conversation): ConversationSnapshot {
  const d = conversationDetailOf(ctx, c);
  return {
    kind: d.kind,
    title: d.title,
    date: d.date,
    confidential: d.confidential,
    parties: d.parties.map((p) => p.name),
    participants: d.participants.map((p) => p.name),
    themes: d.themes.map((t) => t.name),
    agreements: d.agreements.map((a) => a.title),
    reportHtml: d.reportHtml,
    survey: d.survey,
    actions: d.actions.map((a) => ({ text: a.text, ownerName: a.ownerName, dueDate: a.dueDate })),
  };
}

/** Vastleggen: keeps this version as it stands and makes the verslag read-only. */
export function lockConversation(
  ctx: ApiContext,
  c: Conversation,
  lockedOn: string,
  w: Writer,
): Conversation {
  return ctx.repos.db.transaction(() => {
    ctx.repos.conversationVersions.add(
      { conversationId: c.id, version: c.version, lockedOn },
      conversationSnapshotOf(ctx, c),
      w,
    );
    return ctx.repos.conversations.update(c, { status: 'vastgelegd', lockedOn }, null, w);
  })();
}
