/**
 * Besluiten and afspraken: a besluit changes an existing afspraak (its status, its bestuurlijke
 * dekking "vastgesteld in …") and both then show the link. Making a new afspraak from a besluit
 * goes through agreements.create with `fromDecisionId`. Links are not part of the minutes, so
 * they can be made after the minutes are vastgesteld (that is when agreements usually follow).
 */
import { DomainError } from '../../shared/api/result';
import { formatDateNl } from '../../shared/dates';
import { decisionLinkProblem } from '../../shared/decisionLinkRule';
import { checkStatusDate, checkTransition, requireAgreement } from './agreements';
import { today, writer } from './context';
import { defineHandlers } from './handler';
import { requireLiveDecision } from './lookups';
import { ok } from './ok';

const NOTE_MAX = 2000;
const DEKKING_BY_MAX = 300;

export const decisionLinkHandlers = defineHandlers({
  'decisions.applyToAgreement': (ctx, { decisionId, agreementId, to, reason, dekking }) => {
    const { decision, meeting } = requireLiveDecision(ctx, decisionId, 'decisionId');
    let agreement = requireAgreement(ctx, agreementId, 'agreementId');
    const otherRegion = decisionLinkProblem({
      agreement: agreement.regionId,
      decision: meeting.regionId,
    });
    if (otherRegion) {
      throw new DomainError('invalid_input', otherRegion, [
        { path: 'agreementId', message: otherRegion },
      ]);
    }
    // Everything is checked before anything is written: all of a besluit's changes, or none.
    const changesStatus = to !== null && to !== agreement.status;
    if (changesStatus) checkTransition(agreement.status, to, reason, 'to');
    if ((changesStatus || dekking) && meeting.date > today(ctx)) {
      const message =
        'Dit overleg moet nog plaatsvinden; status en bestuurlijke dekking veranderen pas als het besluit genomen is.';
      const paths = [...(changesStatus ? ['to'] : []), ...(dekking ? ['dekking'] : [])];
      throw new DomainError(
        'invalid_input',
        message,
        paths.map((path) => ({ path, message })),
      );
    }
    if (changesStatus) checkStatusDate(ctx, meeting.date, 'to');

    const taken = `${meeting.title} van ${formatDateNl(meeting.date)}`;
    const w = writer(ctx);
    if (changesStatus) {
      const note = `Besluit in ${taken}: ${decision.text}`.slice(0, NOTE_MAX);
      agreement = ctx.repos.agreements.transition(
        agreement,
        { to, on: meeting.date, note, reason },
        w,
      ).agreement;
    }
    if (dekking) {
      agreement = ctx.repos.agreements.setDekking(
        agreement,
        { granted: true, by: taken.slice(0, DEKKING_BY_MAX), on: meeting.date },
        w,
      );
    }
    ctx.repos.decisionLinks.link(agreement.id, decision.id, 'changed');
    return agreement;
  },

  'decisions.unlink': (ctx, { decisionId, agreementId }) => {
    if (!ctx.repos.decisionLinks.unlink(agreementId, decisionId)) {
      throw new DomainError('not_found', 'Dit besluit en deze afspraak zijn niet gekoppeld.');
    }
    return ok;
  },
});
