import { textFieldsOf, type agreementCreate, type AgreementDetail } from './schemas/agreement';
import type { z } from './zod';

/**
 * What the agreement form edits and `agreements.update` takes (create and edit alike): the API's
 * input, without the region and the besluit it was made from (both fixed by where it was opened).
 */
export type AgreementValues = Omit<z.output<typeof agreementCreate>, 'regionId' | 'fromDecisionId'>;

/**
 * A stored agreement as the form's values: what an edit starts from, and what the server compares
 * an edit's `base` with (shared/api/staleBase.ts), so both sides read a record the same way.
 */
export function agreementValuesOf(a: AgreementDetail): AgreementValues {
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
