import { ROLE_KIND_LABELS, ROLE_KINDS } from '../../../shared/domain';

/** Choices for a role, with their Dutch labels. */
export const ROLE_KIND_OPTIONS = ROLE_KINDS.map((value) => ({
  value,
  label: ROLE_KIND_LABELS[value],
}));
