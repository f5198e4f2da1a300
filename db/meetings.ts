import { randomUUID } from 'node:crypto';
import { and, eq, isNull, max, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { NEW_MINUTES_STATUS, type Attendance } from '../shared/domain';
import type { Meeting, MeetingCreate } from '../shared/schemas/meeting';
import { createAuditLog, type Writer } from './audit';
import { createAuditedWrites, inTransaction } from './audited';
import { param, params } from './placeholders';
import { prepareRun, prepareSelect } from './preparedSql';
import {
  MEETING_FIELDS,
  meetingSearchText,
  meetingValues,
  toMeeting,
  type MeetingValues,
} from './meetingRow';
import { contact, meeting, meetingAttendee, party } from './schema';
import type { Db } from './sqlite';
import { prepareRowById, whereId } from './rowById';

export { MEETING_FIELDS, meetingSearchText, toMeeting } from './meetingRow';

/** An attendee as stored: a person from the register, or a guest by name. */
export type AttendeeValues =
  | { contactId: string; attendance: Attendance }
  | { guestName: string; guestEmail: string; guestOrganisation: string; attendance: Attendance };

/** The meeting itself and its attendees (the agenda is db/agenda.ts). */
export function createMeetingRepository(db: Db) {
  const orm = drizzle(db);
  const audit = createAuditLog(db);
  const get = prepareRowById(orm, meeting);
  const insert = orm
    .insert(meeting)
    .values({
      ...params(meeting, 'id', 'regionId', ...MEETING_FIELDS, 'searchText'),
      createdAt: param('now'),
      updatedAt: param('now'),
    })
    .prepare();
  const update = orm
    .update(meeting)
    .set({ ...params(meeting, ...MEETING_FIELDS, 'searchText'), updatedAt: param('now') })
    .where(whereId(meeting))
    .prepare();
  const touch = orm
    .update(meeting)
    .set({ updatedAt: param('now') })
    .where(whereId(meeting))
    .prepare();

  const attendees = prepareSelect(
    db,
    {
      id: meetingAttendee.id,
      contactId: meetingAttendee.contactId,
      contactName: contact.name,
      contactEmail: contact.email,
      /** The organisation of a person from the register: their party. */
      partyName: party.name,
      guestName: meetingAttendee.guestName,
      guestEmail: meetingAttendee.guestEmail,
      guestOrganisation: meetingAttendee.guestOrganisation,
      attendance: meetingAttendee.attendance,
    },
    sql`FROM ${meetingAttendee} LEFT JOIN ${contact} ON ${contact.id} = ${meetingAttendee.contactId}
      LEFT JOIN ${party} ON ${party.id} = ${contact.partyId} AND ${party.deletedAt} IS NULL
      WHERE ${meetingAttendee.meetingId} = ${param('meetingId')}
      ORDER BY ${meetingAttendee.position}`,
  );
  const clearAttendees = prepareRun(
    db,
    sql`DELETE FROM ${meetingAttendee} WHERE ${meetingAttendee.meetingId} = ${param('meetingId')}`,
  );
  const insertAttendee = orm
    .insert(meetingAttendee)
    .values(
      params(
        meetingAttendee,
        'id',
        'meetingId',
        'position',
        'contactId',
        'guestName',
        'guestEmail',
        'guestOrganisation',
        'attendance',
      ),
    )
    .prepare();
  const attendeeById = orm
    .select({ meetingId: meetingAttendee.meetingId, attendance: meetingAttendee.attendance })
    .from(meetingAttendee)
    .where(whereId(meetingAttendee))
    .prepare();
  const setAttendance = orm
    .update(meetingAttendee)
    .set({ attendance: sql`${param('attendance')}` })
    .where(whereId(meetingAttendee))
    .prepare();
  const nextPosition = orm
    .select({ next: sql<number>`COALESCE(MAX(${meetingAttendee.position}) + 1, 0)` })
    .from(meetingAttendee)
    .where(eq(meetingAttendee.meetingId, param('meetingId')))
    .prepare();
  const lastOfRegion = orm
    .select({ date: max(meeting.date) })
    .from(meeting)
    .where(
      and(
        eq(meeting.regionId, param('regionId')),
        eq(meeting.kind, 'voortgangsgesprek'),
        isNull(meeting.deletedAt),
      ),
    )
    .prepare();

  const find = (id: string): Meeting | null => {
    const row = get.get({ id });
    return row ? toMeeting(row) : null;
  };
  const writes = createAuditedWrites(db, 'meeting', find, MEETING_FIELDS);

  /** Who is invited, in the order given: "Anna de Vries (aanwezig), gast Piet Jansen". */
  const attendeeSummary = (meetingId: string) =>
    attendees
      .all({ meetingId })
      .map((a) => `${a.contactName ?? a.guestName} (${a.attendance})`)
      .join(', ');

  return {
    find,
    attendees: (meetingId: string) => attendees.all({ meetingId }),
    /** The date of the region's latest voortgangsgesprek, or null. */
    lastProgressMeeting: (regionId: string) => lastOfRegion.get({ regionId })?.date ?? null,
    create: inTransaction(db, (input: MeetingCreate, w: Writer): Meeting => {
      const id = randomUUID();
      const { regionId, ...own } = input;
      const values: MeetingValues = {
        ...own,
        date: own.date!,
        minutesStatus: NEW_MINUTES_STATUS,
        minutesVersion: 1,
        approvedOn: null,
        approvedIn: '',
      };
      return writes.create(id, w, () =>
        insert.run({
          id,
          regionId,
          ...values,
          online: Number(values.online),
          searchText: meetingSearchText(values),
          now: w.now,
        }),
      );
    }),
    /** Writes the fields in `next`; the others stay as stored. */
    update: inTransaction(
      db,
      (before: Meeting, next: Partial<MeetingValues>, w: Writer): Meeting => {
        const values: MeetingValues = { ...meetingValues(before), ...next };
        return writes.update(before, values, w, () =>
          update.run({
            id: before.id,
            ...values,
            online: Number(values.online),
            searchText: meetingSearchText(values),
            now: w.now,
          }),
        );
      },
    ),
    /** Replaces the invited people and guests; the audit entry names who was and is invited. */
    setAttendees: inTransaction(
      db,
      (meetingId: string, list: readonly AttendeeValues[], w: Writer): void => {
        const from = attendeeSummary(meetingId);
        clearAttendees.run({ meetingId });
        list.forEach((a, position) =>
          insertAttendee.run({
            id: randomUUID(),
            meetingId,
            position,
            contactId: 'contactId' in a ? a.contactId : null,
            guestName: 'guestName' in a ? a.guestName : '',
            guestEmail: 'guestName' in a ? a.guestEmail : '',
            guestOrganisation: 'guestName' in a ? a.guestOrganisation : '',
            attendance: a.attendance,
          }),
        );
        const to = attendeeSummary(meetingId);
        if (from === to) return;
        touch.run({ id: meetingId, now: w.now });
        audit.record('meeting', meetingId, 'update', w, { attendees: { from, to } });
      },
    ),
    /**
     * Invites people from the register after those already invited ("Alle aanspreekpunten
     * uitnodigen"), in one audit entry as a single invitation writes it. The caller leaves out
     * who is already invited.
     */
    addPeople: inTransaction(
      db,
      (meetingId: string, contactIds: readonly string[], w: Writer): void => {
        if (contactIds.length === 0) return;
        const from = attendeeSummary(meetingId);
        const next = nextPosition.get({ meetingId })?.next ?? 0;
        contactIds.forEach((contactId, i) =>
          insertAttendee.run({
            id: randomUUID(),
            meetingId,
            position: next + i,
            contactId,
            guestName: '',
            guestEmail: '',
            guestOrganisation: '',
            attendance: 'uitgenodigd',
          }),
        );
        touch.run({ id: meetingId, now: w.now });
        const to = attendeeSummary(meetingId);
        audit.record('meeting', meetingId, 'update', w, { attendees: { from, to } });
      },
    ),
    /** The meeting an attendee belongs to, or null. */
    attendeeMeeting: (attendeeId: string) =>
      attendeeById.get({ id: attendeeId })?.meetingId ?? null,
    setAttendance: inTransaction(
      db,
      (attendeeId: string, attendance: Attendance, w: Writer): void => {
        const before = attendeeById.get({ id: attendeeId });
        if (!before || before.attendance === attendance) return;
        const from = attendeeSummary(before.meetingId);
        setAttendance.run({ id: attendeeId, attendance });
        touch.run({ id: before.meetingId, now: w.now });
        const to = attendeeSummary(before.meetingId);
        audit.record('meeting', before.meetingId, 'update', w, { attendees: { from, to } });
      },
    ),
  };
}
export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
