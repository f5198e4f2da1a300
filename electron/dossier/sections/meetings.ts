import { formatDateNl } from '../../../shared/dates';
import { ATTENDANCE_LABELS, MEETING_KIND_LABELS } from '../../../shared/domain';
import { ACTION_SOURCE_LABELS } from '../../../shared/schemas/actionList';
import { meetingFacts, type MeetingDetail } from '../../../shared/schemas/meeting';
import { empty, esc, richText, table } from '../html';
import { actionAnchor } from './anchors';
import type { SectionModule } from './types';

const WITHHELD = 'Notulen nog niet vastgesteld';
const PLANNED = 'Gepland overleg: de notulen volgen.';

type PrintedMeeting = MeetingDetail & { minutesWithheld?: boolean; planned?: boolean };

/** A meeting whose concept notulen stay out (only vastgestelde asked for): date, kind, agenda. */
function withheldHtml(m: PrintedMeeting): string {
  return `<article class="item">
    <h2>${esc(m.title)} – ${esc(formatDateNl(m.date))}</h2>
    <p class="muted">${esc(MEETING_KIND_LABELS[m.kind])} · ${esc(m.startTime)}–${esc(m.endTime)}${
      m.location ? ` · ${esc(m.location)}` : ''
    }. ${m.planned ? PLANNED : `${WITHHELD}: dit dossier bevat alleen vastgestelde notulen.`}</p>
    ${
      m.agenda.length
        ? `<p class="label">Agenda</p><ol>${m.agenda.map((i) => `<li>${esc(i.title)}</li>`).join('')}</ol>`
        : ''
    }
  </article>`;
}

/** One meeting: when, who, and per agenda item the minutes, besluiten and actiepunten. */
export function meetingHtml(m: PrintedMeeting, withHeading = true, minutesText = true): string {
  if (m.minutesWithheld) return withheldHtml(m);
  // "Anna de Vries (Gemeente Zeist)"; absent: "Piet Jansen (VGZ, afgemeld)".
  const person = (a: MeetingDetail['attendees'][number], ...also: string[]) => {
    const between = [a.organisation, ...also].filter(Boolean).join(', ');
    return `${esc(a.name)}${between ? ` (${esc(between)})` : ''}`;
  };
  const present = m.attendees
    .filter((a) => a.attendance === 'aanwezig')
    .map((a) => person(a))
    .join(', ');
  const absent = m.attendees
    .filter((a) => a.attendance === 'afgemeld' || a.attendance === 'afwezig')
    .map((a) => person(a, ATTENDANCE_LABELS[a.attendance].toLowerCase()))
    .join(', ');
  const status = m.planned
    ? PLANNED
    : m.minutesStatus === 'vastgesteld'
      ? `Notulen vastgesteld${m.approvedOn ? ` op ${esc(formatDateNl(m.approvedOn))}` : ''}${m.approvedIn ? ` in ${esc(m.approvedIn)}` : ''}.`
      : 'Notulen in concept.';
  // In the dossier a meeting with concept notulen says so on each of its pages (style.ts); a
  // planned one has no notulen yet.
  const concept = withHeading && !m.planned && m.minutesStatus !== 'vastgesteld';
  return `<article class="item${concept ? ' concept-minutes' : ''}">
    ${withHeading ? `<h2>${esc(m.title)} – ${esc(formatDateNl(m.date))}</h2>` : ''}
    <p class="muted">${esc(MEETING_KIND_LABELS[m.kind])} · ${esc(m.startTime)}–${esc(m.endTime)}${
      m.location ? ` · ${esc(m.location)}` : ''
    }${m.chairName ? ` · voorzitter ${esc(m.chairName)}` : ''}. ${status}</p>
    ${meetingFacts(m)
      .map((f) => `<p><strong>${esc(f.label)}:</strong> ${esc(f.value)}</p>`)
      .join('')}
    ${present ? `<p><strong>Aanwezig:</strong> ${present}</p>` : ''}
    ${absent ? `<p><strong>Afwezig:</strong> ${absent}</p>` : ''}
    ${m.agenda
      .map(
        (item, i) => `<section class="agenda-item">
        <h3>${i + 1}. ${esc(item.title)}</h3>
        ${item.confidential ? '<p class="tag">Vertrouwelijk agendapunt</p>' : ''}
        ${minutesText ? `<div class="rich">${richText(item.minutesHtml)}</div>` : ''}
        ${
          item.decisions.length
            ? `<p class="label">Besluiten</p><ol>${item.decisions.map((d) => `<li>${esc(d.text)}</li>`).join('')}</ol>`
            : ''
        }
        ${
          item.actions.length
            ? table(
                ['Actiepunt', 'Wie', 'Uiterlijk', 'Status'],
                item.actions.map((a) => [
                  esc(a.text),
                  esc(a.ownerName ?? 'nog niemand'),
                  esc(formatDateNl(a.dueDate)),
                  a.status === 'afgerond'
                    ? `afgerond${a.doneOn ? ` ${esc(formatDateNl(a.doneOn))}` : ''}`
                    : 'open',
                ]),
                'actions',
              )
            : ''
        }
      </section>`,
      )
      .join('')}
  </article>`;
}

export const meetingsSection: SectionModule = {
  id: 'overleggen',
  title: 'Overleggen met besluiten en actiepunten',
  render(data) {
    if (data.meetings.length === 0) {
      return empty('Geen overleggen in deze periode.');
    }
    const lists = data.options.minutesText
      ? ''
      : '<p class="muted">Zonder notulentekst: per overleg de agenda met de besluiten en actiepunten.</p>';
    return (
      lists + data.meetings.map((m) => meetingHtml(m, true, data.options.minutesText)).join('')
    );
  },
};

export const actionsSection: SectionModule = {
  id: 'actiepunten',
  title: 'Open actiepunten',
  render(data) {
    if (data.openActions.length === 0) return empty('Er staan geen actiepunten open.');
    // Where it was agreed: "Overleg: Bestuurlijk overleg, 12 maart 2026 (notulen nog concept)".
    const pending = { overleg: 'notulen nog concept', verslag: 'verslag nog niet vastgelegd' };
    return table(
      ['Actiepunt', 'Wie', 'Uiterlijk', 'Afgesproken in'],
      data.openActions.map((a) => [
        esc(a.text),
        esc(a.ownerName ?? 'nog niemand'),
        a.dueDate
          ? `${esc(formatDateNl(a.dueDate))}${a.dueDate < data.exportedOn ? ' <strong>(over de datum)</strong>' : ''}`
          : '',
        `${esc(`${ACTION_SOURCE_LABELS[a.source]}: ${a.sourceTitle}, ${formatDateNl(a.sourceDate)}`)}${
          a.concept ? ` <span class="muted">(${pending[a.source]})</span>` : ''
        }`,
      ]),
      'actions open-actions',
      data.openActions.map((a) => actionAnchor(a.id)),
    );
  },
};
