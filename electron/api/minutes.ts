import { DomainError } from '../../shared/api/result';
import { NEW_MINUTES_STATUS } from '../../shared/domain';
import { minutesSnapshot, type Meeting, type MinutesSnapshot } from '../../shared/schemas/meeting';
import { formatDateNl } from '../../shared/dates';
import type { Writer } from '../../db';
import { today, writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { agendaOf, requireMeeting } from './meetings';

/** The minutes as they stand: what a vastgestelde version keeps. */
function snapshotOf(ctx: ApiContext, meetingId: string): MinutesSnapshot {
  return {
    attendees: ctx.repos.meetings.attendees(meetingId).map((a) => ({
      name: a.contactName ?? a.guestName,
      attendance: a.attendance,
    })),
    agenda: agendaOf(ctx, meetingId).map((item) => ({
      title: item.title,
      confidential: item.confidential,
      minutesHtml: item.minutesHtml,
      decisions: item.decisions.map((d) => d.text),
      actions: item.actions.map((a) => ({
        text: a.text,
        ownerName: a.ownerName,
        dueDate: a.dueDate,
      })),
    })),
  };
}

/** Vaststellen: the minutes become read-only; this version is kept as it is now. */
export function approveMinutes(
  ctx: ApiContext,
  m: Meeting,
  approvedOn: string,
  approvedIn: string,
  w: Writer,
): Meeting {
  ctx.repos.minutesVersions.add(
    { meetingId: m.id, version: m.minutesVersion, approvedOn, approvedIn },
    snapshotOf(ctx, m.id),
    w,
  );
  return ctx.repos.meetings.update(
    m,
    { minutesStatus: 'vastgesteld', minutesVersion: m.minutesVersion, approvedOn, approvedIn },
    w,
  );
}

export const minutesHandlers = defineHandlers({
  'minutes.approve': (ctx, { meetingId, approvedOn, approvedIn }) => {
    const m = requireMeeting(ctx, meetingId);
    if (m.minutesStatus === 'vastgesteld') {
      throw new DomainError('conflict', 'Deze notulen zijn al vastgesteld.');
    }
    // Notulen are vastgesteld after the meeting (in Dutch local time), on a day that has come.
    if (m.date > today(ctx)) {
      throw new DomainError(
        'conflict',
        `Dit overleg moet nog plaatsvinden (${formatDateNl(m.date)}); de notulen kunnen pas daarna worden vastgesteld.`,
      );
    }
    if (approvedOn! > today(ctx)) {
      const message = `De datum van vaststelling kan niet later dan vandaag (${formatDateNl(today(ctx))}) liggen.`;
      throw new DomainError('invalid_input', message, [{ path: 'approvedOn', message }]);
    }
    if (approvedOn! < m.date) {
      const message = `De notulen kunnen niet vóór het overleg zelf (${formatDateNl(m.date)}) zijn vastgesteld.`;
      throw new DomainError('invalid_input', message, [{ path: 'approvedOn', message }]);
    }
    return approveMinutes(ctx, m, approvedOn!, approvedIn, writer(ctx));
  },
  /** A correction: a new concept version; the vastgestelde one stays viewable with the reason. */
  'minutes.correct': (ctx, { meetingId, reason }) => {
    const m = requireMeeting(ctx, meetingId);
    if (m.minutesStatus !== 'vastgesteld') {
      throw new DomainError(
        'conflict',
        'Deze notulen zijn nog niet vastgesteld: u kunt ze gewoon wijzigen.',
      );
    }
    ctx.repos.minutesVersions.setCorrectionReason(meetingId, m.minutesVersion, reason);
    return ctx.repos.meetings.update(
      m,
      {
        minutesStatus: NEW_MINUTES_STATUS,
        minutesVersion: m.minutesVersion + 1,
        approvedOn: null,
        approvedIn: '',
      },
      writer(ctx),
    );
  },
  'minutes.versions': (ctx, { id }) => {
    requireMeeting(ctx, id);
    return ctx.repos.minutesVersions.list(id).map((v) => ({
      version: v.version,
      approvedOn: v.approvedOn,
      approvedIn: v.approvedIn,
      correctionReason: v.correctionReason,
      at: v.at,
      actor: v.actor,
      snapshot: minutesSnapshot.parse(JSON.parse(v.snapshot)),
    }));
  },
});
