import {
  MEMBERSHIP_ROLE_LABELS,
  MEMBERSHIP_ROLES,
  PARTY_TYPE_LABELS,
  PARTY_TYPES,
} from '../../../shared/domain';

/** Choices for a party's type and its role in a region, with their Dutch labels. */
export const PARTY_TYPE_OPTIONS = PARTY_TYPES.map((value) => ({
  value,
  label: PARTY_TYPE_LABELS[value],
}));
export const MEMBERSHIP_ROLE_OPTIONS = MEMBERSHIP_ROLES.map((value) => ({
  value,
  label: MEMBERSHIP_ROLE_LABELS[value],
}));
