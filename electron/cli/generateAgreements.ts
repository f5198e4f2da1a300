/**
 * Synthetic agreements for `generate` (generateData.ts): per region, with themes, parties and
 * owners from that region, financing, a realistic status mix with a consistent status history,
 * progress updates, a few reviews, and audit entries as the handlers write them.
 */
import { agreementCreationChanges, atCreation, flatAgreement } from '../../db/creation';
import { recordCreationChanges, type Collections } from '../../db/exchange';
import { EMPTY_TEXT_FIELDS } from '../../shared/schemas/agreement';
import {
  AGREEMENT_PARTY_ROLES,
  FINANCING_STREAMS,
  REVIEW_VERDICT_LABELS,
  type AgreementStatus,
  type FinancingStream,
} from '../../shared/domain';
import {
  AGREEMENT_ACTIONS,
  AGREEMENT_GOALS,
  AGREEMENT_SUBJECTS,
  AGREEMENT_SUFFIXES,
  DEKKING_BY,
  FIRST,
  LAST,
  PROGRESS_TEXTS,
  REVIEW_REMARKS,
} from './syntheticNames';

const DAY = 86_400_000;
const MAIN: AgreementStatus[] = [
  'concept',
  'in_bespreking',
  'vastgesteld',
  'in_uitvoering',
  'afgerond',
];
/** Target status by weight: mostly running agreements, some drafts, some closed. */
const WEIGHTS: [AgreementStatus, number][] = [
  ['concept', 10],
  ['in_bespreking', 10],
  ['vastgesteld', 20],
  ['in_uitvoering', 40],
  ['afgerond', 12],
  ['vervallen', 8],
];

export interface Random {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(list: readonly T[]) => T;
  uuid: () => string;
}

export interface AgreementWorld {
  rnd: Random;
  now: Date;
  actor: string;
  data: Collections;
  themes: readonly { id: string; name: string }[];
  /** Per region index: the indices of its parties and of its people in data.parties/contacts. */
  regionParties: number[][];
  regionContacts: number[][];
  /** Agreements per region index. */
  counts: number[];
}

function pickWeighted(rnd: Random): AgreementStatus {
  let n = rnd.int(100);
  for (const [status, w] of WEIGHTS) {
    if (n < w) return status;
    n -= w;
  }
  return 'in_uitvoering';
}

/** The statuses an agreement went through to reach `target`. */
function pathTo(target: AgreementStatus, rnd: Random): AgreementStatus[] {
  if (target !== 'vervallen') return MAIN.slice(0, MAIN.indexOf(target) + 1);
  return [...MAIN.slice(0, 1 + rnd.int(4)), 'vervallen'];
}

export function generateAgreements(w: AgreementWorld): void {
  const { rnd, now, data, actor } = w;
  const day = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
  /** A moment `daysAgo` days back; `k` orders moments on the same day. */
  const at = (daysAgo: number, k: number) =>
    new Date(now.getTime() - daysAgo * DAY - (200 - k) * 60_000).toISOString();
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(list.length, min + rnd.int(max - min + 1));
    const out = new Set<T>();
    while (out.size < n) out.add(rnd.pick(list));
    return [...out];
  };
  // One agreement's history, put in the order it happened before it joins the log.
  let history: Collections['auditLog'] = [];
  const audit = (
    entity: 'agreement' | 'progressUpdate',
    entityId: string,
    action: 'create' | 'update',
    when: string,
    changes: Collections['auditLog'][number]['changes'],
  ) => history.push({ entity, entityId, action, at: when, actor, changes });

  w.counts.forEach((count, region) => {
    const regionId = data.regions[region]!.id;
    const parties = w.regionParties[region]!;
    const contacts = w.regionContacts[region]!;
    for (let n = 0; n < count; n++) {
      const target = pickWeighted(rnd);
      const path = pathTo(target, rnd);
      const createdAgo = 30 + rnd.int(1100);
      // Days ago of each step: strictly after creation, never in the future.
      const stepDays = [createdAgo];
      for (let s = 1; s < path.length; s++) {
        const prev = stepDays[s - 1]!;
        stepDays.push(
          Math.max(0, prev - 1 - rnd.int(Math.max(1, Math.floor(prev / (path.length - s + 1))))),
        );
      }
      const id = rnd.uuid();
      const createdAt = at(createdAgo, 0);
      const adoptedIndex = path.indexOf('vastgesteld');
      const adoptedOn = adoptedIndex >= 0 ? day(stepDays[adoptedIndex]!) : null;
      const final = target === 'afgerond' || target === 'vervallen';
      // In days ago (negative: in the future).
      const startAgo = adoptedOn
        ? stepDays[adoptedIndex]! - rnd.int(60)
        : rnd.next() < 0.3
          ? -30 - rnd.int(200)
          : null;
      const startDate = startAgo === null ? null : day(startAgo);
      const endDate =
        startAgo !== null && rnd.next() < 0.5 ? day(startAgo - 365 - rnd.int(730)) : null;
      const nextEvaluation =
        !final && (adoptedOn ? rnd.next() < 0.85 : rnd.next() < 0.3)
          ? day(120 - rnd.int(420))
          : null;
      const granted = adoptedOn !== null && rnd.next() < 0.8;
      const themeList = some(w.themes, 1, 3);
      const partyList = some(parties, 1, 6).map((p, i) => ({
        partyId: data.parties[p]!.id,
        name: data.parties[p]!.name,
        role: i === 0 ? ('trekker' as const) : rnd.pick(AGREEMENT_PARTY_ROLES.slice(1)),
      }));
      const financing = FINANCING_STREAMS.filter(() => rnd.next() < 0.5);
      if (financing.length === 0) financing.push(rnd.pick(FINANCING_STREAMS) as FinancingStream);
      const place = data.regions[region]!.name.replace(/^Regio /, '').replace(/ \d+$/, '');
      const record = {
        id,
        createdAt,
        updatedAt: createdAt,
        deletedAt: null,
        trashGroup: null,
        regionId,
        title: `${rnd.pick(AGREEMENT_SUBJECTS)}${rnd.pick(AGREEMENT_SUFFIXES)} ${place} ${n + 1}`,
        ...EMPTY_TEXT_FIELDS,
        caseNumber: rnd.next() < 0.6 ? `Z/${2020 + (n % 7)}/${String(100000 + n).slice(1)}` : '',
        descriptionHtml:
          `<p>${rnd.pick(AGREEMENT_GOALS)}</p><ul>` +
          some(AGREEMENT_ACTIONS, 2, 3)
            .map((a) => `<li>${a}</li>`)
            .join('') +
          '</ul><p><strong>Resultaat:</strong> een sluitende aanpak in de hele regio.</p>',
        status: target,
        ownerId: contacts.length && rnd.next() < 0.9 ? data.contacts[rnd.pick(contacts)]!.id : null,
        adoptedOn,
        startDate,
        endDate,
        nextEvaluation,
        dekking: {
          granted,
          by: granted ? rnd.pick(DEKKING_BY) : '',
          on: granted ? adoptedOn : null,
        },
        confidential: rnd.next() < 0.05,
        reviewRequestedOn: null as string | null,
        themeIds: themeList.map((t) => t.id),
        parties: partyList.map(({ partyId, role }) => ({ partyId, role })),
        financing,
        decisionLinks: [],
      };
      data.agreements.push(record);
      audit(
        'agreement',
        id,
        'create',
        createdAt,
        agreementCreationChanges(atCreation(flatAgreement(record)), {
          themes: themeList.map((t) => t.name),
          parties: partyList,
          financing: record.financing,
        }),
      );

      path.forEach((to, s) => {
        const when = at(stepDays[s]!, s);
        data.agreementStatusChanges.push({
          id: rnd.uuid(),
          agreementId: id,
          from: s === 0 ? null : path[s - 1]!,
          to,
          on: day(stepDays[s]!),
          at: when,
          actor,
          note: '',
          reason: to === 'vervallen' ? 'Opgegaan in een bredere regionale aanpak.' : '',
        });
        if (s === 0) return;
        const changes: Collections['auditLog'][number]['changes'] = {
          status: { from: path[s - 1]!, to },
        };
        if (to === 'vastgesteld') changes.adoptedOn = { from: null, to: adoptedOn };
        audit('agreement', id, 'update', when, changes);
      });

      const updates = adoptedOn ? 1 + rnd.int(3) : rnd.next() < 0.3 ? 1 : 0;
      const fromDays = adoptedOn ? stepDays[adoptedIndex]! : createdAgo;
      for (let u = 0; u < updates; u++) {
        const daysAgo = rnd.int(fromDays + 1);
        const p = {
          id: rnd.uuid(),
          createdAt: at(daysAgo, 100 + u),
          updatedAt: at(daysAgo, 100 + u),
          deletedAt: null,
          trashGroup: null,
          agreementId: id,
          on: day(daysAgo),
          text: rnd.pick(PROGRESS_TEXTS),
          statusChangeId: null,
          actor,
        };
        data.progressUpdates.push(p);
        audit(
          'progressUpdate',
          p.id,
          'create',
          p.createdAt,
          recordCreationChanges('progressUpdate', p),
        );
      }

      const r = rnd.next();
      if (r < 0.06) {
        const requestedAgo = 10 + rnd.int(150);
        record.reviewRequestedOn = day(requestedAgo);
        audit('agreement', id, 'update', at(requestedAgo, 150), {
          reviewRequestedOn: { from: null, to: record.reviewRequestedOn },
        });
        if (r < 0.04) {
          const reviewAgo = rnd.int(requestedAgo);
          const verdict = rnd.next() < 0.7 ? ('akkoord' as const) : ('opmerking' as const);
          const reviewerName = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
          const review = {
            id: rnd.uuid(),
            agreementId: id,
            reviewerName,
            on: day(reviewAgo),
            verdict,
            remark: verdict === 'opmerking' ? rnd.pick(REVIEW_REMARKS) : '',
            createdAt: at(reviewAgo, 160),
          };
          data.agreementReviews.push(review);
          audit('agreement', id, 'update', review.createdAt, {
            review: { from: null, to: `${REVIEW_VERDICT_LABELS[verdict]} van ${reviewerName}` },
          });
        }
      }
      history.sort((x, y) => x.at.localeCompare(y.at));
      for (const entry of history) data.auditLog.push(entry);
      record.updatedAt = history
        .filter((e) => e.entity === 'agreement')
        .reduce((last, e) => (e.at > last ? e.at : last), createdAt);
      history = [];
    }
  });
}
