/**
 * A besluit makes or changes only afspraken of its own region: the region of the overleg where
 * it was taken. One rule for the three ways a link comes in or is found: the API
 * (decisions.applyToAgreement, agreements.create from a besluit), the import and `check`
 * (issue 19, major 7).
 */
export const DECISION_LINK_OTHER_REGION =
  'Deze afspraak hoort bij een andere regio dan het overleg van dit besluit.';

/**
 * Null when the link is allowed; else the Dutch reason. A region that is not known (a record
 * that is missing) is not this rule's concern: the reference checks report it.
 */
export function decisionLinkProblem(regions: {
  agreement: string | null | undefined;
  decision: string | null | undefined;
}): string | null {
  if (!regions.agreement || !regions.decision) return null;
  return regions.agreement === regions.decision ? null : DECISION_LINK_OTHER_REGION;
}
