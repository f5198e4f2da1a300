/** One meeting's notulen as PDF: the same for the app's export and the CLI's `notulen`. */
import type { Call } from './collect';
import { headingTexts } from './bookmarkTitles';
import { withMetadata } from './metadata';
import { minutesDocument, minutesTitle } from './minutesDocument';
import { NO_TEMPLATES, type PrintEngine } from './print';

export async function printMinutes(
  call: Call,
  request: { meetingId: string; includeConfidential: boolean },
  engine: PrintEngine,
  options: { signal?: AbortSignal; onPrinting?: () => void } = {},
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const meeting = call('meetings.get', { id: request.meetingId });
  const region = call('regions.get', { id: meeting.regionId });
  const settings = call('settings.get', {});
  const versions = call('minutes.versions', { id: meeting.id });
  const html = minutesDocument(meeting, region.name, request.includeConfidential, versions);
  options.onPrinting?.();
  const { pdf } = await engine.print(html, NO_TEMPLATES, (s) => s, options.signal);
  return withMetadata(pdf, {
    title: minutesTitle(meeting),
    author: settings.userName || settings.organisation,
    subject: `Notulen van ${meeting.title} in ${region.name}`,
    language: 'nl-NL',
    headings: headingTexts(html),
  });
}
