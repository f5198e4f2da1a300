/**
 * File names the app suggests (the save dialog's PDF, the calendar file): "Regiodossier Regio Utrecht-Oost 2026-11-29.pdf" and
 * "Notulen Bestuurlijk overleg 2026-11-12.pdf". Characters that Windows or macOS refuse in a file
 * name become a dash; the date is ISO so the files sort by date in a folder.
 */
const FORBIDDEN = /[\\/:*?"<>|]+/g;

/** Control characters never reach a name (titles are validated as text without them anyway). */
const isPrintable = (c: string) =>
  /\s/.test(c) || (c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);

export function safeFileName(name: string, max = 150): string {
  const clean = [...name]
    .filter(isPrintable)
    .join('')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return clean.slice(0, max) || 'Regiodossier';
}

export const dossierFileName = (regionName: string, today: string) =>
  `${safeFileName(`Regiodossier ${regionName} ${today}`)}.pdf`;

export const minutesFileName = (meeting: { title: string; date: string }) =>
  `${safeFileName(`Notulen ${meeting.title} ${meeting.date}`)}.pdf`;
