/**
 * The agreement lifecycle: concept → in bespreking → vastgesteld → in uitvoering → afgerond,
 * and vervallen from any state that is not final. One step back from "in bespreking" to
 * "concept" is allowed (the text goes back for rework). Pure rules, used by the handlers (which
 * enforce them) and the renderer (which offers only what is allowed).
 */
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from './domain';

export const TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  concept: ['in_bespreking', 'vervallen'],
  in_bespreking: ['vastgesteld', 'concept', 'vervallen'],
  vastgesteld: ['in_uitvoering', 'vervallen'],
  in_uitvoering: ['afgerond', 'vervallen'],
  afgerond: [],
  vervallen: [],
};

/** Where every agreement starts. */
export const INITIAL_STATUS: AgreementStatus = 'concept';
/** The status that adopts an agreement (sets adoptedOn when it has none). */
export const ADOPTED_STATUS: AgreementStatus = 'vastgesteld';
/** Statuses in which the agreement counts as agreed and running (for warnings and evaluations). */
export const ACTIVE_STATUSES: readonly AgreementStatus[] = ['vastgesteld', 'in_uitvoering'];
/** Statuses with no further transitions. */
export const FINAL_STATUSES: readonly AgreementStatus[] = ['afgerond', 'vervallen'];

/**
 * Transitions that settle something for others (the text is agreed, the work is done, the
 * agreement is dropped): the dialog asks for an explicit click or Ctrl+Enter, not a stray Enter.
 */
export const DELIBERATE_STATUSES: readonly AgreementStatus[] = [
  'vastgesteld',
  'afgerond',
  'vervallen',
];

/** How long the latest status change can be taken back ("Ongedaan maken"), in minutes. */
export const UNDO_TRANSITION_MINUTES = 10;

/**
 * "Evaluatie verlopen": the evaluation date lies before `day` (today) and the agreement is not
 * final. The server computes it (list and detail carry `evaluationOverdue`); the SQL filter and
 * the dashboard use the same rule (db/agreementSql.ts, built from FINAL_STATUSES).
 */
export function isEvaluationOverdue(
  a: { nextEvaluation: string | null; status: AgreementStatus },
  day: string,
): boolean {
  return a.nextEvaluation !== null && a.nextEvaluation < day && !FINAL_STATUSES.includes(a.status);
}

export function allowedTransitions(from: AgreementStatus): readonly AgreementStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why a transition is refused, in Dutch; null when it is allowed with these details. */
export function transitionProblem(
  from: AgreementStatus,
  to: AgreementStatus,
  details: { reason?: string | null },
): { path: string; message: string } | null {
  if (from === to) {
    return {
      path: 'to',
      message: `De afspraak is al ${AGREEMENT_STATUS_LABELS[to].toLowerCase()}.`,
    };
  }
  if (!canTransition(from, to)) {
    const options = TRANSITIONS[from].map((s) => AGREEMENT_STATUS_LABELS[s].toLowerCase());
    return {
      path: 'to',
      message:
        `Van ${AGREEMENT_STATUS_LABELS[from].toLowerCase()} naar ${AGREEMENT_STATUS_LABELS[to].toLowerCase()} kan niet. ` +
        (options.length
          ? `Mogelijk: ${options.join(', ')}.`
          : 'Deze afspraak is afgesloten; de status verandert niet meer.'),
    };
  }
  if (to === 'vervallen' && !details.reason?.trim()) {
    return { path: 'reason', message: 'Geef aan waarom de afspraak vervalt.' };
  }
  return null;
}

/** Label for the action button that moves an agreement to `to`. */
export const TRANSITION_ACTION_LABELS: Record<AgreementStatus, string> = {
  concept: 'Terug naar concept',
  in_bespreking: 'In bespreking nemen',
  vastgesteld: 'Vaststellen',
  in_uitvoering: 'In uitvoering nemen',
  afgerond: 'Afronden',
  vervallen: 'Laten vervallen',
};
