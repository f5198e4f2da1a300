import { z } from '../zod';
import { id } from './common';

/** A meeting decision created the agreement or changed it. */
export const DECISION_LINK_KINDS = ['created', 'changed'] as const;
export type DecisionLinkKind = (typeof DECISION_LINK_KINDS)[number];
/** "Afspraak aangemaakt / gewijzigd" by a besluit. */
export const DECISION_LINK_KIND_LABELS: Record<DecisionLinkKind, string> = {
  created: 'aangemaakt',
  changed: 'gewijzigd',
};
export const decisionLink = z.object({ decisionId: id, kind: z.enum(DECISION_LINK_KINDS) });
export type DecisionLink = z.infer<typeof decisionLink>;
/** A linked besluit as the agreement shows it: its text and the meeting it was taken in. */
export const agreementDecision = decisionLink.extend({
  text: z.string(),
  meetingId: id,
  meetingTitle: z.string(),
  meetingDate: z.string(),
});
export type AgreementDecision = z.infer<typeof agreementDecision>;
