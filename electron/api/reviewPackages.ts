/**
 * The coordinator's side of "beoordelen op de eigen laptop" (issue 23): the packages of a region
 * and of an agreement, what a source would put in a package, and a response read in (Bestand →
 * Reactie inlezen…, a drop on the window, the CLI's review-import): each verdict becomes a review
 * of its agreement, audited as received from that package, in one transaction; a refusal changes
 * nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/api/result';
import { formatDateNl, todayIso } from '../../shared/dates';
import { parseReviewResponse, type AgreementSnapshotContent } from '../../shared/review/formats';
import { snapshotChanges } from '../../shared/review/snapshotChanges';
import type { PackageListRow } from '../../db/reviewPackages';
import { canonicalJson } from '../review/hash';
import { writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { agreementSnapshotOf, previewPackage } from './reviewPackageBuild';
import { requireRegion } from './lookups';

const NOTHING_READ = 'Er is niets ingelezen.';
const refuse = (message: string) => new DomainError('invalid_input', `${message} ${NOTHING_READ}`);

function item(row: PackageListRow, today: string) {
  return { ...row, overdue: row.responses === 0 && row.replyBy !== null && row.replyBy < today };
}

/** Reads a response's text in: checked whole first, then every verdict in one go. */
export function importReviewResponse(ctx: ApiContext, text: string, fileName: string) {
  const parsed = parseReviewResponse(text);
  if (!parsed.ok) throw refuse(parsed.message);
  const response = parsed.value;
  const repo = ctx.repos.reviewPackages;
  const pkg = repo.find(response.packageId);
  if (!pkg) {
    throw refuse(
      'Deze reactie hoort bij een beoordelingspakket dat niet in dit dossier is gemaakt (of dat is verwijderd).',
    );
  }
  if (pkg.reviewerId !== response.reviewer.id) {
    throw refuse(
      `Deze reactie is van ${response.reviewer.name}, maar het pakket was voor ${pkg.reviewerName}.`,
    );
  }
  const sent = new Map(repo.agreementsOf(pkg.id).map((a) => [a.agreementId, a]));
  // The reviewer's clock may run a little ahead; a day later is not a typo.
  const latest = todayIso(new Date(ctx.clock().getTime() + 24 * 60 * 60 * 1000));
  const checked = response.verdicts.map((v) => {
    const inPackage = sent.get(v.agreementId);
    if (!inPackage) throw refuse(`Afspraak ${v.agreementId} staat niet in dit beoordelingspakket.`);
    const title = (JSON.parse(inPackage.snapshot) as AgreementSnapshotContent).title;
    if (inPackage.hash !== v.hash) {
      throw refuse(
        `De controlecode bij ‘${title}’ klopt niet met het pakket: de reactie is veranderd nadat ze is opgeslagen.`,
      );
    }
    const agreement = ctx.repos.agreements.find(v.agreementId);
    if (!agreement || agreement.deletedAt) {
      throw refuse(
        `‘${title}’ bestaat niet meer in dit dossier. Zet de afspraak terug uit de Prullenbak en lees de reactie opnieuw in.`,
      );
    }
    if (v.on > latest) {
      throw refuse(
        `Het oordeel over ‘${title}’ is gedateerd op ${formatDateNl(v.on)}, na vandaag.`,
      );
    }
    return { v, agreement, snapshot: JSON.parse(inPackage.snapshot) as AgreementSnapshotContent };
  });

  const contentHash = createHash('sha256').update(canonicalJson(response), 'utf8').digest('hex');
  const summary = {
    packageId: pkg.id,
    regionId: pkg.regionId,
    reviewerName: pkg.reviewerName,
    packageCreatedAt: pkg.createdAt,
    generalRemark: response.generalRemark,
  };
  if (repo.responseByContent(pkg.id, contentHash)) {
    return {
      ...summary,
      alreadyRead: true,
      added: 0,
      alreadyThere: checked.length,
      earlierVersion: 0,
      verdicts: checked.map(({ v, agreement }) => ({
        agreementId: v.agreementId,
        title: agreement.title,
        verdict: v.verdict,
        remark: v.remark,
        on: v.on,
        added: false,
        changed: [],
      })),
    };
  }

  const w = writer(ctx);
  const responseId = randomUUID();
  repo.insertResponse({
    id: responseId,
    packageId: pkg.id,
    contentHash,
    savedAt: response.savedAt,
    receivedAt: w.now,
    generalRemark: response.generalRemark,
    fileName,
    actor: w.actor,
  });
  const key = (x: { agreementId: string; verdict: string; remark: string; on: string }) =>
    JSON.stringify([x.agreementId, x.verdict, x.remark, x.on]);
  const seen = new Set(repo.verdictsRead(pkg.id).map((r) => key({ ...r, on: r.onDate })));
  const received = `ontvangen uit het beoordelingspakket van ${formatDateNl(
    todayIso(new Date(pkg.createdAt)),
  )} (${fileName})`;
  const verdicts = checked.map(({ v, agreement, snapshot }) => {
    const base = {
      agreementId: v.agreementId,
      title: agreement.title,
      verdict: v.verdict,
      remark: v.remark,
      on: v.on,
    };
    if (seen.has(key(v))) return { ...base, added: false, changed: [] as string[] };
    seen.add(key(v));
    const { id: _id, hash: _hash, ...now } = agreementSnapshotOf(ctx, agreement);
    const { id: _sentId, ...sentContent } = snapshot;
    const changed = snapshotChanges(sentContent, now);
    const review = ctx.repos.agreements.addReview(
      v.agreementId,
      { reviewerName: pkg.reviewerName, on: v.on, verdict: v.verdict, remark: v.remark },
      w,
      {
        reviewPackage: {
          from: null,
          to: changed.length ? `${received}; beoordeeld op een eerdere versie` : received,
        },
      },
    );
    repo.insertVerdict({
      reviewId: review.id,
      responseId,
      packageId: pkg.id,
      reviewedHash: v.hash,
      changed: JSON.stringify(changed),
    });
    return { ...base, added: true, changed };
  });
  const added = verdicts.filter((v) => v.added);
  return {
    ...summary,
    alreadyRead: false,
    added: added.length,
    alreadyThere: verdicts.length - added.length,
    earlierVersion: added.filter((v) => v.changed.length > 0).length,
    verdicts,
  };
}

export const reviewPackageHandlers = defineHandlers({
  'reviewPackages.preview': (ctx, { source, includeConfidential }) => {
    const { chosen: _chosen, ...preview } = previewPackage(ctx, source, includeConfidential);
    return preview;
  },
  'reviewPackages.list': (ctx, { regionId }) => {
    requireRegion(ctx, regionId, 'regionId');
    const today = todayIso(ctx.clock());
    const packages = ctx.repos.reviewPackages.ofRegion(regionId).map((r) => item(r, today));
    return {
      packages,
      open: packages.filter((p) => p.responses === 0).length,
      overdue: packages.filter((p) => p.overdue).length,
    };
  },
  'reviewPackages.forAgreement': (ctx, { id }) => {
    const today = todayIso(ctx.clock());
    return {
      packages: ctx.repos.reviewPackages.ofAgreement(id).map((r) => item(r, today)),
      reviews: ctx.repos.reviewPackages.reviewsFromPackages(id).map((r) => ({
        ...r,
        changed: JSON.parse(r.changed) as string[],
      })),
    };
  },
  'reviewPackages.importResponse': (ctx, { text, fileName }) =>
    importReviewResponse(ctx, text, fileName),
});
