/**
 * The Voorbeelddossier's agreements (demoAgreementsData.ts) as exchange records, with their
 * status history, progress, reviews and the audit entries the handlers would have written.
 */
import { agreementCreationChanges, atCreation, flatAgreement } from '../../db/creation';
import { recordCreationChanges } from '../../db/exchange';
import { REVIEW_VERDICT_LABELS } from '../../shared/domain';
import type { ExchangeDocument } from '../../shared/exchange/schema';
import { DEMO_AGREEMENTS, DEMO_REVIEWER } from './demoAgreementsData';
import { EMPTY_TEXT_FIELDS } from '../../shared/schemas/agreement';

type AuditEntry = ExchangeDocument['auditLog'][number];
const DAY = 86_400_000;

export interface DemoWorld {
  now: Date;
  actor: string;
  regionId: string;
  /** Fixed demo ids: kind 7 agreements, 8 status changes, 9 progress, 10 reviews. */
  demoId: (kind: number, n: number) => string;
  themeId: (name: string) => string;
  partyId: (name: string) => string;
  /** The owner for a spec's `owner` (a party's ambtelijk aanspreekpunt or the coordinator). */
  ownerId: (owner: string) => string;
}

export function addDemoAgreements(doc: ExchangeDocument, w: DemoWorld): void {
  /** A moment `daysAgo` days back; `k` orders moments within one day. */
  const at = (daysAgo: number, k = 0) =>
    new Date(w.now.getTime() - daysAgo * DAY - (120 - k * 5) * 60_000).toISOString();
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10);
  let changeN = 0;
  let progressN = 0;
  let reviewN = 0;

  DEMO_AGREEMENTS.forEach((spec, i) => {
    const history: AuditEntry[] = [];
    const audit = (e: Omit<AuditEntry, 'actor'>) => history.push({ ...e, actor: w.actor });
    const id = w.demoId(7, i + 1);
    const [, createdAgo] = spec.steps[0]!;
    const createdAt = at(createdAgo);
    const adopted = spec.steps.find(([s]) => s === 'vastgesteld');
    const record = {
      id,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      regionId: w.regionId,
      title: spec.title,
      ...EMPTY_TEXT_FIELDS,
      caseNumber: spec.caseNumber ?? '',
      descriptionHtml: spec.description,
      status: spec.steps.at(-1)![0],
      ownerId: spec.owner ? w.ownerId(spec.owner) : null,
      adoptedOn: adopted ? day(adopted[1]) : null,
      startDate: spec.start === undefined ? null : day(spec.start),
      endDate: spec.end === undefined ? null : day(spec.end),
      nextEvaluation: spec.evaluation === undefined ? null : day(spec.evaluation),
      dekking: spec.dekking
        ? { granted: true, by: spec.dekking[0], on: day(spec.dekking[1]) }
        : { granted: false, by: '', on: null },
      confidential: spec.confidential ?? false,
      reviewRequestedOn: spec.review ? day(spec.review.requested) : null,
      themeIds: spec.themes.map(w.themeId),
      parties: spec.parties.map(([name, role]) => ({ partyId: w.partyId(name), role })),
      financing: spec.financing,
      decisionLinks: [],
    };
    doc.agreements.push(record);
    audit({
      entity: 'agreement',
      entityId: id,
      action: 'create',
      at: createdAt,
      changes: agreementCreationChanges(
        // Bestuurlijke dekking came later (below).
        atCreation(flatAgreement({ ...record, dekking: { granted: false, by: '', on: null } })),
        {
          themes: spec.themes,
          parties: spec.parties.map(([name, role]) => ({ name, role })),
          financing: record.financing,
        },
      ),
    });

    spec.steps.forEach(([to, daysAgo], s) => {
      const from = s === 0 ? null : spec.steps[s - 1]![0];
      const when = at(daysAgo, s);
      doc.agreementStatusChanges.push({
        id: w.demoId(8, ++changeN),
        agreementId: id,
        from,
        to,
        on: day(daysAgo),
        at: when,
        actor: w.actor,
        note: '',
        reason: to === 'vervallen' ? (spec.reason ?? '') : '',
      });
      if (!from) return;
      const changes: AuditEntry['changes'] = { status: { from, to } };
      if (to === 'vastgesteld') changes.adoptedOn = { from: null, to: record.adoptedOn };
      audit({ entity: 'agreement', entityId: id, action: 'update', at: when, changes });
    });

    if (spec.dekking) {
      const { by, on } = record.dekking;
      audit({
        entity: 'agreement',
        entityId: id,
        action: 'update',
        at: at(spec.dekking[1], 8),
        changes: {
          dekkingGranted: { from: false, to: true },
          dekkingBy: { from: '', to: by },
          dekkingOn: { from: null, to: on },
        },
      });
    }

    for (const [daysAgo, text] of spec.progress ?? []) {
      const when = at(daysAgo, 10);
      const p = {
        id: w.demoId(9, ++progressN),
        createdAt: when,
        updatedAt: when,
        deletedAt: null,
        agreementId: id,
        on: day(daysAgo),
        text,
        statusChangeId: null,
        actor: w.actor,
      };
      doc.progressUpdates.push(p);
      audit({
        entity: 'progressUpdate',
        entityId: p.id,
        action: 'create',
        at: when,
        changes: recordCreationChanges('progressUpdate', p),
      });
    }

    const review = spec.review;
    if (review) {
      audit({
        entity: 'agreement',
        entityId: id,
        action: 'update',
        at: at(review.requested, 20),
        changes: { reviewRequestedOn: { from: null, to: record.reviewRequestedOn } },
      });
      if (review.on !== undefined && review.verdict) {
        const r = {
          id: w.demoId(10, ++reviewN),
          agreementId: id,
          reviewerName: DEMO_REVIEWER,
          on: day(review.on),
          verdict: review.verdict,
          remark: review.remark ?? '',
          createdAt: at(review.on, 20),
        };
        doc.agreementReviews.push(r);
        audit({
          entity: 'agreement',
          entityId: id,
          action: 'update',
          at: r.createdAt,
          changes: {
            review: { from: null, to: `${REVIEW_VERDICT_LABELS[r.verdict]} van ${DEMO_REVIEWER}` },
          },
        });
      }
    }
    history.sort((x, y) => x.at.localeCompare(y.at));
    doc.auditLog.push(...history);
    record.updatedAt = history
      .filter((e) => e.entity === 'agreement' && !e.changes.review)
      .reduce((last, e) => (e.at > last ? e.at : last), createdAt);
  });
}
