/**
 * Import checks for the afsprakenregister's collections (docs/exchange-format.md, importregels):
 * nested themes and parties, status history that ends in the agreement's status, progress and
 * reviews that belong to an agreement. Used by exchangeImport.ts.
 */
import type { Db } from '../../db';
import { createActivityLookup, type ActivityTable } from '../../db/exchangeAgreements';
import { transitionProblem } from '../../shared/agreementStatus';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus, type Entity } from '../../shared/domain';
import type { ExchangeDocument } from '../../shared/exchange/schema';

type Known = { deleted: boolean };
export interface CheckHelpers {
  add: (path: string, message: string) => void;
  conflict: (path: string, message: string) => void;
  /** A row in the file or the database (themes after matching by name); null when nowhere. */
  resolve: (entity: Entity, id: string) => Known | null;
  /** File theme id → the id it gets in this database. */
  theme: (id: string) => string;
}

const label = (s: string) =>
  AGREEMENT_STATUS_LABELS[s as keyof typeof AGREEMENT_STATUS_LABELS].toLowerCase();
export const NOWHERE = 'staat niet in het bestand en ook niet in deze database.';

/** Duplicate values in a nested list, reported at the second occurrence. */
export function noDuplicates(values: string[], path: string, what: string, h: CheckHelpers) {
  const seen = new Set<string>();
  values.forEach((v, j) => {
    if (seen.has(v)) h.add(`${path}[${j}]`, `${what} staat er dubbel in.`);
    seen.add(v);
  });
}

/** Ids of rows without an entity (status changes, reviews): unique in the file and new to the database. */
function newIds(
  stored: ReturnType<typeof createActivityLookup>,
  table: ActivityTable,
  records: { id: string }[],
  collection: string,
  what: string,
  h: CheckHelpers,
) {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id))
      h.add(`${collection}[${i}].id`, 'Deze id komt meer dan eens voor in het bestand.');
    else if (stored(table, r.id))
      h.conflict(`${collection}[${i}].id`, `${what} met id ${r.id} bestaat al in deze database.`);
    seen.add(r.id);
  });
}

export function checkAgreements(db: Db, doc: ExchangeDocument, h: CheckHelpers) {
  const stored = createActivityLookup(db);
  const inFile = new Set(doc.agreements.map((a) => a.id));
  doc.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    if (a.startDate && a.endDate && a.endDate < a.startDate) {
      h.add(`${path}.endDate`, 'De einddatum ligt vóór de startdatum.');
    }
    if (a.dekking.granted && !a.dekking.by.trim()) {
      h.add(`${path}.dekking.by`, 'Bij bestuurlijke dekking hoort door wie of in welk overleg.');
    }
    // Deleted themes, parties and owners may stay linked (shown as absent), unknown ones not.
    a.themeIds.forEach((t, j) => {
      if (!h.resolve('theme', t)) h.add(`${path}.themeIds[${j}]`, `Thema ${t} ${NOWHERE}`);
    });
    noDuplicates(a.themeIds.map(h.theme), `${path}.themeIds`, 'Dit thema', h);
    a.parties.forEach((p, j) => {
      if (!h.resolve('party', p.partyId)) {
        h.add(`${path}.parties[${j}].partyId`, `Partij ${p.partyId} ${NOWHERE}`);
      }
    });
    noDuplicates(
      a.parties.map((p) => p.partyId),
      `${path}.parties`,
      'Deze partij',
      h,
    );
    noDuplicates(a.financing, `${path}.financing`, 'Deze financieringsstroom', h);
    noDuplicates(
      a.decisionLinks.map((d) => d.decisionId),
      `${path}.decisionLinks`,
      'Dit besluit',
      h,
    );
  });

  newIds(
    stored,
    'agreement_status_change',
    doc.agreementStatusChanges,
    'agreementStatusChanges',
    'Statuswijziging',
    h,
  );
  newIds(stored, 'agreement_review', doc.agreementReviews, 'agreementReviews', 'Beoordeling', h);

  // The status history of each agreement in the file: a chain from nothing to its status.
  const history = new Map<
    string,
    { index: number; from: string | null; to: string; at: string; reason: string }[]
  >();
  doc.agreementStatusChanges.forEach((c, i) => {
    const path = `agreementStatusChanges[${i}].agreementId`;
    if (!inFile.has(c.agreementId)) {
      h.add(
        path,
        h.resolve('agreement', c.agreementId)
          ? 'Een statuswijziging kan alleen samen met haar afspraak worden ingelezen.'
          : `Afspraak ${c.agreementId} ${NOWHERE}`,
      );
      return;
    }
    const list = history.get(c.agreementId) ?? [];
    list.push({ index: i, from: c.from, to: c.to, at: c.at, reason: c.reason });
    history.set(c.agreementId, list);
  });
  doc.agreements.forEach((a, i) => {
    const changes = (history.get(a.id) ?? []).sort((x, y) => x.at.localeCompare(y.at));
    if (changes.length === 0) {
      h.add(
        `agreements[${i}].status`,
        'Deze afspraak heeft geen statusgeschiedenis (agreementStatusChanges).',
      );
      return;
    }
    let previous: string | null = null;
    for (const c of changes) {
      if (c.from !== previous) {
        h.add(
          `agreementStatusChanges[${c.index}].from`,
          previous
            ? `Deze statuswijziging hoort te beginnen bij ${label(previous)}, de vorige status.`
            : 'De eerste statuswijziging van een afspraak begint bij niets (from: null).',
        );
      } else if (previous === null && c.to !== 'concept') {
        h.add(
          `agreementStatusChanges[${c.index}].to`,
          'Een afspraak begint als concept; de eerste statuswijziging gaat naar concept.',
        );
      } else if (previous !== null) {
        // The same lifecycle rules as in the app: only allowed steps, vervallen with a reason.
        const problem = transitionProblem(previous as AgreementStatus, c.to as AgreementStatus, {
          reason: c.reason,
        });
        if (problem) {
          h.add(
            `agreementStatusChanges[${c.index}].${problem.path === 'reason' ? 'reason' : 'to'}`,
            problem.message,
          );
        }
      }
      previous = c.to;
    }
    if (previous !== a.status) {
      h.add(
        `agreements[${i}].status`,
        `De status (${label(a.status)}) is niet die van de laatste statuswijziging (${label(previous!)}).`,
      );
    }
  });

  const changeInFile = new Set(doc.agreementStatusChanges.map((c) => c.id));

  // Progress and reviews, like status changes, come only with their agreement (no forged
  // "akkoord" or back-dated progress on an agreement already stored).
  const onlyWithAgreement = (
    collection: 'progressUpdates' | 'agreementReviews',
    records: { agreementId: string }[],
    refused: string,
  ) =>
    records.forEach((r, i) => {
      if (inFile.has(r.agreementId)) return;
      const path = `${collection}[${i}].agreementId`;
      if (h.resolve('agreement', r.agreementId)) h.add(path, refused);
      // Progress is a record: its missing agreement is reported with the other references.
      else if (collection === 'agreementReviews')
        h.add(path, `Afspraak ${r.agreementId} ${NOWHERE}`);
    });
  onlyWithAgreement(
    'progressUpdates',
    doc.progressUpdates,
    'Een voortgangsbericht kan alleen samen met zijn afspraak worden ingelezen.',
  );
  doc.progressUpdates.forEach((p, i) => {
    const id = p.statusChangeId;
    if (id && !changeInFile.has(id)) {
      h.add(
        `progressUpdates[${i}].statusChangeId`,
        stored('agreement_status_change', id)
          ? 'Een voortgangsbericht kan alleen verwijzen naar een statuswijziging uit hetzelfde bestand.'
          : `Statuswijziging ${id} ${NOWHERE}`,
      );
    }
  });
  onlyWithAgreement(
    'agreementReviews',
    doc.agreementReviews,
    'Een beoordeling kan alleen samen met haar afspraak worden ingelezen.',
  );
}
