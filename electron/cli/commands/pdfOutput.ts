import { findBrowser } from '../../dossier/findBrowser';
import type { CommandContext } from '../context';
import { outTarget, writeWhole } from '../files';
import { CliError, facts } from '../io';

/**
 * Where a PDF command writes and which browser prints it, both checked before the (slower)
 * printing: `--out` given, its folder writable, a Chromium, Chrome or Edge found.
 */
export function pdfTarget(ctx: CommandContext): { out: string; browser: string } {
  const out = outTarget(ctx, 'Geef het PDF-bestand op met --out <bestand.pdf>.');
  const { env, platform } = facts(ctx.io);
  const browser = findBrowser(env, platform);
  if (!browser) {
    throw new CliError(
      'Geen Chromium, Google Chrome of Microsoft Edge gevonden om de PDF mee te maken. ' +
        'Installeer een van deze browsers, of wijs er een aan met REGIODOSSIER_BROWSER=<pad>.',
    );
  }
  return { out, browser };
}

/** Writes the PDF whole or not at all (a temporary file renamed into place). */
export const writePdf = (out: string, pdf: Uint8Array): void => writeWhole(out, pdf);
