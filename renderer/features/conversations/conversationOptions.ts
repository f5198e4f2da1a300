import {
  CONVERSATION_KIND_LABELS,
  CONVERSATION_KINDS,
  PARTY_TYPE_LABELS,
  PARTY_TYPES,
  SURVEY_FACTOR_LABELS,
  SURVEY_FACTORS,
  URGENCIES,
  URGENCY_LABELS,
  type ConversationStatus,
} from '../../../shared/domain';

/** Select options from the shared labels (shared/domain.ts). */
export const KIND_OPTIONS = CONVERSATION_KINDS.map((k) => ({
  value: k,
  label: CONVERSATION_KIND_LABELS[k],
}));
export const RESPONDENT_OPTIONS = PARTY_TYPES.map((t) => ({
  value: t,
  label: PARTY_TYPE_LABELS[t],
}));
export const FACTOR_OPTIONS = SURVEY_FACTORS.map((f) => ({
  value: f,
  label: SURVEY_FACTOR_LABELS[f],
}));
export const URGENCY_OPTIONS = URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }));

/** The status badge's colour: green once vastgelegd (AA on its light tint, as the notulen's). */
export const statusColor = (status: ConversationStatus) =>
  status === 'vastgelegd' ? '#1e6b2f' : 'gray.8';

/** The route of one verslag. */
export const conversationPath = (id: string) => `/gespreksverslagen/${id}`;
