import {
  MEMBERSHIP_ROLE_LABELS,
  MEMBERSHIP_ROLES,
  PARTY_TYPE_LABELS,
  PARTY_TYPES,
  ROLE_KIND_LABELS,
  ROLE_KINDS,
} from '../../../shared/domain';

export const ROLE_KIND_OPTIONS = ROLE_KINDS.map((value) => ({ value, label: ROLE_KIND_LABELS[value] }));
export const PARTY_TYPE_OPTIONS = PARTY_TYPES.map((value) => ({ value, label: PARTY_TYPE_LABELS[value] }));
export const MEMBERSHIP_ROLE_OPTIONS = MEMBERSHIP_ROLES.map((value) => ({
  value,
  label: MEMBERSHIP_ROLE_LABELS[value],
}));
