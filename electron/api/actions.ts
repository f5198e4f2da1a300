/**
 * Actiepunten: one table for both sources, an agenda item of an overleg or a gespreksverslag
 * (issue 22). Adding, editing and deleting need the source open (notulen not vastgesteld, verslag
 * not vastgelegd); the status changes afterwards too, as follow-up happens later.
 */
import type { ActionStatus } from '../../shared/domain';
import { today, writer, type ApiContext } from './context';
import { assertConversationOpen, requireConversation } from './conversationLookups';
import { defineHandlers } from './handler';
import { live, requireContact, requireRegion } from './lookups';
import { actionListQuery } from '../../shared/schemas/actionList';
import { atMost, openItem, requireAgendaItem } from './meetings';
import { ok } from './ok';
import { DomainError } from '../../shared/api/result';
import { CONVERSATION_LIMITS } from '../../shared/schemas/conversation';

/** The status change of an action: done on the day given (today by default), or open again. */
const withStatus = (status: ActionStatus, today: string, doneOn: string | null) =>
  status === 'afgerond' ? { status, doneOn: doneOn ?? today } : { status, doneOn: null };

const requireAction = (ctx: ApiContext, id: string) =>
  live(ctx.repos.decisions.findAction(id), 'Dit actiepunt');

/** The action's source, live, and (unless `anyState`) open for changes. */
function checkSource(
  ctx: ApiContext,
  a: { agendaItemId: string | null; conversationId: string | null },
  anyState = false,
) {
  if (a.agendaItemId !== null) {
    if (anyState) requireAgendaItem(ctx, a.agendaItemId);
    else openItem(ctx, a.agendaItemId);
  } else {
    const c = requireConversation(ctx, a.conversationId!);
    if (!anyState) assertConversationOpen(c);
  }
}

export const toAction = (ctx: ApiContext, id: string) => {
  const a = ctx.repos.decisions.findAction(id)!;
  return {
    id: a.id,
    agendaItemId: a.agendaItemId,
    conversationId: a.conversationId,
    text: a.text,
    ownerId: a.ownerId,
    ownerName: a.ownerId ? (ctx.repos.contacts.find(a.ownerId)?.name ?? null) : null,
    dueDate: a.dueDate,
    status: a.status,
    doneOn: a.doneOn,
  };
};

export const actionHandlers = defineHandlers({
  'actions.add': (ctx, { agendaItemId, conversationId, ...values }) => {
    let source: { agendaItemId: string } | { conversationId: string };
    if (agendaItemId !== undefined) {
      const item = openItem(ctx, agendaItemId, 'agendaItemId');
      const { actions } = ctx.repos.decisions.ofMeeting(item.meetingId);
      atMost(actions.get(agendaItemId)?.length ?? 0, 'actions', 'agendaItemId');
      source = { agendaItemId };
    } else {
      const c = requireConversation(ctx, conversationId!, 'conversationId');
      assertConversationOpen(c);
      if (ctx.repos.decisions.ofConversation(c.id).length >= CONVERSATION_LIMITS.actions) {
        const message = `Een gespreksverslag heeft hoogstens ${CONVERSATION_LIMITS.actions} actiepunten. Er is niets toegevoegd.`;
        throw new DomainError('invalid_input', message, [{ path: 'conversationId', message }]);
      }
      source = { conversationId: c.id };
    }
    if (values.ownerId) requireContact(ctx, values.ownerId, 'ownerId');
    const a = ctx.repos.decisions.addAction(source, values, writer(ctx));
    return toAction(ctx, a.id);
  },
  'actions.update': (ctx, { id, ...values }) => {
    const before = requireAction(ctx, id);
    checkSource(ctx, before);
    if (values.ownerId) requireContact(ctx, values.ownerId, 'ownerId');
    const next = { ...values, status: before.status, doneOn: before.doneOn };
    ctx.repos.decisions.updateAction(before, next, writer(ctx));
    return toAction(ctx, id);
  },
  /** Follow-up happens later: allowed after the notulen are vastgesteld or the verslag vastgelegd. */
  'actions.setStatus': (ctx, { id, status, doneOn }) => {
    const before = requireAction(ctx, id);
    checkSource(ctx, before, true);
    const next = { ...before, ...withStatus(status, today(ctx), doneOn) };
    ctx.repos.decisions.updateAction(before, next, writer(ctx));
    return toAction(ctx, id);
  },
  'actions.delete': (ctx, { id }) => {
    const before = requireAction(ctx, id);
    checkSource(ctx, before);
    ctx.repos.trash.softDelete('actionItem', id, writer(ctx));
    return ok;
  },
  'actions.list': (ctx, query) => {
    requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.actionList(query, today(ctx));
  },
  /** All or nothing: one unknown or deleted action and none is changed. */
  'actions.setStatusMany': (ctx, { ids, status, doneOn }) => {
    const w = writer(ctx);
    const day = today(ctx);
    return ctx.repos.db.transaction(() => {
      let count = 0;
      ids.forEach((id, i) => {
        const before = live(ctx.repos.decisions.findAction(id), 'Dit actiepunt', `ids[${i}]`);
        checkSource(ctx, before, true);
        const next = { ...before, ...withStatus(status, day, doneOn) };
        if (next.status === before.status && next.doneOn === before.doneOn) return;
        ctx.repos.decisions.updateAction(before, next, w);
        count++;
      });
      return { count };
    })();
  },
  'actions.mine': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    const { userName, organisation } = ctx.profile.get();
    const contactId = ctx.repos.peopleByName(userName, organisation);
    const day = today(ctx);
    const all = ctx.repos.actionList(actionListQuery.parse({ regionId, limit: 1 }), day);
    if (!contactId) {
      return {
        contactId,
        open: [],
        openCount: 0,
        overdueCount: 0,
        regionOverdueCount: all.overdueCount,
      };
    }
    const mine = ctx.repos.actionList(
      actionListQuery.parse({ regionId, ownerId: contactId, limit: 10 }),
      day,
    );
    return {
      contactId,
      open: mine.items,
      openCount: mine.total,
      overdueCount: mine.overdueCount,
      regionOverdueCount: all.overdueCount,
    };
  },
});
