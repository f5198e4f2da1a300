/**
 * Overleggen en notulen: a meeting (kind, date and time, place, chair, minute-taker), the people
 * invited with their attendance, and an ordered agenda whose items carry the minutes. Every type
 * of the slice is inferred from these schemas.
 */
import { z } from '../zod';
import { ATTENDANCES, MEETING_KINDS, MINUTES_STATUSES } from '../domain';
import {
  allRequired,
  email,
  id,
  optionalText,
  recordMeta,
  requiredDate,
  requiredText,
} from './common';
import { agreementStatus, richText } from './agreement';
import { DECISION_LINK_KINDS } from './decisionLink';
import { textFieldSet } from './textFields';
import { actionItem } from './actionItem';
import { fieldLabel } from '../fieldLabels';

/** A time of day as the clock shows it: 09:30, 14:00. */
export const clockTime = z
  .string({ error: 'Vul een tijd in, bijvoorbeeld 14:00' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Vul een tijd in als uu:mm, bijvoorbeeld 14:00' });

export const meetingKind = z.enum(MEETING_KINDS, { error: 'Kies het soort overleg' });
export const attendance = z.enum(ATTENDANCES, { error: 'Kies aanwezig, afgemeld of afwezig' });

/**
 * The meeting's plain text fields besides the title, each defined once here (as the agreement's
 * `agreementTextFields`): the form's rule, the stored meeting, the search text, the exchange
 * record (older files: ''), the facts on screen and in the PDF follow from it. A new one needs its
 * column (migration, db/schema/meetings.ts), its label (shared/fieldLabels.ts) and its input in
 * MeetingFields.tsx (docs/architecture.md §7, "Add a field").
 */
export const meetingText = textFieldSet({
  location: optionalText('Locatie', 200, 'single'),
});
export type MeetingTextField = (typeof meetingText.keys)[number];
/** Shown in the meeting's heading line (date · time · location), not as facts of their own. */
export const MEETING_HEADING_FIELDS: readonly MeetingTextField[] = ['location'];

const meetingShape = {
  kind: meetingKind,
  title: requiredText('Titel', 200),
  date: requiredDate('Vul de datum van het overleg in'),
  startTime: clockTime,
  endTime: clockTime,
  ...meetingText.fields,
  online: z.boolean().default(false),
  chairId: id.nullable().default(null),
  minuteTakerId: id.nullable().default(null),
};

/** An overleg ends after it starts (same day). */
function endAfterStart(value: { startTime: string; endTime: string }, ctx: z.RefinementCtx) {
  if (value.endTime <= value.startTime) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'De eindtijd moet na de begintijd liggen',
    });
  }
}

export const meetingCreate = z
  .object({ regionId: id, ...meetingShape })
  .strict()
  .superRefine(endAfterStart);
export type MeetingCreate = z.output<typeof meetingCreate>;

export const meetingUpdate = z
  .object({ id, ...allRequired(meetingShape) })
  .strict()
  .superRefine(endAfterStart);
export type MeetingUpdate = z.output<typeof meetingUpdate>;

/** An invited person from the register, or an external guest by name (and e-mail). */
/** An external guest: by name, with an e-mail address for the invitation. */
export const guestAttendee = z
  .object({
    guestName: requiredText('Naam van de gast', 120),
    guestEmail: email,
    guestOrganisation: optionalText('Organisatie', 120, 'single'),
    attendance: attendance.default('uitgenodigd'),
  })
  .strict();
export const attendeeInput = z.union([
  z.object({ contactId: id, attendance: attendance.default('uitgenodigd') }).strict(),
  guestAttendee,
]);
export type AttendeeInput = z.input<typeof attendeeInput>;

/** The most people and guests one meeting invites. */
export const ATTENDEES_MAX = 300;

export const attendeesSet = z
  .object({ meetingId: id, attendees: z.array(attendeeInput).max(ATTENDEES_MAX) })
  .strict()
  .superRefine(({ attendees }, ctx) => {
    const seen = new Set<string>();
    attendees.forEach((a, index) => {
      if (!('contactId' in a)) return;
      if (seen.has(a.contactId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendees', index],
          message: 'Deze persoon is al uitgenodigd',
        });
      }
      seen.add(a.contactId);
    });
  });

export const attendanceSet = z.object({ attendeeId: id, attendance }).strict();

/**
 * "Alle aanspreekpunten uitnodigen" (no party) or those of one party: every current bestuurlijk
 * and ambtelijk aanspreekpunt of the region's participating parties, after who is invited.
 */
export const aanspreekpuntenInvite = z
  .object({ meetingId: id, partyId: id.nullable().default(null) })
  .strict();
export const aanspreekpuntenInvited = z.object({
  added: z.number().int(),
  alreadyInvited: z.number().int(),
  /** "12 genodigden toegevoegd; 3 stonden er al op." */
  message: z.string(),
});

export const attendee = z.object({
  id,
  contactId: id.nullable(),
  /** The person's name from the register, or the guest's. */
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  guest: z.boolean(),
  attendance,
});
export type Attendee = z.infer<typeof attendee>;

/** The agenda item's plain text fields besides the title (as `meetingText`). */
export const agendaItemText = textFieldSet({
  presenter: optionalText('Inleider', 120, 'single'),
});

const agendaItemShape = {
  title: requiredText('Titel van het agendapunt', 200),
  ...agendaItemText.fields,
  confidential: z.boolean().default(false),
  agreementIds: z.array(id).max(50).default([]),
};

export const agendaItemCreate = z
  .object({
    meetingId: id,
    ...agendaItemShape,
    /** Where it goes (0 = first); at the end when left out. */
    position: z.number().int().min(0).optional(),
  })
  .strict();
export const agendaItemUpdate = z.object({ id, ...allRequired(agendaItemShape) }).strict();
export const agendaItemMove = z
  .object({ id, position: z.number().int().min(0, { error: 'Ongeldige plaats' }) })
  .strict();

/** The autosave of one agenda item's minutes (rich text, sanitised by the main process). */
/** One minutes autosave, with the revision the text was based on (shared/api/staleBase.ts). */
export const minutesSave = z
  .object({ agendaItemId: id, minutesHtml: richText, baseRevision: z.number().int().min(0) })
  .strict();
export const minutesSaved = z.object({
  savedAt: z.string(),
  minutesHtml: z.string(),
  minutesRevision: z.number().int(),
});
export const minutesStored = z.object({
  minutesHtml: z.string(),
  minutesRevision: z.number().int(),
});

// ── Besluiten en actiepunten ──────────────────────────────────────────────────────────────────

export const decisionCreate = z
  .object({ agendaItemId: id, text: requiredText('Besluit', 2000, 'multi') })
  .strict();
export const decisionUpdate = z
  .object({ id, text: requiredText('Besluit', 2000, 'multi') })
  .strict();
export const decision = z.object({
  id,
  agendaItemId: id,
  text: z.string(),
  /** The afspraken this besluit created or changed (live ones). */
  agreements: z.array(
    z.object({ id, title: z.string(), caseNumber: z.string(), kind: z.enum(DECISION_LINK_KINDS) }),
  ),
});
export type Decision = z.infer<typeof decision>;

/**
 * A besluit changes an existing afspraak: a new status (dated the day of the meeting) and/or the
 * bestuurlijke dekking "vastgesteld in" this meeting. Either way the two are linked.
 */
export const decisionApply = z
  .object({
    decisionId: id,
    agreementId: id,
    to: agreementStatus.nullable().default(null),
    /** Required when the afspraak becomes vervallen. */
    reason: optionalText('Reden', 2000),
    dekking: z.boolean().default(false),
  })
  .strict();

// Actiepunten (of an agenda item or a gespreksverslag): ./actionItem.ts.
export {
  actionCreate,
  actionItem,
  actionStatusSet,
  actionUpdate,
  type ActionItem,
} from './actionItem';

export const agendaItem = z.object({
  ...recordMeta,
  meetingId: id,
  position: z.number().int(),
  title: z.string(),
  ...agendaItemText.stored,
  confidential: z.boolean(),
  minutesHtml: z.string(),
  minutesRevision: z.number().int(),
  agreements: z.array(z.object({ id, title: z.string() })),
  decisions: z.array(decision),
  actions: z.array(actionItem),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const meeting = z.object({
  ...recordMeta,
  regionId: id,
  kind: meetingKind,
  title: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  ...meetingText.stored,
  online: z.boolean(),
  chairId: id.nullable(),
  minuteTakerId: id.nullable(),
  minutesStatus: z.enum(MINUTES_STATUSES),
  minutesVersion: z.number().int(),
  approvedOn: z.string().nullable(),
  approvedIn: z.string(),
});
export type Meeting = z.infer<typeof meeting>;

/** The filled text fields shown as facts of their own ("Videolink: …"), on screen and in the PDF. */
export const meetingFacts = (m: Meeting) =>
  meetingText.keys
    .filter((key) => !MEETING_HEADING_FIELDS.includes(key) && m[key] !== '')
    .map((key) => ({ key, label: fieldLabel(key), value: m[key] }));

export const meetingDetail = meeting.extend({
  chairName: z.string().nullable(),
  minuteTakerName: z.string().nullable(),
  attendees: z.array(attendee),
  agenda: z.array(agendaItem),
  /** The actiepuntenlijst: open actions of the region's earlier meetings, to follow up. */
  openActionsBefore: z.array(
    actionItem.extend({ meetingId: id, meetingTitle: z.string(), meetingDate: z.string() }),
  ),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

// ── Vaststellen en corrigeren ────────────────────────────────────────────────────────────────

export const minutesApprove = z
  .object({
    meetingId: id,
    approvedOn: requiredDate('Vul de datum van vaststelling in'),
    approvedIn: requiredText('Vastgesteld in', 200),
  })
  .strict();
export const minutesCorrect = z
  .object({ meetingId: id, reason: requiredText('Reden van de correctie', 1000, 'multi') })
  .strict();

/** What was approved: the agenda with its minutes, decisions and actions, as it stood then. */
export const minutesSnapshot = z.object({
  attendees: z.array(z.object({ name: z.string(), attendance: attendance })),
  agenda: z.array(
    z.object({
      title: z.string(),
      confidential: z.boolean(),
      minutesHtml: z.string(),
      decisions: z.array(z.string()),
      actions: z.array(
        z.object({
          text: z.string(),
          ownerName: z.string().nullable(),
          dueDate: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type MinutesSnapshot = z.infer<typeof minutesSnapshot>;

export const minutesVersion = z.object({
  version: z.number().int(),
  approvedOn: z.string(),
  approvedIn: z.string(),
  correctionReason: z.string(),
  at: z.string(),
  actor: z.string(),
  snapshot: minutesSnapshot,
});
export type MinutesVersion = z.infer<typeof minutesVersion>;

// ── De cyclus: het volgende voortgangsgesprek ─────────────────────────────────────────────────

export const meetingCycle = z.object({
  /** The first meeting on or after today. */
  next: z.object({ id, title: z.string(), date: z.string(), startTime: z.string() }).nullable(),
  /** "Plan volgend voortgangsgesprek": about six months after the last one. */
  proposal: z.object({
    date: z.string(),
    title: z.string(),
    agreements: z.array(z.object({ id, title: z.string(), nextEvaluation: z.string() })),
    openActions: z.number().int(),
  }),
});
export const planNext = z
  .object({
    regionId: id,
    title: requiredText('Titel', 200),
    date: requiredDate('Vul de datum van het overleg in'),
    startTime: clockTime,
    endTime: clockTime,
  })
  .strict()
  .superRefine(endAfterStart);

/** The meetings list: newest first, filtered by kind, year and status of the minutes. */
export const meetingListQuery = z
  .object({
    regionId: id,
    kind: meetingKind.nullable().default(null),
    year: z.number().int().min(1900).max(2200).nullable().default(null),
    minutesStatus: z.enum(MINUTES_STATUSES).nullable().default(null),
    search: optionalText('Zoekterm', 200, 'single'),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type MeetingListQuery = z.output<typeof meetingListQuery>;

export const meetingListItem = meeting
  .pick({
    id: true,
    kind: true,
    title: true,
    date: true,
    startTime: true,
    endTime: true,
    minutesStatus: true,
  })
  .extend({ agendaItems: z.number().int(), openActions: z.number().int() });
export type MeetingListItem = z.infer<typeof meetingListItem>;

export const meetingPage = z.object({
  items: z.array(meetingListItem),
  offset: z.number().int(),
  total: z.number().int(),
});
