/**
 * The one "created" audit entry (issue 6 A). The repositories, import (for records a file gives
 * no history), the demo dossier and the generator all build a creation's `changes` here, so the
 * same record gets the same entry however it came in.
 */
import { INITIAL_STATUS } from '../shared/agreementStatus';
import { agreementColumns, AGREEMENT_FIELDS, type AgreementFlat } from './agreementRow';
import { EMPTY_TEXT_FIELDS, type AgreementTextField } from '../shared/schemas/agreement';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  FINANCING_LABELS,
  FINANCING_STREAMS,
  type AgreementPartyRole,
  type FinancingStream,
} from '../shared/domain';
import type { Changes } from './audit';

/**
 * Every audited field that has a value, as `{ from: null, to }`: not null, not '' (and not
 * `false` with `omitFalse`, as for an agreement's flags).
 */
export function creationChanges<T extends object>(
  record: T,
  fields: readonly (keyof T & string)[],
  { omitFalse = false }: { omitFalse?: boolean } = {},
): Changes {
  const out: Changes = {};
  for (const field of fields) {
    const to = record[field] ?? null;
    if (to !== null && to !== '' && !(omitFalse && to === false)) out[field] = { from: null, to };
  }
  return out;
}

/** A progress update's audited fields. */
export const PROGRESS_FIELDS = ['on', 'text'] as const;

export { AGREEMENT_FIELDS, type AgreementFlat } from './agreementRow';

/** An agreement (domain or exchange shape) flat, as the audit log compares it. */
export const flatAgreement = (
  a: Parameters<typeof agreementColumns>[0] | ExchangeAgreementShape,
): AgreementFlat => {
  const { descriptionText: _text, ...flat } = agreementColumns({
    descriptionText: '',
    ...EMPTY_TEXT_FIELDS,
    ...a,
  });
  return flat;
};

/** What an exchange record carries (older files have no text fields that came later, no plain text). */
type ExchangeAgreementShape = Omit<
  Parameters<typeof agreementColumns>[0],
  AgreementTextField | 'descriptionText'
> &
  Partial<Record<AgreementTextField, string>>;

/**
 * The agreement as it was when made, for records that arrive in their current state (demo,
 * generator, import): concept, not yet adopted nor put up for review.
 */
export const atCreation = (flat: AgreementFlat): AgreementFlat => ({
  ...flat,
  status: INITIAL_STATUS,
  adoptedOn: null,
  reviewRequestedOn: null,
});

/** An agreement's sets: theme names (in the werkstructuur's order), parties with role, streams. */
export interface AgreementSets {
  themes: readonly string[];
  parties: readonly { name: string; role: AgreementPartyRole }[];
  financing: readonly FinancingStream[];
}

/** The sets as the audit log names them: theme names, "party (rol)" by name, financing labels. */
export function agreementSetNames(sets: AgreementSets) {
  return {
    themes: [...sets.themes],
    parties: [...sets.parties]
      .sort((x, y) => x.name.localeCompare(y.name, 'nl'))
      .map((p) => `${p.name} (${AGREEMENT_PARTY_ROLE_LABELS[p.role].toLowerCase()})`),
    financing: FINANCING_STREAMS.filter((s) => sets.financing.includes(s)).map(
      (s) => FINANCING_LABELS[s],
    ),
  };
}

/** The `changes` of an agreement's creation: flat fields with a value, then the sets by name. */
export function agreementCreationChanges(flat: AgreementFlat, sets: AgreementSets): Changes {
  const out = creationChanges(flat, AGREEMENT_FIELDS, { omitFalse: true });
  for (const [key, list] of Object.entries(agreementSetNames(sets))) {
    if (list.length > 0) out[key] = { from: null, to: list };
  }
  return out;
}
