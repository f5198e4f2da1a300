/**
 * One meeting's notulen as a document of their own (from the meeting view), in the dossier's
 * style and through the same print engine: a title block instead of the cover, then the meeting
 * with its minutes, besluiten and actiepunten. Vertrouwelijke agenda items stay out unless asked.
 */
import { formatDateNl } from '../../shared/dates';
import type { MeetingDetail, MinutesVersion } from '../../shared/schemas/meeting';
import { fontFaces } from './fonts';
import { esc } from './html';
import { meetingHtml } from './sections/meetings';
import { DOSSIER_CSS, marginBoxes } from './style';

export const minutesTitle = (meeting: Pick<MeetingDetail, 'title' | 'date'>) =>
  `Notulen ${meeting.title}, ${formatDateNl(meeting.date)}`;

/**
 * Which version of corrected notulen this is, and why (issue 19): "Versie 2, vastgesteld op …
 * (correctie: reden)", or for the concept after a correction "Concept voor versie 2 (correctie
 * van versie 1: reden)". The reason is kept on the version it corrects. '' for a first version.
 */
export function versionLine(
  m: Pick<MeetingDetail, 'minutesStatus' | 'minutesVersion' | 'approvedOn'>,
  versions: Pick<MinutesVersion, 'version' | 'correctionReason'>[],
): string {
  const n = m.minutesVersion;
  if (n <= 1) return '';
  const reason = versions.find((v) => v.version === n - 1)?.correctionReason ?? '';
  if (m.minutesStatus === 'vastgesteld') {
    const on = m.approvedOn ? `, vastgesteld op ${formatDateNl(m.approvedOn)}` : ', vastgesteld';
    return `Versie ${n}${on}${reason ? ` (correctie: ${reason})` : ''}`;
  }
  return `Concept voor versie ${n} (correctie van versie ${n - 1}${reason ? `: ${reason}` : ''})`;
}

export function minutesDocument(
  meeting: MeetingDetail,
  regionName: string,
  includeConfidential = false,
  versions: Pick<MinutesVersion, 'version' | 'correctionReason'>[] = [],
): string {
  const m = {
    ...meeting,
    agenda: meeting.agenda.filter((i) => includeConfidential || !i.confidential),
  };
  const title = minutesTitle(m);
  const status = m.minutesStatus === 'vastgesteld' ? '' : 'Concept';
  const version = versionLine(m, versions);
  return `<!doctype html>
<html lang="nl-NL">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${esc(title)}</title>
<style>${fontFaces()}\n${DOSSIER_CSS}\n${marginBoxes(status, `Notulen ${m.title} · ${formatDateNl(m.date)}`, false)}</style>
</head>
<body>
${status ? `<p class="marking">${esc(status)}</p>` : ''}
<p class="cover-kind">${esc(regionName)}</p>
<h1>${esc(title)}</h1>
${version ? `<p class="version"><strong>${esc(version)}</strong></p>` : ''}
${meetingHtml(m, false)}
</body>
</html>`;
}
