/** A person's overdracht as PDF: the same for the app's export and the CLI's `overdracht`. */
import type { Call } from './collect';
import { headingTexts } from './bookmarkTitles';
import { handoverDocument, handoverTitle } from './handoverDocument';
import { withMetadata } from './metadata';
import { NO_TEMPLATES, type PrintEngine } from './print';

export async function printHandover(
  call: Call,
  request: { contactId: string },
  engine: PrintEngine,
  options: { signal?: AbortSignal; onPrinting?: () => void } = {},
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const handover = call('handover.get', { contactId: request.contactId });
  const settings = call('settings.get', {});
  const html = handoverDocument(handover);
  options.onPrinting?.();
  const { pdf } = await engine.print(html, NO_TEMPLATES, (s) => s, options.signal);
  return withMetadata(pdf, {
    title: handoverTitle(handover),
    author: settings.userName || settings.organisation,
    subject: `Overdracht van ${handover.person.name}: rollen, afspraken, actiepunten en contacten`,
    language: 'nl-NL',
    headings: headingTexts(html),
  });
}
