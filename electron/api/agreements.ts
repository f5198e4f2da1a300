import { agreementValuesOf } from '../../shared/agreementValues';
import { assertBaseCurrent } from '../../shared/api/staleBase';
/**
 * Writing and reading one agreement: create, update, lifecycle transitions, progress, review
 * requests and reviews, delete. References are checked here with Dutch messages and the JSON path
 * of the offending field; the dispatcher's transaction makes every call all-or-nothing.
 */
import type { AgreementInput } from '../../db/agreements';
import type { ParsedInput } from '../../shared/api/contract';
import { DomainError, type FieldIssue } from '../../shared/api/result';
import {
  allowedTransitions,
  isEvaluationOverdue,
  transitionProblem,
  UNDO_TRANSITION_MINUTES,
} from '../../shared/agreementStatus';
import { formatDateNl } from '../../shared/dates';
import { decisionLinkProblem } from '../../shared/decisionLinkRule';
import type { AgreementStatus } from '../../shared/domain';
import type { Agreement, AgreementDetail } from '../../shared/schemas/agreement';
import { buildTimeline } from './agreementTimeline';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { nameResolver } from './historyText';
import { deleteImpact } from './impact';
import { requireLiveDecision, requireRegion } from './lookups';
import { ok } from './ok';
import { prepareRichText } from '../text/richText';
import { withNoun } from '../../shared/withNoun';

type Fields = ParsedInput<'agreements.create'> | ParsedInput<'agreements.update'>;

const invalid = (issues: FieldIssue[]) => {
  const [first] = issues;
  const more = issues.length > 1 ? ` (en nog ${issues.length - 1} andere)` : '';
  return new DomainError('invalid_input', `${first!.message}${more}`, issues);
};

export function requireAgreement(ctx: ApiContext, id: string, path?: string): Agreement {
  const found = ctx.repos.agreements.find(id);
  if (!found || found.deletedAt) {
    const message = 'Deze afspraak bestaat niet (meer).';
    throw new DomainError('not_found', message, path ? [{ path, message }] : undefined);
  }
  return found;
}

/**
 * Themes, parties and owner must exist. New links need a live theme that is not archived and a
 * live party or person; links the agreement already has may stay (also to an archived theme).
 */
function checkReferences(ctx: ApiContext, input: Fields, before: Agreement | null) {
  const issues: FieldIssue[] = [];
  const themeIds = new Set(before ? ctx.repos.agreements.links.themeIds(before.id) : []);
  const partyIds = new Set(before ? ctx.repos.agreements.links.partyIds(before.id) : []);
  input.themeIds.forEach((id, i) => {
    const theme = ctx.repos.themes.find(id);
    const path = `themeIds[${i}]`;
    if (!theme || (theme.deletedAt && !themeIds.has(id))) {
      issues.push({ path, message: 'Dit thema bestaat niet (meer).' });
    } else if (theme.archivedAt && !themeIds.has(id)) {
      issues.push({
        path,
        message: `${withNoun('Thema', theme.name)} is gearchiveerd; kies een actief thema.`,
      });
    }
  });
  input.parties.forEach(({ partyId }, i) => {
    const party = ctx.repos.parties.find(partyId);
    if (!party || (party.deletedAt && !partyIds.has(partyId))) {
      issues.push({ path: `parties[${i}].partyId`, message: 'Deze partij bestaat niet (meer).' });
    }
  });
  if (input.ownerId && input.ownerId !== before?.ownerId) {
    const owner = ctx.repos.contacts.find(input.ownerId);
    if (!owner || owner.deletedAt) {
      issues.push({
        path: 'ownerId',
        message: 'Deze persoon bestaat niet (meer); kies een andere eigenaar.',
      });
    }
  }
  if (issues.length) throw invalid(issues);
}

/** An agreement made from a besluit belongs to the region where the besluit was taken. */
function checkOrigin(ctx: ApiContext, decisionId: string, regionId: string) {
  const { meeting } = requireLiveDecision(ctx, decisionId, 'fromDecisionId');
  if (decisionLinkProblem({ agreement: regionId, decision: meeting.regionId })) {
    throw invalid([
      {
        path: 'fromDecisionId',
        message: 'Dit besluit is genomen in een overleg van een andere regio.',
      },
    ]);
  }
}

function toInput({
  regionId: _region,
  id: _id,
  fromDecisionId: _origin,
  ...input
}: Fields & { regionId?: string; id?: string; fromDecisionId?: string | null }): AgreementInput {
  const description = prepareRichText(input.descriptionHtml);
  return {
    ...input,
    descriptionHtml: description.html,
    descriptionText: description.text,
    // "Nog niet" verleend: who and when are not kept (they would show up in history and CSV).
    dekking: input.dekking.granted ? input.dekking : { granted: false, by: '', on: null },
  };
}

/** Dates of what happened (progress, reviews, status changes) cannot lie in the future. */
function checkNotFuture(ctx: ApiContext, on: string, path: string, what: string) {
  if (on > today(ctx)) {
    const message = `${what} kan niet later dan vandaag (${formatDateNl(today(ctx))}) gedateerd zijn.`;
    throw new DomainError('invalid_input', message, [{ path, message }]);
  }
}

/**
 * A status change is dated today or earlier. (It may lie before earlier changes: an agreement
 * made months ago is often entered today and then moved through its statuses with their dates.)
 */
export function checkStatusDate(ctx: ApiContext, on: string, path: string) {
  checkNotFuture(ctx, on, path, 'Een statuswijziging');
}

export function checkTransition(
  from: AgreementStatus,
  to: AgreementStatus,
  reason: string,
  toPath: string,
) {
  const problem = transitionProblem(from, to, { reason });
  if (problem) {
    throw invalid([
      { path: problem.path === 'to' ? toPath : problem.path, message: problem.message },
    ]);
  }
}

export function agreementDetail(ctx: ApiContext, a: Agreement): AgreementDetail {
  const repo = ctx.repos.agreements;
  const owner = a.ownerId ? ctx.repos.contacts.find(a.ownerId) : null;
  const statusHistory = repo.statusHistory(a.id);
  const progress = repo.progress(a.id);
  const fromPackages = new Map(
    ctx.repos.reviewPackages
      .reviewsFromPackages(a.id)
      .map(({ reviewId, packageId, packageCreatedAt, changed }) => [
        reviewId,
        { packageId, packageCreatedAt, changed: JSON.parse(changed) as string[] },
      ]),
  );
  const reviews = repo
    .reviews(a.id)
    .map((r) => ({ ...r, fromPackage: fromPackages.get(r.id) ?? null }));
  const timeline = buildTimeline(
    { statusHistory, progress, reviews, audit: ctx.repos.audit.forEntity('agreement', a.id) },
    nameResolver(ctx.repos),
  );
  return {
    ...a,
    regionName: ctx.repos.regions.find(a.regionId)?.name ?? '',
    evaluationOverdue: isEvaluationOverdue(a, today(ctx)),
    themes: repo.links.themes(a.id).map(({ id, name }) => ({ id, name })),
    parties: repo.links.parties(a.id),
    owner:
      owner && !owner.deletedAt
        ? { id: owner.id, name: owner.name, function: owner.function }
        : null,
    financing: repo.links.financing(a.id),
    allowedTransitions: [...allowedTransitions(a.status)],
    statusHistory,
    progress,
    reviews,
    reviewState: repo.reviewState(a.id),
    decisionLinks: ctx.repos.decisionLinks.ofAgreement(a.id),
    timeline,
  };
}

export const agreementHandlers = defineHandlers({
  'agreements.get': (ctx, { id }) => agreementDetail(ctx, requireAgreement(ctx, id)),

  'agreements.create': (ctx, { regionId, fromDecisionId, ...fields }) => {
    requireRegion(ctx, regionId, 'regionId');
    if (fromDecisionId) checkOrigin(ctx, fromDecisionId, regionId);
    checkReferences(ctx, { regionId, fromDecisionId, ...fields }, null);
    const created = ctx.repos.agreements.create(
      regionId,
      toInput({ regionId, fromDecisionId, ...fields }),
      today(ctx),
      writer(ctx),
    );
    if (fromDecisionId) ctx.repos.decisionLinks.link(created.id, fromDecisionId, 'created');
    return created;
  },

  'agreements.update': (ctx, { base, ...input }) => {
    const before = requireAgreement(ctx, input.id);
    if (base) {
      const { id: _id, ...fields } = input;
      const stored = agreementValuesOf(agreementDetail(ctx, before));
      assertBaseCurrent<Record<string, unknown>>('Deze afspraak is', stored, fields, base);
    }
    checkReferences(ctx, input, before);
    return ctx.repos.agreements.update(before, toInput(input), writer(ctx));
  },

  'agreements.transition': (ctx, { id, to, on, note, reason }) => {
    const before = requireAgreement(ctx, id);
    checkTransition(before.status, to, reason, 'to');
    checkStatusDate(ctx, on, 'on');
    return ctx.repos.agreements.transition(before, { to, on, note, reason }, writer(ctx)).agreement;
  },

  'agreements.undoTransition': (ctx, { id, status }) => {
    const before = requireAgreement(ctx, id);
    const [change] = ctx.repos.agreements.statusHistory(id);
    const ageMs = change ? ctx.clock().getTime() - Date.parse(change.at) : Infinity;
    const refuse = (message: string) => new DomainError('conflict', message);
    if (!change || change.from === null || before.status !== status || change.to !== status)
      throw refuse('Deze statuswijziging is niet meer de laatste; ongedaan maken kan niet.');
    if (ageMs > UNDO_TRANSITION_MINUTES * 60_000)
      throw refuse(
        `Ongedaan maken kan tot ${UNDO_TRANSITION_MINUTES} minuten na de statuswijziging. Kies zo nodig een nieuwe status.`,
      );
    if (ctx.repos.agreements.hasProgressFor(change.id))
      throw refuse(
        'Deze statuswijziging hoort bij een voortgangsbericht; ongedaan maken kan niet.',
      );
    return ctx.repos.agreements.undoTransition(before, change, writer(ctx));
  },

  /** A progress update, optionally with a status change: both in one transaction, linked. */
  'agreements.addProgress': (ctx, { agreementId, on, text, status, reason }) => {
    const before = requireAgreement(ctx, agreementId, 'agreementId');
    const w = writer(ctx);
    let statusChangeId: string | null = null;
    if (status) checkTransition(before.status, status, reason, 'status');
    checkNotFuture(ctx, on, 'on', 'De voortgang');
    if (status) {
      statusChangeId = ctx.repos.agreements.transition(
        before,
        { to: status, on, note: '', reason },
        w,
      ).change.id;
    }
    return ctx.repos.agreements.addProgress(agreementId, { on, text, statusChangeId }, w);
  },

  'agreements.requestReview': (ctx, { agreementIds, on }) => {
    agreementIds.forEach((id, i) => requireAgreement(ctx, id, `agreementIds[${i}]`));
    const w = writer(ctx);
    // The same agreement twice in a selection counts once.
    const unique = [...new Set(agreementIds)];
    for (const id of unique) ctx.repos.agreements.requestReview(requireAgreement(ctx, id), on, w);
    return { count: unique.length };
  },

  'agreements.review': (ctx, { agreementIds, reviewerName, on, verdict, remark }) => {
    agreementIds.forEach((id, i) => requireAgreement(ctx, id, `agreementIds[${i}]`));
    checkNotFuture(ctx, on, 'on', 'Een beoordeling');
    const w = writer(ctx);
    const unique = [...new Set(agreementIds)];
    for (const id of unique)
      ctx.repos.agreements.addReview(id, { reviewerName, on, verdict, remark }, w);
    return { count: unique.length };
  },

  'agreements.deleteImpact': (ctx, { id }) => {
    const a = requireAgreement(ctx, id);
    return deleteImpact(ctx.repos.trash.impact('agreement', id), `Afspraak ‘${a.title}’`);
  },
  'agreements.delete': (ctx, { id }) => {
    requireAgreement(ctx, id);
    ctx.repos.trash.softDelete('agreement', id, writer(ctx));
    return ok;
  },
});
