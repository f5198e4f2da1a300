/**
 * Making a beoordelingspakket (issue 23, docs/review-package.md): which agreements a source
 * gives, each agreement's snapshot as the reviewer needs it, and the package recorded in one
 * transaction that ends with writing the file (a file that cannot be written leaves nothing).
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/api/result';
import { formatDateNl, todayIso } from '../../shared/dates';
import { AGREEMENT_STATUS_LABELS } from '../../shared/domain';
import type { Agreement } from '../../shared/schemas/agreement';
import type { ReviewPackageRequest, ReviewPackageSource } from '../../shared/schemas/reviewPackage';
import {
  REVIEW_FORMAT_VERSION,
  REVIEW_MAX_AGREEMENTS,
  REVIEW_MAX_PROGRESS,
  REVIEW_PACKAGE_FORMAT,
  reviewPackage,
  type AgreementSnapshot,
  type ReviewPackage,
} from '../../shared/review/formats';
import { formatPath } from '../../shared/api/result';
import { agreementDetail, requireAgreement } from './agreements';
import { writer, type ApiContext } from './context';
import { runInTransaction } from './dispatch';
import { live, requireContact, requireRegion } from './lookups';
import { sealSnapshot } from '../review/hash';

const today = (ctx: ApiContext) => todayIso(ctx.clock());

/** The agreement as the package shows it, sealed with its hash (electron/review/hash.ts). */
export function agreementSnapshotOf(ctx: ApiContext, a: Agreement): AgreementSnapshot {
  const d = agreementDetail(ctx, a);
  const progress = [...d.progress]
    .sort((x, y) => y.on.localeCompare(x.on) || y.createdAt.localeCompare(x.createdAt))
    .slice(0, REVIEW_MAX_PROGRESS);
  return sealSnapshot({
    id: a.id,
    title: a.title,
    caseNumber: a.caseNumber,
    descriptionHtml: a.descriptionHtml,
    status: a.status,
    statusLabel: AGREEMENT_STATUS_LABELS[a.status],
    confidential: a.confidential,
    themes: d.themes.map((t) => t.name),
    parties: d.parties.map(({ name, type, role }) => ({ name, type, role })),
    owner: d.owner ? { name: d.owner.name, function: d.owner.function } : null,
    financing: d.financing,
    dekking: { granted: a.dekking.granted, by: a.dekking.by, on: a.dekking.on },
    dates: {
      adoptedOn: a.adoptedOn,
      startDate: a.startDate,
      endDate: a.endDate,
      nextEvaluation: a.nextEvaluation,
    },
    progress: progress.map((p) => ({ on: p.on, text: p.text })),
    decisions: d.decisionLinks.map((l) => ({
      text: l.text,
      meetingTitle: l.meetingTitle,
      meetingDate: l.meetingDate,
    })),
  });
}

/** The live agreements a source gives, in package order (confidential ones included). */
function sourceAgreements(ctx: ApiContext, source: ReviewPackageSource): Agreement[] {
  const repo = ctx.repos.reviewPackages;
  switch (source.kind) {
    case 'agreements':
      return [...new Set(source.agreementIds)].map((id, i) =>
        requireAgreement(ctx, id, `source.agreementIds[${i}]`),
      );
    case 'meeting': {
      live(ctx.repos.meetings.find(source.meetingId), 'Dit overleg', 'source.meetingId');
      return repo.meetingAgreements(source.meetingId).map((id) => requireAgreement(ctx, id));
    }
    case 'waiting':
      requireRegion(ctx, source.regionId, 'source.regionId');
      return repo.waiting(source.regionId).map((id) => requireAgreement(ctx, id));
  }
}

/** What a source gives: the agreements, which go in, and the region they belong to. */
export function previewPackage(
  ctx: ApiContext,
  source: ReviewPackageSource,
  includeConfidential: boolean,
) {
  const all = sourceAgreements(ctx, source);
  const regionIds = new Set(all.map((a) => a.regionId));
  if (regionIds.size > 1) {
    throw new DomainError(
      'invalid_input',
      'Een beoordelingspakket bevat afspraken van één regio; kies afspraken uit dezelfde regio.',
    );
  }
  const regionId =
    all[0]?.regionId ??
    (source.kind === 'waiting'
      ? source.regionId
      : source.kind === 'meeting'
        ? ctx.repos.meetings.find(source.meetingId)!.regionId
        : '');
  const region = requireRegion(ctx, regionId);
  const agreements = all.map((a) => ({
    id: a.id,
    title: a.title,
    confidential: a.confidential,
    included: includeConfidential || !a.confidential,
  }));
  const included = agreements.filter((a) => a.included).length;
  return {
    regionId,
    regionName: region.name,
    agreements,
    included,
    confidentialLeftOut: agreements.length - included,
    chosen: all.filter((a) => includeConfidential || !a.confidential),
  };
}

/** Why a package of this source cannot be made, in Dutch; null when it can. */
function emptyReason(p: ReturnType<typeof previewPackage>, source: ReviewPackageSource) {
  if (p.included > 0) return null;
  if (p.confidentialLeftOut > 0) {
    return `${p.confidentialLeftOut === 1 ? 'De gekozen afspraak is' : 'Alle gekozen afspraken zijn'} vertrouwelijk. Kies ‘Vertrouwelijke afspraken meenemen’ als ze in het pakket moeten.`;
  }
  return source.kind === 'meeting'
    ? 'Op de agenda van dit overleg staan geen afspraken.'
    : source.kind === 'waiting'
      ? 'Er zijn geen afspraken die wachten op een reactie.'
      : 'Kies minstens één afspraak.';
}

/**
 * Records the package and hands it to `write` (the file, or the file and its page), all in one
 * transaction: the package, its agreements with hash and snapshot, and on each agreement the
 * review request and "voorgelegd aan <naam>" in its history.
 */
export function makeReviewPackage(
  ctx: ApiContext,
  request: ReviewPackageRequest,
  write: (pkg: ReviewPackage) => void,
): ReviewPackage {
  return runInTransaction(ctx, (c) => {
    const preview = previewPackage(c, request.source, request.includeConfidential);
    const reason = emptyReason(preview, request.source);
    if (reason) throw new DomainError('invalid_input', reason);
    if (preview.included > REVIEW_MAX_AGREEMENTS) {
      throw new DomainError(
        'invalid_input',
        `Een pakket bevat hoogstens ${REVIEW_MAX_AGREEMENTS} afspraken; deze keuze heeft er ${preview.included}.`,
      );
    }
    const reviewer = requireContact(c, request.reviewerId, 'reviewerId');
    const profile = c.profile.get();
    if (!profile.userName.trim()) {
      throw new DomainError(
        'invalid_input',
        'Vul eerst uw naam in (Instellingen → Uw naam): de beoordelaar ziet van wie het pakket komt.',
      );
    }
    const w = writer(c);
    const pkg: ReviewPackage = {
      format: REVIEW_PACKAGE_FORMAT,
      version: REVIEW_FORMAT_VERSION,
      packageId: randomUUID(),
      createdAt: w.now,
      region: { id: preview.regionId, name: preview.regionName },
      reviewer: { id: reviewer.id, name: reviewer.name },
      sender: { name: profile.userName, organisation: profile.organisation },
      message: request.message,
      replyBy: request.replyBy,
      agreements: preview.chosen.map((a) => agreementSnapshotOf(c, a)),
    };
    const checked = reviewPackage.safeParse(pkg);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new DomainError(
        'invalid_input',
        `Dit pakket kan zo niet worden gemaakt (${formatPath(issue.path)}): ${issue.message}.`,
      );
    }
    const repo = c.repos.reviewPackages;
    repo.insertPackage({
      id: pkg.packageId,
      regionId: pkg.region.id,
      reviewerId: reviewer.id,
      reviewerName: reviewer.name,
      senderName: pkg.sender.name,
      senderOrganisation: pkg.sender.organisation,
      message: pkg.message,
      replyBy: pkg.replyBy,
      includeConfidential: request.includeConfidential ? 1 : 0,
      createdAt: pkg.createdAt,
      actor: w.actor,
    });
    const on = today(c);
    pkg.agreements.forEach((snapshot, position) => {
      const { hash, ...content } = snapshot;
      repo.insertAgreement({
        packageId: pkg.packageId,
        agreementId: snapshot.id,
        position,
        hash,
        snapshot: JSON.stringify(content),
      });
      const before = requireAgreement(c, snapshot.id);
      c.repos.agreements.requestReview(before, on, w);
      c.repos.audit.record('agreement', snapshot.id, 'update', w, {
        reviewPackage: {
          from: null,
          to: `voorgelegd aan ${reviewer.name} op ${formatDateNl(on)}`,
        },
      });
    });
    write(pkg);
    return pkg;
  });
}
