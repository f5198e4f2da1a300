/**
 * The besluiten an afspraak cites, as the dossier may show them (issue 19): the text only when
 * the reader of this dossier may see it (vastgestelde notulen, or concept notulen when asked for;
 * a vertrouwelijk agendapunt only when asked for), else a reference without the text, so the
 * afspraken never quote a besluit the overleggen leave out.
 */
import type { Call } from './collect';
import type { DossierOptions } from '../../shared/schemas/dossier';
import type { AgreementDetail } from '../../shared/schemas/agreement';
import type { MeetingDetail } from '../../shared/schemas/meeting';

export interface Citation {
  /** The besluit's text; null when this dossier may not show it (see `note`). */
  text: string | null;
  meetingTitle: string;
  meetingDate: string;
  /** Why the text is left out, or that the overleg is not in this dossier; '' when neither. */
  note: string;
}

export function citationsOf(
  call: Call,
  agreements: AgreementDetail[],
  printed: MeetingDetail[],
  options: DossierOptions,
): Map<string, Citation[]> {
  const known = new Map(printed.map((m) => [m.id, m]));
  const inDossier = new Set(printed.map((m) => m.id));
  const meeting = (id: string) => {
    let m = known.get(id);
    if (!m) known.set(id, (m = call('meetings.get', { id })));
    return m;
  };
  return new Map(
    agreements.map((a) => [
      a.id,
      a.decisionLinks.map((link): Citation => {
        const m = meeting(link.meetingId);
        const item = m.agenda.find((i) => i.decisions.some((d) => d.id === link.decisionId));
        const cited = { meetingTitle: link.meetingTitle, meetingDate: link.meetingDate };
        if (item?.confidential && !options.includeConfidential)
          return { ...cited, text: null, note: 'vertrouwelijk agendapunt' };
        if (options.minutes === 'vastgesteld' && m.minutesStatus !== 'vastgesteld')
          return { ...cited, text: null, note: 'notulen nog niet vastgesteld' };
        const outside = options.sections.includes('overleggen') && !inDossier.has(m.id);
        return { ...cited, text: link.text, note: outside ? 'buiten de gekozen periode' : '' };
      }),
    ]),
  );
}
