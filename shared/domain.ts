/** Domain vocabulary: code values and their Dutch labels (docs/architecture.md §4). */
import { ENTITY_KINDS, nonEmpty, type EntityKind } from './recordKinds';

export const PARTY_TYPES = [
  'gemeente',
  'zorgverzekeraar',
  'zorgkantoor',
  'zorgaanbieder',
  'ggd',
  'welzijn',
  'overig',
] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  gemeente: 'Gemeente',
  zorgverzekeraar: 'Zorgverzekeraar',
  zorgkantoor: 'Zorgkantoor',
  zorgaanbieder: 'Zorgaanbieder',
  ggd: 'GGD',
  welzijn: 'Welzijnsorganisatie',
  overig: 'Overig',
};

export const MEMBERSHIP_ROLES = [
  'deelnemer',
  'trekker',
  'preferente_zorgverzekeraar',
  'volgende_zorgverzekeraar',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  deelnemer: 'Deelnemer',
  trekker: 'Trekker',
  preferente_zorgverzekeraar: 'Preferente zorgverzekeraar',
  volgende_zorgverzekeraar: 'Volgende zorgverzekeraar',
};

export const ROLE_KINDS = [
  'bestuurlijk_aanspreekpunt',
  'ambtelijk_aanspreekpunt',
  'coordinerend_wethouder',
  'trekker_thema',
  'regiocoordinator',
  'secretaris',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  bestuurlijk_aanspreekpunt: 'Bestuurlijk aanspreekpunt',
  ambtelijk_aanspreekpunt: 'Ambtelijk aanspreekpunt',
  coordinerend_wethouder: 'Coördinerend wethouder',
  trekker_thema: 'Trekker (thema)',
  regiocoordinator: 'Regiocoördinator',
  secretaris: 'Secretaris',
};

/** Roles that the werkstructuur requires of every participating party. */
export const REQUIRED_ROLE_KINDS = [
  'bestuurlijk_aanspreekpunt',
  'ambtelijk_aanspreekpunt',
] as const;

/** The themes a new database starts with; the first three are mandatory in the werkstructuur. */
export const DEFAULT_THEMES = [
  'Ouderen',
  'GGZ',
  'Preventie',
  'Dementie',
  'Verward gedrag',
  'Mantelzorg',
  'Wijkgericht werken',
] as const;

/** Entities that have an audit history and can sit in the Prullenbak (shared/recordKinds.ts). */
export type Entity = EntityKind;
export const ENTITIES = nonEmpty(ENTITY_KINDS.map((k) => k.kind));

export const ENTITY_LABELS = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k.kind, k.entity.label]),
) as Record<Entity, string>;

/**
 * Audit entries that are not about one record: an import (entity_id: a fresh id per import) and
 * the settings (entity_id 'settings'). They have no table, no Prullenbak and no exchange record.
 */
export const AUDIT_EVENT_KINDS = ['import', 'settings'] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];
/** What an audit entry is about: a record (Entity) or an event. */
export type AuditSubject = Entity | AuditEventKind;

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// ── Afsprakenregister ───────────────────────────────────────────────────────────────────────

export const AGREEMENT_STATUSES = [
  'concept',
  'in_bespreking',
  'vastgesteld',
  'in_uitvoering',
  'afgerond',
  'vervallen',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  concept: 'Concept',
  in_bespreking: 'In bespreking',
  vastgesteld: 'Vastgesteld',
  in_uitvoering: 'In uitvoering',
  afgerond: 'Afgerond',
  vervallen: 'Vervallen',
};

export const AGREEMENT_PARTY_ROLES = ['trekker', 'uitvoerder', 'financier', 'betrokken'] as const;
export type AgreementPartyRole = (typeof AGREEMENT_PARTY_ROLES)[number];

export const AGREEMENT_PARTY_ROLE_LABELS: Record<AgreementPartyRole, string> = {
  trekker: 'Trekker',
  uitvoerder: 'Uitvoerder',
  financier: 'Financier',
  betrokken: 'Betrokken',
};

/** The three laws and money flows: gemeente (Wmo), zorgverzekeraar (Zvw), zorgkantoor (Wlz). */
export const FINANCING_STREAMS = ['wmo', 'zvw', 'wlz'] as const;
export type FinancingStream = (typeof FINANCING_STREAMS)[number];

export const FINANCING_LABELS: Record<FinancingStream, string> = {
  wmo: 'Wmo',
  zvw: 'Zvw',
  wlz: 'Wlz',
};

export const REVIEW_VERDICTS = ['akkoord', 'opmerking'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const REVIEW_VERDICT_LABELS: Record<ReviewVerdict, string> = {
  akkoord: 'Akkoord',
  opmerking: 'Opmerking',
};

// ── Overleggen en notulen ─────────────────────────────────────────────────────────────────────

export const MEETING_KINDS = [
  'bestuurlijk_regio_overleg',
  'ambtelijk_regio_overleg',
  'voortgangsgesprek',
  'werkgroep',
  'bilateraal_overleg',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  bestuurlijk_regio_overleg: 'Bestuurlijk regio-overleg',
  ambtelijk_regio_overleg: 'Ambtelijk regio-overleg',
  voortgangsgesprek: 'Voortgangsgesprek',
  werkgroep: 'Werkgroep',
  bilateraal_overleg: 'Bilateraal overleg',
};

/** Whether an invited person came: not yet recorded, present, sent apologies, absent. */
export const ATTENDANCES = ['uitgenodigd', 'aanwezig', 'afgemeld', 'afwezig'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  uitgenodigd: 'Uitgenodigd',
  aanwezig: 'Aanwezig',
  afgemeld: 'Afgemeld',
  afwezig: 'Afwezig',
};

export const MINUTES_STATUSES = ['concept', 'vastgesteld'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
/** The minutes of a new meeting (and of a correction) start as concept. */
export const NEW_MINUTES_STATUS: MinutesStatus = 'concept';

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  concept: 'Concept',
  vastgesteld: 'Vastgesteld',
};

export const ACTION_STATUSES = ['open', 'afgerond'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  afgerond: 'Afgerond',
};

// ── Gespreksverslagen en de enquête (issue 22) ───────────────────────────────────────────────

export const CONVERSATION_KINDS = [
  'evaluatiegesprek',
  'zorgverzekeraar',
  'zorgkantoor',
  'werkbezoek',
  'telefonisch',
  'anders',
] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const CONVERSATION_KIND_LABELS: Record<ConversationKind, string> = {
  evaluatiegesprek: 'Evaluatiegesprek gemeente–zorgaanbieder',
  zorgverzekeraar: 'Overleg met zorgverzekeraar',
  zorgkantoor: 'Overleg met zorgkantoor',
  werkbezoek: 'Werkbezoek',
  telefonisch: 'Telefonisch',
  anders: 'Anders',
};

/** A verslag is written as concept and vastgelegd (locked); a correction makes a new concept. */
export const CONVERSATION_STATUSES = ['concept', 'vastgelegd'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const CONVERSATION_STATUS_LABELS: Record<ConversationStatus, string> = {
  concept: 'Concept',
  vastgelegd: 'Vastgelegd',
};

/** The ten factors of seeds/004 §3.5.1 and its questionnaire (§6.3, questions 16–17), and "anders". */
export const SURVEY_FACTORS = [
  'persoonlijke_relaties',
  'vertrouwen',
  'gedeeld_belang',
  'betrouwbaarheid',
  'betrokkenheid_organen',
  'ruimte_inbreng',
  'politieke_stabiliteit',
  'leiderschap',
  'daadkracht',
  'evaluatie_monitoring',
  'anders',
] as const;
export type SurveyFactor = (typeof SURVEY_FACTORS)[number];

export const SURVEY_FACTOR_LABELS: Record<SurveyFactor, string> = {
  persoonlijke_relaties: 'Persoonlijke relaties',
  vertrouwen: 'Vertrouwen',
  gedeeld_belang: 'Gedeelde maatschappelijke verantwoordelijkheid / belang',
  betrouwbaarheid: 'Betrouwbaarheid',
  betrokkenheid_organen: 'Betrokkenheid van alle organen binnen de gemeente',
  ruimte_inbreng: 'Ruimte voor inbreng van alle gemeenten',
  politieke_stabiliteit: 'Politieke stabiliteit',
  leiderschap: 'Leiderschap',
  daadkracht: 'Daadkracht',
  evaluatie_monitoring: 'Periodieke evaluatie en monitoring',
  anders: 'Anders',
};

export const SURVEY_EFFECTS = ['positief', 'negatief'] as const;
export type SurveyEffect = (typeof SURVEY_EFFECTS)[number];

/** Question 6's five-point scale, in its order. */
export const URGENCIES = ['niet', 'weinig', 'geen_mening', 'beetje', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Record<Urgency, string> = {
  niet: 'Niet urgent',
  weinig: 'Weinig urgent',
  geen_mening: 'Geen mening',
  beetje: 'Een beetje urgent',
  urgent: 'Urgent',
};
