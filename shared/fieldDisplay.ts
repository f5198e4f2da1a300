/**
 * How the history (and the dossier PDF's history annex) shows a stored field's value: every
 * audited field of every kind has a rule here, beside its label in shared/fieldLabels.ts. Dates
 * read "12 november 2026", times 14:00, choices by their Dutch label, ids by the name they point
 * to, yes/no as ja/nee. A test walks the audited fields and fails on one without a rule or label.
 */
import {
  ACTION_STATUS_LABELS,
  AGREEMENT_STATUS_LABELS,
  CONVERSATION_KIND_LABELS,
  CONVERSATION_STATUS_LABELS,
  MEETING_KIND_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  MINUTES_STATUS_LABELS,
  PARTY_TYPE_LABELS,
  ROLE_KIND_LABELS,
  type Entity,
} from './domain';
import { AGREEMENT_TEXT_FIELDS } from './schemas/agreement';
import { agendaItemText, meetingText } from './schemas/meeting';

/** The kinds of record an id in the history can name. */
export type RefKind = 'region' | 'contact' | 'party' | 'theme';

export type DisplayRule =
  /** A text, quoted whole: ‘Stadhuis, zaal 2’. */
  | 'text'
  /** A long text whose content the history does not repeat: "beschrijving gewijzigd". */
  | 'content'
  | 'date'
  /** A time of day as the clock shows it: 14:00. */
  | 'time'
  /** A moment: "22 november 2026 om 11:00". */
  | 'moment'
  | 'yesNo'
  | 'number'
  /** A place in an ordered list, counted from 1 (stored from 0). */
  | 'place'
  /** Names already (theme names, "partij (rol)", financing labels), joined by commas. */
  | 'names'
  /** A phrase already written for the history ("Akkoord van …", "Anna (aanwezig), …"). */
  | 'phrase'
  | { labels: Readonly<Record<string, string>> }
  | { ref: RefKind };

/** Text fields defined in a field set are plain text: a new one needs no rule here. */
const TEXT_FIELDS: readonly string[] = [
  ...AGREEMENT_TEXT_FIELDS,
  ...meetingText.keys,
  ...agendaItemText.keys,
];

const RULES: Record<string, DisplayRule> = {
  // Register
  name: 'text',
  zorgkantoorNumber: 'number',
  description: 'text',
  type: { labels: PARTY_TYPE_LABELS },
  notes: 'text',
  since: 'date',
  until: 'date',
  function: 'text',
  regionId: { ref: 'region' },
  partyId: { ref: 'party' },
  email: 'text',
  phone: 'text',
  active: 'yesNo',
  themeId: { ref: 'theme' },
  mandate: 'text',
  archivedAt: 'moment',
  // Afsprakenregister
  title: 'text',
  descriptionHtml: 'content',
  descriptionText: 'content',
  status: { labels: AGREEMENT_STATUS_LABELS },
  ownerId: { ref: 'contact' },
  adoptedOn: 'date',
  startDate: 'date',
  endDate: 'date',
  nextEvaluation: 'date',
  dekkingGranted: 'yesNo',
  dekkingBy: 'text',
  dekkingOn: 'date',
  confidential: 'yesNo',
  reviewRequestedOn: 'date',
  themes: 'names',
  parties: 'names',
  financing: 'names',
  review: 'phrase',
  reviewPackage: 'phrase',
  on: 'date',
  text: 'text',
  // Overleggen en notulen
  kind: { labels: MEETING_KIND_LABELS },
  date: 'date',
  startTime: 'time',
  endTime: 'time',
  online: 'yesNo',
  chairId: { ref: 'contact' },
  minuteTakerId: { ref: 'contact' },
  minutesStatus: { labels: MINUTES_STATUS_LABELS },
  minutesVersion: 'number',
  approvedOn: 'date',
  approvedIn: 'text',
  attendees: 'text',
  position: 'place',
  dueDate: 'date',
  doneOn: 'date',
};

/** Where one kind of record shows a field otherwise (the same name, other choices). */
const ENTITY_RULES: Partial<Record<Entity, Record<string, DisplayRule>>> = {
  membership: { role: { labels: MEMBERSHIP_ROLE_LABELS } },
  roleAssignment: { role: { labels: ROLE_KIND_LABELS } },
  actionItem: { status: { labels: ACTION_STATUS_LABELS } },
  conversation: {
    kind: { labels: CONVERSATION_KIND_LABELS },
    status: { labels: CONVERSATION_STATUS_LABELS },
    version: 'number',
    lockedOn: 'date',
    participants: 'names',
    agreements: 'names',
    survey: 'phrase',
  },
};

/** The rule for `field` of a record of `entity`, or undefined when it has none. */
export const displayRule = (entity: Entity, field: string): DisplayRule | undefined =>
  ENTITY_RULES[entity]?.[field] ??
  RULES[field] ??
  (TEXT_FIELDS.includes(field) ? 'text' : undefined);
