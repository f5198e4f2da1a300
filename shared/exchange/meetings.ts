/**
 * The overleggen in the exchange format (docs/exchange-format.md): meetings with their invited
 * people nested, agenda items with their minutes and linked agreements, besluiten, actiepunten
 * and the vastgestelde versions of the minutes. Added to version 1 after its first release.
 */
import { ACTION_STATUSES, MINUTES_STATUSES } from '../domain';
import { z } from '../zod';
import { email, id, isoDate, timestamp } from '../schemas/common';
import { agendaItemText, attendance, meetingKind, meetingText } from '../schemas/meeting';
import { MEETING_LIMITS } from '../meetingLimits';
import { date, line, meta, name, text } from './fields';

/** A time of day as stored, read as it is: 09:30, 14:00. */
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Vul een tijd in als uu:mm, bijvoorbeeld 14:00' });
const position = z.number().int().min(0);

/** The app's own maxima (meetings.setAttendees, agenda items' agreements, shared/meetingLimits.ts). */
export const ATTENDEES_MAX = 300;
export const AGENDA_AGREEMENTS_MAX = 50;
const atMost = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `Hoogstens ${max.toLocaleString('nl-NL')} ${what}` });

/** An invited person from the register (contactId) or a guest by name, never both. */
export const exchangeAttendee = z
  .object({
    id,
    position,
    contactId: id.nullable(),
    guestName: line(120, 'Naam van de gast'),
    guestEmail: email,
    guestOrganisation: line(120, 'Organisatie'),
    attendance,
  })
  .strict()
  .superRefine((a, ctx) => {
    // As the table's CHECK: a person from the register has no guest name, a guest has one.
    if (a.contactId === null && a.guestName.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['guestName'],
        message: 'Een gast heeft een naam (of de genodigde is een persoon: contactId)',
      });
    } else if (a.contactId !== null && (a.guestName || a.guestEmail || a.guestOrganisation)) {
      ctx.addIssue({
        code: 'custom',
        path: ['guestName'],
        message: 'Een genodigde is een persoon (contactId) of een gast met naam, niet allebei',
      });
    }
  });

export const exchangeMeeting = z
  .object({
    ...meta,
    regionId: id,
    kind: meetingKind,
    title: name(200, 'Titel'),
    date: isoDate,
    startTime: clock,
    endTime: clock,
    /** The domain's own rules; absent in older files (a field that came later): ''. */
    ...meetingText.fields,
    online: z.boolean(),
    chairId: id.nullable(),
    minuteTakerId: id.nullable(),
    minutesStatus: z.enum(MINUTES_STATUSES),
    /** The version the minutes are at: the vastgestelde one, or the concept after it. */
    minutesVersion: z.number().int().min(1),
    approvedOn: date,
    approvedIn: line(200, 'Vastgesteld in'),
    attendees: atMost(exchangeAttendee, ATTENDEES_MAX, 'genodigden per overleg'),
  })
  .strict()
  .superRefine((m, ctx) => {
    // As the table's CHECK and the meeting form: an overleg ends after it starts (same day).
    if (m.endTime <= m.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'De eindtijd moet na de begintijd liggen',
      });
    }
    // Vastgesteld means: on a date, in a meeting (minutes.approve asks both).
    if (m.minutesStatus === 'vastgesteld' && (m.approvedOn === null || !m.approvedIn.trim())) {
      ctx.addIssue({
        code: 'custom',
        path: [m.approvedOn === null ? 'approvedOn' : 'approvedIn'],
        message: 'Vastgestelde notulen hebben een datum en een overleg waarin ze zijn vastgesteld',
      });
    }
  });

export const exchangeAgendaItem = z
  .object({
    ...meta,
    meetingId: id,
    position,
    title: name(200, 'Titel van het agendapunt'),
    ...agendaItemText.fields,
    confidential: z.boolean(),
    /** Sanitised again on import; the plain-text column is derived from it. */
    minutesHtml: text(200_000),
    agreementIds: atMost(id, AGENDA_AGREEMENTS_MAX, 'afspraken per agendapunt'),
  })
  .strict();

export const exchangeDecision = z
  .object({ ...meta, agendaItemId: id, position, text: name(2000, 'Besluit', 'multi') })
  .strict();

export const exchangeActionItem = z
  .object({
    ...meta,
    /** The source: an agenda item or (since the gespreksverslagen) a verslag, exactly one. */
    agendaItemId: id.nullable(),
    conversationId: id.nullable().default(null),
    position,
    text: name(1000, 'Actiepunt', 'multi'),
    ownerId: id.nullable(),
    dueDate: date,
    status: z.enum(ACTION_STATUSES),
    doneOn: date,
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.agendaItemId === null) === (a.conversationId === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['agendaItemId'],
        message:
          'Een actiepunt hoort bij een agendapunt of bij een gespreksverslag (één van beide)',
      });
    }
    // As actions.setStatus writes it: afgerond on a day, open without one.
    if ((a.status === 'afgerond') !== (a.doneOn !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['doneOn'],
        message:
          a.status === 'afgerond'
            ? 'Een afgerond actiepunt heeft een datum waarop het is afgerond'
            : 'Een open actiepunt heeft geen datum van afronden',
      });
    }
  });

/** What was approved, as shared/schemas/meeting.ts minutesSnapshot, with unknown fields refused. */
const snapshot = z
  .object({
    attendees: atMost(
      z.object({ name: line(300, 'Naam'), attendance }).strict(),
      ATTENDEES_MAX,
      'genodigden per overleg',
    ),
    agenda: atMost(
      z
        .object({
          title: line(200, 'Titel'),
          confidential: z.boolean(),
          minutesHtml: text(200_000),
          decisions: atMost(text(2000), MEETING_LIMITS.decisions, 'besluiten per agendapunt'),
          actions: atMost(
            z
              .object({
                text: text(1000),
                ownerName: line(300, 'Naam').nullable(),
                dueDate: date,
              })
              .strict(),
            MEETING_LIMITS.actions,
            'actiepunten per agendapunt',
          ),
        })
        .strict(),
      MEETING_LIMITS.agendaItems,
      'agendapunten per overleg',
    ),
  })
  .strict();

/** A vastgestelde version of a meeting's minutes (no soft delete: it goes with its meeting). */
export const exchangeMinutesVersion = z
  .object({
    id,
    meetingId: id,
    version: z.number().int().min(1),
    approvedOn: isoDate,
    approvedIn: line(200, 'Vastgesteld in'),
    correctionReason: text(1000),
    snapshot,
    at: timestamp,
    actor: line(300, 'Door wie'),
  })
  .strict();
