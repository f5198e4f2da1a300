/**
 * Gespreksverslagen (issue 22): the handlers of the slice. The verslag's text autosaves as the
 * notulen do (a revision per save, a stale base refused); vastleggen keeps a version and makes
 * it read-only, a correction opens a new concept version with a reason.
 */
import { DomainError } from '../../shared/api/result';
import { staleBase } from '../../shared/api/staleBase';
import { formatDateNl } from '../../shared/dates';
import { conversationSnapshot, type ConversationUpdate } from '../../shared/schemas/conversation';
import {
  conversationTemplates,
  DEFAULT_CONVERSATION_TEMPLATES,
  type ConversationTemplates,
} from '../../shared/schemas/conversationTemplates';
import type { ConversationSets } from '../../db/conversations';
import { prepareRichText } from '../text/richText';
import { requireAgreement } from './agreements';
import { today, writer, type ApiContext } from './context';
import { assertConversationOpen, requireConversation } from './conversationLookups';
import { conversationDetailOf, lockConversation } from './conversationLock';
import { defineHandlers } from './handler';
import { deleteImpact } from './impact';
import { requireContact, requireParty, requireRegion, requireTheme } from './lookups';
import { ok } from './ok';

/** Every id the verslag names exists (and an agreement is of the verslag's region). */
function checkSets(
  ctx: ApiContext,
  regionId: string,
  input: Pick<ConversationUpdate, 'partyIds' | 'themeIds' | 'agreementIds' | 'participants'>,
): ConversationSets {
  input.partyIds.forEach((id, i) => requireParty(ctx, id, `partyIds[${i}]`));
  input.themeIds.forEach((id, i) => requireTheme(ctx, id, `themeIds[${i}]`));
  input.agreementIds.forEach((id, i) => {
    const a = requireAgreement(ctx, id, `agreementIds[${i}]`);
    if (a.regionId !== regionId) {
      const message = `De afspraak ‘${a.title}’ hoort bij een andere regio.`;
      throw new DomainError('invalid_input', message, [{ path: `agreementIds[${i}]`, message }]);
    }
  });
  const seen = new Set<string>();
  input.participants.forEach((p, i) => {
    if (p.contactId === null) return;
    requireContact(ctx, p.contactId, `participants[${i}].contactId`);
    if (seen.has(p.contactId)) {
      const message = 'Deze persoon staat al bij de deelnemers';
      throw new DomainError('invalid_input', message, [
        { path: `participants[${i}].contactId`, message },
      ]);
    }
    seen.add(p.contactId);
  });
  return input;
}

export function templatesOf(ctx: ApiContext): ConversationTemplates {
  const stored = ctx.repos.settings.get('conversationTemplates');
  if (stored === null) return DEFAULT_CONVERSATION_TEMPLATES;
  const parsed = conversationTemplates.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEFAULT_CONVERSATION_TEMPLATES;
}

export const conversationHandlers = defineHandlers({
  'conversations.list': (ctx, query) => {
    if (query.regionId !== null) requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.conversationList(query);
  },
  'conversations.get': (ctx, { id }) => conversationDetailOf(ctx, requireConversation(ctx, id)),
  'conversations.create': (ctx, input) => {
    const { regionId, reportHtml, partyIds, themeIds, agreementIds, participants, ...own } = input;
    requireRegion(ctx, regionId, 'regionId');
    const sets = checkSets(ctx, regionId, { partyIds, themeIds, agreementIds, participants });
    const report = prepareRichText(reportHtml ?? templatesOf(ctx)[own.kind]);
    return ctx.repos.conversations.create(
      regionId,
      { ...own, date: own.date!, status: 'concept', version: 1, lockedOn: null },
      report,
      sets,
      writer(ctx),
    );
  },
  'conversations.update': (ctx, input) => {
    const before = requireConversation(ctx, input.id);
    assertConversationOpen(before);
    const { id: _id, partyIds, themeIds, agreementIds, participants, ...own } = input;
    const sets = checkSets(ctx, before.regionId, {
      partyIds,
      themeIds,
      agreementIds,
      participants,
    });
    return ctx.repos.conversations.update(before, { ...own, date: own.date! }, sets, writer(ctx));
  },
  'conversations.report': (ctx, { id }) => {
    const c = requireConversation(ctx, id);
    return { reportHtml: c.reportHtml, reportRevision: c.reportRevision };
  },
  'conversations.saveReport': (ctx, { conversationId, reportHtml, baseRevision }) => {
    const c = requireConversation(ctx, conversationId, 'conversationId');
    assertConversationOpen(c);
    const report = prepareRichText(reportHtml);
    // Saving the text that is stored already overwrites nothing, whatever its base.
    if (c.reportRevision !== baseRevision && c.reportHtml !== report.html) {
      throw staleBase('Dit gespreksverslag is');
    }
    const w = writer(ctx);
    const reportRevision = ctx.repos.conversations.saveReport(c, report.html, report.text, w.now);
    return { savedAt: w.now, reportHtml: report.html, reportRevision };
  },
  'conversations.setSurvey': (ctx, { conversationId, survey }) => {
    const c = requireConversation(ctx, conversationId, 'conversationId');
    assertConversationOpen(c);
    ctx.repos.conversations.setSurvey(c, survey, writer(ctx));
    return conversationDetailOf(ctx, requireConversation(ctx, c.id));
  },
  'conversations.lock': (ctx, { id, lockedOn }) => {
    const c = requireConversation(ctx, id);
    if (c.status === 'vastgelegd') {
      throw new DomainError('conflict', 'Dit gespreksverslag is al vastgelegd.');
    }
    if (lockedOn! > today(ctx)) {
      const message = `De datum van vastleggen kan niet later dan vandaag (${formatDateNl(today(ctx))}) liggen.`;
      throw new DomainError('invalid_input', message, [{ path: 'lockedOn', message }]);
    }
    if (lockedOn! < c.date) {
      const message = `Een verslag kan niet vóór het gesprek zelf (${formatDateNl(c.date)}) zijn vastgelegd.`;
      throw new DomainError('invalid_input', message, [{ path: 'lockedOn', message }]);
    }
    return lockConversation(ctx, c, lockedOn!, writer(ctx));
  },
  'conversations.correct': (ctx, { id, reason }) => {
    const c = requireConversation(ctx, id);
    if (c.status !== 'vastgelegd') {
      throw new DomainError(
        'conflict',
        'Dit gespreksverslag is nog niet vastgelegd: u kunt het gewoon wijzigen.',
      );
    }
    return ctx.repos.db.transaction(() => {
      ctx.repos.conversationVersions.setCorrectionReason(c.id, c.version, reason);
      return ctx.repos.conversations.update(
        c,
        { status: 'concept', version: c.version + 1, lockedOn: null },
        null,
        writer(ctx),
      );
    })();
  },
  'conversations.versions': (ctx, { id }) => {
    requireConversation(ctx, id);
    return ctx.repos.conversationVersions.list(id).map((v) => ({
      version: v.version,
      lockedOn: v.lockedOn,
      correctionReason: v.correctionReason,
      at: v.at,
      actor: v.actor,
      snapshot: conversationSnapshot.parse(JSON.parse(v.snapshot)),
    }));
  },
  'conversations.deleteImpact': (ctx, { id }) => {
    const c = requireConversation(ctx, id);
    return deleteImpact(ctx.repos.trash.impact('conversation', id), `Gespreksverslag ‘${c.title}’`);
  },
  'conversations.delete': (ctx, { id }) => {
    requireConversation(ctx, id);
    ctx.repos.trash.softDelete('conversation', id, writer(ctx));
    return ok;
  },
  'monitor.get': (ctx, { regionId, includeConfidential }) => {
    requireRegion(ctx, regionId, 'regionId');
    return ctx.repos.monitor(regionId, includeConfidential);
  },
  'conversations.templates': (ctx) => templatesOf(ctx),
  'conversations.setTemplates': (ctx, templates) => {
    const cleaned = Object.fromEntries(
      Object.entries(templates).map(([kind, html]) => [kind, prepareRichText(html).html]),
    ) as ConversationTemplates;
    ctx.repos.settings.set('conversationTemplates', JSON.stringify(cleaned));
    return cleaned;
  },
});
