import { formatDateNl, todayIso } from '../../../shared/dates';
import type { MeetingKind } from '../../../shared/domain';
import type { Decision, MeetingDetail } from '../../../shared/schemas/meeting';
import type { AgreementFormValues } from '../agreements/agreementFormValues';

/** Meetings whose besluiten carry bestuurlijke dekking (the bestuurders are at the table). */
const BESTUURLIJK: readonly MeetingKind[] = ['bestuurlijk_regio_overleg', 'voortgangsgesprek'];
/** Whether a besluit of this meeting gives bestuurlijke dekking (the default in both dialogs). */
export const givesDekking = (kind: MeetingKind) => BESTUURLIJK.includes(kind);

/** "Voortgangsgesprek najaar van 12 november 2026": the meeting a besluit was taken in. */
export const takenIn = (m: Pick<MeetingDetail, 'title' | 'date'>) =>
  `${m.title} van ${formatDateNl(m.date)}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The title: the besluit's first sentence or line, within the title's 200 characters. */
export function titleFrom(text: string): string {
  const first = text
    .split(/\n|(?<=[.!?])\s/)[0]!
    .trim()
    .replace(/[.!?]$/, '');
  return first.length <= 200 ? first : `${first.slice(0, 199).trimEnd()}…`;
}

/**
 * The new afspraak's form, pre-filled from the besluit and its meeting. Bestuurlijke dekking only
 * for a bestuurlijk meeting that has taken place: a besluit of a meeting still to come is not
 * taken yet, so it covers nothing (the same rule as "Bestaande afspraak wijzigen").
 */
export function agreementFromDecision(
  decision: Decision,
  meeting: MeetingDetail,
  today: string = todayIso(),
): Partial<AgreementFormValues> {
  const dekking = givesDekking(meeting.kind) && meeting.date <= today;
  return {
    title: titleFrom(decision.text),
    descriptionHtml:
      `<p>Besluit in ${escapeHtml(takenIn(meeting))}:</p>` +
      decision.text
        .split(/\n+/)
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join(''),
    dekking: dekking
      ? { granted: true, by: takenIn(meeting).slice(0, 300), on: meeting.date }
      : { granted: false, by: '', on: null },
  };
}
