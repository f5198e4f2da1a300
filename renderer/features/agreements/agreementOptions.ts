import { FIELD_LABELS } from '../../../shared/fieldLabels';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  FINANCING_LABELS,
  FINANCING_STREAMS,
  type AgreementStatus,
} from '../../../shared/domain';
import { REVIEW_STATES, type ReviewState } from '../../../shared/schemas/agreement';

export type { ReviewState };

export const STATUS_OPTIONS = AGREEMENT_STATUSES.map((value) => ({
  value,
  label: AGREEMENT_STATUS_LABELS[value],
}));
export const PARTY_ROLE_OPTIONS = AGREEMENT_PARTY_ROLES.map((value) => ({
  value,
  label: AGREEMENT_PARTY_ROLE_LABELS[value],
}));
export const FINANCING_OPTIONS = FINANCING_STREAMS.map((value) => ({
  value,
  label: FINANCING_LABELS[value],
}));

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  wacht: 'Wacht op reactie',
  akkoord: 'Akkoord',
  opmerkingen: 'Opmerkingen',
};
export const REVIEW_STATE_OPTIONS = REVIEW_STATES.map((value) => ({
  value,
  label: REVIEW_STATE_LABELS[value],
}));

/**
 * Badge colour per status: with the theme's light variant the shade is the text colour on a
 * pale tint of the same colour, so shade 9 keeps AA contrast for every status.
 */
export const STATUS_COLORS: Record<AgreementStatus, string> = {
  concept: 'gray.8',
  in_bespreking: 'violet.9',
  vastgesteld: 'blue.9',
  in_uitvoering: 'teal.9',
  // Mantine's darkest green is 4.1:1 on its tint; this one is 6:1.
  afgerond: '#1e6b2f',
  vervallen: 'red.9',
};

export const SORT_OPTIONS = [
  { value: 'title', label: FIELD_LABELS.title },
  { value: 'status', label: FIELD_LABELS.status },
  { value: 'nextEvaluation', label: FIELD_LABELS.nextEvaluation },
  { value: 'updated', label: 'Laatst gewijzigd' },
];
