import fs from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../dossier/findBrowser';
import type { CommandContext } from '../context';
import { CliError, EXIT, facts } from '../io';

const cannotWrite = (out: string) =>
  new CliError(`Kan niet schrijven naar ${out}; bestaat de map en mag u daar schrijven?`);

/**
 * Where a PDF command writes and which browser prints it, both checked before the (slower)
 * printing: `--out` given, its folder writable, a Chromium, Chrome or Edge found.
 */
export function pdfTarget(ctx: CommandContext): { out: string; browser: string } {
  if (!ctx.args.out) {
    throw new CliError('Geef het PDF-bestand op met --out <bestand.pdf>.', EXIT.usage);
  }
  const out = ctx.resolve(ctx.args.out);
  try {
    fs.accessSync(path.dirname(out), fs.constants.W_OK);
  } catch {
    throw cannotWrite(out);
  }
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
export function writePdf(out: string, pdf: Uint8Array): void {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, pdf);
    fs.renameSync(tmp, out);
  } catch {
    fs.rmSync(tmp, { force: true });
    throw cannotWrite(out);
  }
}
