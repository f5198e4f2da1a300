import {
  EMPTY_TEXT_FIELDS,
  textFieldsOf,
  type agreementCreate,
  type AgreementDetail,
} from '../../../shared/schemas/agreement';
import type { z } from '../../../shared/zod';

/**
 * What the agreement form edits (create and edit alike): the API's input, without the region and
 * the besluit it was made from (both fixed by where the form was opened).
 */
export type AgreementFormValues = Omit<
  z.output<typeof agreementCreate>,
  'regionId' | 'fromDecisionId'
>;

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

export function valuesOf(a: AgreementDetail): AgreementFormValues {
  return {
    title: a.title,
    ...textFieldsOf(a),
    descriptionHtml: a.descriptionHtml,
    themeIds: a.themes.map((t) => t.id),
    parties: a.parties.map((p) => ({ partyId: p.partyId, role: p.role })),
    ownerId: a.owner?.id ?? null,
    financing: a.financing,
    adoptedOn: a.adoptedOn,
    startDate: a.startDate,
    endDate: a.endDate,
    nextEvaluation: a.nextEvaluation,
    dekking: a.dekking,
    confidential: a.confidential,
  };
}

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
