import { DomainError } from '../../shared/api/result';
import { staleBase } from '../../shared/api/staleBase';
import type { Meeting } from '../../shared/schemas/meeting';
import { writer, type ApiContext } from './context';
import { safeFileName } from '../../shared/fileNames';
import { MEETING_LIMITS, meetingLimitMessage } from '../../shared/meetingLimits';
import { defineHandlers } from './handler';
import { deleteImpact } from './impact';
import { requireAgreement } from './agreements';
import { live, requireContact, requireRegion } from './lookups';
import { ok } from './ok';
import { prepareRichText } from '../text/richText';
import { invitationText, meetingIcs } from './meetingCalendar';

export const requireMeeting = (ctx: ApiContext, id: string, path?: string): Meeting =>
  live(ctx.repos.meetings.find(id), 'Dit overleg', path);

/** A live agenda item of a live meeting. */
export function requireAgendaItem(ctx: ApiContext, id: string, path?: string) {
  const item = live(ctx.repos.agenda.find(id), 'Dit agendapunt', path);
  live(ctx.repos.meetings.find(item.meetingId), 'Dit agendapunt', path);
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
      organisation: a.contactId ? (a.partyName ?? '') : a.guestOrganisation,
      guest: a.contactId === null,
      attendance: a.attendance,
    })),
    agenda: agendaOf(ctx, m.id),
    openActionsBefore: ctx.repos.decisions.openBefore(m.regionId, m.date),
  };
}

/** The meeting's agenda items with their decisions and actions. */
export function agendaOf(ctx: ApiContext, meetingId: string) {
  const { decisions, actions } = ctx.repos.decisions.ofMeeting(meetingId);
  const links = ctx.repos.decisionLinks.ofMeeting(meetingId);
  return ctx.repos.agenda.list(meetingId).map((item) => ({
    ...item,
    decisions: (decisions.get(item.id) ?? []).map((d) => ({
      ...d,
      agreements: links.get(d.id) ?? [],
    })),
    actions: actions.get(item.id) ?? [],
  }));
}
const itemOf = (ctx: ApiContext, meetingId: string, id: string) =>
  agendaOf(ctx, meetingId).find((i) => i.id === id)!;

/** The live agenda item `id`, in a meeting whose minutes are open for changes. */
export function openItem(ctx: ApiContext, id: string, path?: string) {
  const item = requireAgendaItem(ctx, id, path);
  assertMinutesOpen(requireMeeting(ctx, item.meetingId));
  return item;
}

/** One more would pass the meeting's limit (shared/meetingLimits.ts): refused in Dutch. */
export function atMost(count: number, kind: keyof typeof MEETING_LIMITS, path: string) {
  if (count < MEETING_LIMITS[kind]) return;
  const message = `${meetingLimitMessage(kind)} Er is niets toegevoegd.`;
  throw new DomainError('invalid_input', message, [{ path, message }]);
}

function requireDecision(ctx: ApiContext, id: string) {
  const d = live(ctx.repos.decisions.findDecision(id), 'Dit besluit');
  return { decision: d, item: openItem(ctx, d.agendaItemId) };
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
    // The form's fields; the minutes' status and version stay as stored.
    const { id: _id, ...own } = input;
    return ctx.repos.meetings.update(before, { ...own, date: own.date! }, writer(ctx));
  },
  'meetings.setAttendees': (ctx, { meetingId, attendees }) => {
    const m = requireMeeting(ctx, meetingId);
    assertMinutesOpen(m);
    attendees.forEach((a, i) => {
      if ('contactId' in a) requireContact(ctx, a.contactId, `attendees[${i}]`);
    });
    ctx.repos.meetings.setAttendees(meetingId, attendees, writer(ctx));
    return detail(ctx, m);
  },
  'meetings.setAttendance': (ctx, { attendeeId, attendance }) => {
    const meetingId = ctx.repos.meetings.attendeeMeeting(attendeeId);
    if (!meetingId) throw new DomainError('not_found', 'Deze genodigde bestaat niet (meer).');
    assertMinutesOpen(requireMeeting(ctx, meetingId));
    ctx.repos.meetings.setAttendance(attendeeId, attendance, writer(ctx));
    return ok;
  },
  /** "Toevoegen aan agenda" (.ics) and the invitation text for an e-mail. */
  'meetings.calendar': (ctx, { id }) => {
    const m = detail(ctx, requireMeeting(ctx, id));
    const person = [m.chairId, m.minuteTakerId]
      .map((c) => (c ? ctx.repos.contacts.find(c) : null))
      .find((c) => c && c.email !== '');
    const organiser = person ? { name: person.name, email: person.email } : null;
    return {
      fileName: `${safeFileName(`${m.date} ${m.title}`, 120)}.ics`,
      ics: meetingIcs(
        m,
        organiser,
        ctx.repos.audit.forEntity('meeting', m.id).filter((e) => e.action === 'update').length,
      ),
      invitation: invitationText(m),
    };
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
    atMost(ctx.repos.agenda.list(meetingId).length, 'agendaItems', 'meetingId');
    values.agreementIds.forEach((id, i) => requireAgreement(ctx, id, `agreementIds[${i}]`));
    const item = ctx.repos.agenda.add(meetingId, values, position, writer(ctx));
    return itemOf(ctx, meetingId, item.id);
  },
  'agenda.update': (ctx, { id, ...values }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    values.agreementIds.forEach((a, i) => requireAgreement(ctx, a, `agreementIds[${i}]`));
    ctx.repos.agenda.update(item, values, writer(ctx));
    return itemOf(ctx, item.meetingId, id);
  },
  'agenda.move': (ctx, { id, position }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    ctx.repos.agenda.move(item, position, writer(ctx));
    return agendaOf(ctx, item.meetingId);
  },
  'agenda.delete': (ctx, { id }) => {
    const item = requireAgendaItem(ctx, id);
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    ctx.repos.trash.softDelete('agendaItem', id, writer(ctx));
    return ok;
  },
  'agenda.minutes': (ctx, { id }) => {
    const item = requireAgendaItem(ctx, id, 'id');
    return { minutesHtml: item.minutesHtml, minutesRevision: item.minutesRevision };
  },
  'agenda.saveMinutes': (ctx, { agendaItemId, minutesHtml, baseRevision }) => {
    const item = requireAgendaItem(ctx, agendaItemId, 'agendaItemId');
    assertMinutesOpen(requireMeeting(ctx, item.meetingId));
    const minutes = prepareRichText(minutesHtml);
    // Saving the text that is stored already overwrites nothing, whatever its base.
    if (item.minutesRevision !== baseRevision && item.minutesHtml !== minutes.html) {
      throw staleBase('Deze notulen zijn');
    }
    const w = writer(ctx);
    const minutesRevision = ctx.repos.agenda.saveMinutes(item, minutes.html, minutes.text, w.now);
    return { savedAt: w.now, minutesHtml: minutes.html, minutesRevision };
  },

  'decisions.add': (ctx, { agendaItemId, text }) => {
    const item = openItem(ctx, agendaItemId, 'agendaItemId');
    const { decisions } = ctx.repos.decisions.ofMeeting(item.meetingId);
    atMost(decisions.get(agendaItemId)?.length ?? 0, 'decisions', 'agendaItemId');
    const d = ctx.repos.decisions.addDecision(agendaItemId, text, writer(ctx));
    return { id: d.id, agendaItemId, text: d.text, agreements: [] };
  },
  'decisions.update': (ctx, { id, text }) => {
    const { decision, item } = requireDecision(ctx, id);
    const d = ctx.repos.decisions.updateDecision(decision, text, writer(ctx));
    const agreements = ctx.repos.decisionLinks.ofMeeting(item.meetingId).get(id) ?? [];
    return { id, agendaItemId: d.agendaItemId, text: d.text, agreements };
  },
  'decisions.delete': (ctx, { id }) => {
    requireDecision(ctx, id);
    ctx.repos.trash.softDelete('decision', id, writer(ctx));
    return ok;
  },
});
