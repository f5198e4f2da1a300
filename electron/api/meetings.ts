import { DomainError } from '../../shared/api/result';
import type { Meeting } from '../../shared/schemas/meeting';
import { writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { deleteImpact } from './impact';
import { requireAgreement } from './agreements';
import { requireContact, requireRegion } from './lookups';
import { ok } from './ok';
import { prepareRichText } from './richText';
import { pickFields } from '../../db/meetings';

export function requireMeeting(ctx: ApiContext, id: string, path?: string): Meeting {
  const m = ctx.repos.meetings.find(id);
  if (!m || m.deletedAt) {
    const message = 'Dit overleg bestaat niet (meer).';
    throw new DomainError('not_found', message, path ? [{ path, message }] : undefined);
  }
  return m;
}

export function requireAgendaItem(ctx: ApiContext, id: string, path?: string) {
  const item = ctx.repos.agenda.find(id);
  const meeting = item ? ctx.repos.meetings.find(item.meetingId) : null;
  if (!item || item.deletedAt || !meeting || meeting.deletedAt) {
    const message = 'Dit agendapunt bestaat niet (meer).';
    throw new DomainError('not_found', message, path ? [{ path, message }] : undefined);
  }
  return item;
}

/** Vastgestelde notulen are read-only: a correction first makes a new version (with a reason). */
export function assertMinutesOpen(meeting: Meeting) {
  if (meeting.minutesStatus === 'vastgesteld') {
    throw new DomainError(
      'conflict',
      'De notulen van dit overleg zijn vastgesteld en kunnen niet meer worden gewijzigd. Maak eerst een nieuwe versie met de reden van de correctie.',
    );
  }
}

function checkPeople(
  ctx: ApiContext,
  input: { chairId: string | null; minuteTakerId: string | null },
) {
  if (input.chairId) requireContact(ctx, input.chairId, 'chairId');
  if (input.minuteTakerId) requireContact(ctx, input.minuteTakerId, 'minuteTakerId');
}

function detail(ctx: ApiContext, m: Meeting) {
  const nameOf = (id: string | null) => (id ? (ctx.repos.contacts.find(id)?.name ?? null) : null);
  return {
    ...m,
    chairName: nameOf(m.chairId),
    minuteTakerName: nameOf(m.minuteTakerId),
    attendees: ctx.repos.meetings.attendees(m.id).map((a) => ({
      id: a.id,
      contactId: a.contactId,
      name: a.contactName ?? a.guestName,
      email: a.contactEmail ?? a.guestEmail,
      organisation: a.guestOrganisation,
      guest: a.contactId === null,
      attendance: a.attendance,
    })),
    agenda: ctx.repos.agenda.list(m.id),
  };
}

export const meetingHandlers = defineHandlers({
  'meetings.list': (ctx, query) => {
    requireRegion(ctx, query.regionId, 'regionId');
    return ctx.repos.meetingList(query);
  },
  'meetings.get': (ctx, { id }) => detail(ctx, requireMeeting(ctx, id)),
  'meetings.create': (ctx, input) => {
    requireRegion(ctx, input.regionId, 'regionId');
    checkPeople(ctx, input);
    return ctx.repos.meetings.create(input, writer(ctx));
  },
  'meetings.update': (ctx, input) => {
    const before = requireMeeting(ctx, input.id);
    checkPeople(ctx, input);
    return ctx.repos.meetings.update(
      before,
      {
        ...pickFields(input),
        minutesStatus: before.minutesStatus,
        minutesVersion: before.minutesVersion,
        approvedOn: before.approvedOn,
        approvedIn: before.approvedIn,
      },
      writer(ctx),
    );
  },
  'meetings.setAttendees': (ctx, { meetingId, attendees }) => {
    const m = requireMeeting(ctx, meetingId);
    attendees.forEach((a, i) => {
      if ('contactId' in a) requireContact(ctx, a.contactId, `attendees[${i}]`);
    });
    ctx.repos.meetings.setAttendees(meetingId, attendees, writer(ctx));
    return detail(ctx, m);
  },
  'meetings.setAttendance': (ctx, { attendeeId, attendance }) => {
    const meetingId = ctx.repos.meetings.attendeeMeeting(attendeeId);
    if (!meetingId) throw new DomainError('not_found', 'Deze genodigde bestaat niet (meer).');
    requireMeeting(ctx, meetingId);
    ctx.repos.meetings.setAttendance(attendeeId, attendance, writer(ctx));
    return ok;
  },
  'meetings.deleteImpact': (ctx, { id }) => {
    const m = requireMeeting(ctx, id);
    return deleteImpact(ctx.repos.trash.impact('meeting', id), `Overleg ‘${m.title}’`);
  },
  'meetings.delete': (ctx, { id }) => {
    requireMeeting(ctx, id);
    ctx.repos.trash.softDelete('meeting', id, writer(ctx));
    return ok;
  },

  'agenda.add': (ctx, { meetingId, position, ...values }) => {
    assertMinutesOpen(requireMeeting(ctx, meetingId));
    values.agreementIds.forEach((id, i) => requireAgreement(ctx, id, `agreementIds[${i}]`));
    const item = ctx.repos.agenda.add(meetingId, values, position, writer(ctx));
    return ctx.repos.agenda.list(meetingId).find((i) => i.id === item.id)!;
  },
  'agenda.update': (ctx, { id, ...values }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    values.agreementIds.forEach((a, i) => requireAgreement(ctx, a, `agreementIds[${i}]`));
    ctx.repos.agenda.update(item, values, writer(ctx));
    return ctx.repos.agenda.list(item.meetingId).find((i) => i.id === id)!;
  },
  'agenda.move': (ctx, { id, position }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    ctx.repos.agenda.move(item, position, writer(ctx));
    return ctx.repos.agenda.list(item.meetingId);
  },
  'agenda.delete': (ctx, { id }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    ctx.repos.trash.softDelete('agendaItem', id, writer(ctx));
    return ok;
  },
  'agenda.saveMinutes': (ctx, { agendaItemId, minutesHtml }) => {
    const item = requireAgendaItem(ctx, agendaItemId, 'agendaItemId');
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    const minutes = prepareRichText(minutesHtml);
    const w = writer(ctx);
    ctx.repos.agenda.saveMinutes(item, minutes.html, minutes.text, w.now);
    return { savedAt: w.now, minutesHtml: minutes.html };
  },
});
