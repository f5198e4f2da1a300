import { createEvent } from 'ics';
import { DomainError } from '../../shared/api/result';
import { amsterdamToUtc } from '../../shared/amsterdamTime';
import { formatDateNl } from '../../shared/dates';
import { MEETING_KIND_LABELS } from '../../shared/domain';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import { encodeParamValue, foldIcs } from './icsText';

/** A UTC instant as the `ics` package takes it: [year, month, day, hour, minute]. */
const utcArray = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

const weekday = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', timeZone: 'UTC' });

/** "donderdag 12 november 2026, 14:00–16:00" */
export function whenNl(m: Pick<MeetingDetail, 'date' | 'startTime' | 'endTime'>): string {
  const day = weekday.format(new Date(`${m.date}T12:00:00Z`));
  return `${day} ${formatDateNl(m.date)}, ${m.startTime}–${m.endTime}`;
}

const whereNl = (m: MeetingDetail) =>
  [m.location, m.online ? (m.location ? 'ook online' : 'online') : ''].filter(Boolean).join(', ');

/** The invitation as plain text for an e-mail: what, when, where, who chairs, and the agenda. */
export function invitationText(m: MeetingDetail): string {
  const lines = [
    `Uitnodiging: ${m.title}`,
    '',
    `Soort overleg: ${MEETING_KIND_LABELS[m.kind]}`,
    `Datum en tijd: ${whenNl(m)}`,
  ];
  const where = whereNl(m);
  if (where) lines.push(`Locatie: ${where}`);
  if (m.chairName) lines.push(`Voorzitter: ${m.chairName}`);
  if (m.agenda.length > 0) {
    lines.push('', 'Agenda');
    m.agenda.forEach((item, i) => {
      const presenter = item.presenter ? ` (inleider: ${item.presenter})` : '';
      lines.push(
        `${i + 1}. ${item.title}${presenter}${item.confidential ? ' – vertrouwelijk' : ''}`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The meeting as an iCalendar file that Outlook and other agendas open: times in UTC converted
 * from Amsterdam time, the chair (or else the minute-taker) with an e-mail address as organiser.
 * METHOD:PUBLISH: the coordinator saves the file and puts it in an agenda or passes it on; it is
 * not a scheduling message from the organiser (METHOD:REQUEST), so it has no ATTENDEE lines
 * (RFC 5546 §3.2.1) and asks nobody to reply; the invitees are in the invitation text.
 * SEQUENCE is the number of audited updates of the meeting, so a file saved after a change
 * replaces the one saved before (same UID, higher SEQUENCE). The organiser's name is encoded
 * per RFC 6868 and every line folded at 75 octets (`icsText.ts`).
 */
export function meetingIcs(
  m: MeetingDetail,
  organiser: { name: string; email: string } | null,
  sequence: number,
) {
  const { error, value } = createEvent({
    uid: `${m.id}@regiodossier`,
    productId: 'Regiodossier',
    method: 'PUBLISH',
    sequence,
    title: m.title,
    description: invitationText(m),
    location: whereNl(m) || undefined,
    start: utcArray(amsterdamToUtc(m.date, m.startTime)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcArray(amsterdamToUtc(m.date, m.endTime)),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(organiser && {
      organizer: { name: encodeParamValue(organiser.name), email: organiser.email },
    }),
  });
  if (error || !value) {
    throw new DomainError('internal', 'Het agenda-bestand kon niet worden gemaakt.');
  }
  return foldIcs(value);
}
