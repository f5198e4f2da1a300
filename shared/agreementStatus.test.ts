import { describe, expect, it } from 'vitest';
import {
  ACTIVE_STATUSES,
  FINAL_STATUSES,
  TRANSITION_ACTION_LABELS,
  allowedTransitions,
  canTransition,
  transitionProblem,
} from './agreementStatus';
import { AGREEMENT_STATUSES, type AgreementStatus } from './domain';

/** The lifecycle as the issue describes it, written out pair by pair. */
const ALLOWED: [AgreementStatus, AgreementStatus][] = [
  ['concept', 'in_bespreking'],
  ['concept', 'vervallen'],
  ['in_bespreking', 'vastgesteld'],
  ['in_bespreking', 'concept'],
  ['in_bespreking', 'vervallen'],
  ['vastgesteld', 'in_uitvoering'],
  ['vastgesteld', 'vervallen'],
  ['in_uitvoering', 'afgerond'],
  ['in_uitvoering', 'vervallen'],
];
const isAllowed = (from: AgreementStatus, to: AgreementStatus) =>
  ALLOWED.some(([f, t]) => f === from && t === to);

const ALL_PAIRS = AGREEMENT_STATUSES.flatMap((from) =>
  AGREEMENT_STATUSES.map((to) => [from, to] as [AgreementStatus, AgreementStatus]),
);
const REFUSED = ALL_PAIRS.filter(([from, to]) => !isAllowed(from, to));

describe('agreement lifecycle', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(allowedTransitions(from)).toContain(to);
    expect(transitionProblem(from, to, { reason: 'Opgegaan in een nieuwe afspraak' })).toBeNull();
  });

  it.each(REFUSED)('refuses %s → %s with a Dutch message on "to"', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(allowedTransitions(from)).not.toContain(to);
    const problem = transitionProblem(from, to, { reason: 'een reden' });
    expect(problem?.path).toBe('to');
    expect(problem?.message).toMatch(/^(Van .+ naar .+ kan niet\.|De afspraak is al .+\.)/);
  });

  it('has exactly the 9 allowed pairs (36 pairs in all)', () => {
    expect(ALL_PAIRS).toHaveLength(36);
    expect(ALL_PAIRS.filter(([f, t]) => canTransition(f, t))).toEqual(
      ALL_PAIRS.filter(([f, t]) => isAllowed(f, t)),
    );
  });

  it('names the possible next steps when refusing', () => {
    expect(transitionProblem('concept', 'afgerond', {})?.message).toBe(
      'Van concept naar afgerond kan niet. Mogelijk: in bespreking, vervallen.',
    );
    expect(transitionProblem('vastgesteld', 'vastgesteld', {})?.message).toBe(
      'De afspraak is al vastgesteld.',
    );
  });

  it('requires a reason to let an agreement lapse, from every non-final state', () => {
    for (const from of ['concept', 'in_bespreking', 'vastgesteld', 'in_uitvoering'] as const) {
      for (const reason of [undefined, null, '', '   ']) {
        expect(transitionProblem(from, 'vervallen', { reason })).toEqual({
          path: 'reason',
          message: 'Geef aan waarom de afspraak vervalt.',
        });
      }
      expect(transitionProblem(from, 'vervallen', { reason: 'Budget ingetrokken' })).toBeNull();
    }
  });

  it('needs no reason for any other transition', () => {
    for (const [from, to] of ALLOWED.filter(([, t]) => t !== 'vervallen')) {
      expect(transitionProblem(from, to, {})).toBeNull();
    }
  });

  it('final states have no way out, also not to vervallen', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['afgerond', 'vervallen']);
    for (const from of FINAL_STATUSES) {
      expect(allowedTransitions(from)).toEqual([]);
      expect(transitionProblem(from, 'vervallen', { reason: 'x' })?.path).toBe('to');
      expect(transitionProblem(from, 'concept', {})?.message).toMatch(/afgesloten/);
    }
  });

  it('every non-final state can lapse; active states are vastgesteld and in uitvoering', () => {
    for (const s of AGREEMENT_STATUSES.filter((x) => !FINAL_STATUSES.includes(x))) {
      expect(canTransition(s, 'vervallen')).toBe(true);
    }
    expect(ACTIVE_STATUSES).toEqual(['vastgesteld', 'in_uitvoering']);
  });

  it('has an action label for every target status', () => {
    for (const s of AGREEMENT_STATUSES) expect(TRANSITION_ACTION_LABELS[s]).toMatch(/\S/);
  });
});
