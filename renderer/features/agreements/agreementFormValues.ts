import { agreementValuesOf, type AgreementValues } from '../../../shared/agreementValues';
import { EMPTY_TEXT_FIELDS, type AgreementDetail } from '../../../shared/schemas/agreement';

/**
 * What the agreement form edits (create and edit alike): the API's input, without the region and
 * the besluit it was made from (both fixed by where the form was opened).
 */
export type AgreementFormValues = AgreementValues;

export const EMPTY_AGREEMENT: AgreementFormValues = {
  title: '',
  ...EMPTY_TEXT_FIELDS,
  descriptionHtml: '',
  themeIds: [],
  parties: [],
  ownerId: null,
  financing: [],
  adoptedOn: null,
  startDate: null,
  endDate: null,
  nextEvaluation: null,
  dekking: { granted: false, by: '', on: null },
  confidential: false,
};

/** A stored agreement as the form's values (shared with the server's base check). */
export const valuesOf = agreementValuesOf;

export const createDraftKey = (regionId: string) => `concept:nieuwe-afspraak:${regionId}`;
export const fromDecisionDraftKey = (decisionId: string) =>
  `concept:afspraak-uit-besluit:${decisionId}`;
export const editDraftKey = (id: string) => `concept:afspraak:${id}`;

/** True when a saved draft for this agreement differs from what is stored. */
export function hasUnsavedDraft(a: AgreementDetail): boolean {
  try {
    const raw = localStorage.getItem(editDraftKey(a.id));
    if (!raw) return false;
    const draft = { ...valuesOf(a), ...(JSON.parse(raw) as Partial<AgreementFormValues>) };
    const { id: _id, ...rest } = draft as AgreementFormValues & { id?: string };
    return JSON.stringify(rest) !== JSON.stringify(valuesOf(a));
  } catch {
    return false;
  }
}
