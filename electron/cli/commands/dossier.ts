import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '../../../shared/dates';
import { dossierOptions, DOSSIER_SECTIONS } from '../../../shared/schemas/dossier';
import { openChromiumPrinter } from '../../dossier/chromiumPrinter';
import { collectDossier, type Call } from '../../dossier/collect';
import { findBrowser } from '../../dossier/findBrowser';
import { printDossier, type PrintStep } from '../../dossier/print';

/** Progress on stderr (stdout keeps the one result line): printing a large dossier takes seconds. */
const PRINT_STEP_TEXT: Record<PrintStep, string> = {
  afdrukken: 'Pagina’s opmaken en afdrukken…',
  controleren: 'Inhoudsopgave controleren…',
  opnieuw: 'Inhoudsopgave bijwerken: opnieuw afdrukken…',
};
import { CliError, EXIT, facts, line } from '../io';
import { call, positionals, withApi, type CommandContext } from '../context';
import { findRegion } from './exportFile';

/**
 * `dossier --region <name or id> --out <file.pdf> [--from] [--to] [--sections] [--marking]
 * [--minutes vastgesteld|alle] [--title] [--author] [--include-confidential]`: the regiodossier as PDF, printed by a local Chromium, Chrome or Edge.
 */
export async function dossierCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const { args } = ctx;
  if (!args.region) throw new CliError('Geef de regio op met --region <naam of id>.', EXIT.usage);
  if (!args.out) throw new CliError('Geef het PDF-bestand op met --out <bestand.pdf>.', EXIT.usage);
  const out = ctx.resolve(args.out);
  // Checked before the (slower) printing: a folder that is not there or not writable.
  try {
    fs.accessSync(path.dirname(out), fs.constants.W_OK);
  } catch {
    throw new CliError(`Kan niet schrijven naar ${out}; bestaat de map en mag u daar schrijven?`);
  }
  const { env, platform } = facts(ctx.io);
  const browser = findBrowser(env, platform);
  if (!browser) {
    throw new CliError(
      'Geen Chromium, Google Chrome of Microsoft Edge gevonden om de PDF mee te maken. ' +
        'Installeer een van deze browsers, of wijs er een aan met REGIODOSSIER_BROWSER=<pad>.',
    );
  }
  return withApi(ctx, { mustExist: true, migrate: false }, async (api) => {
    const region = findRegion(api, args.region!);
    const parsed = dossierOptions.safeParse({
      regionId: region.id,
      from: args.from ?? null,
      to: args.to ?? null,
      ...(args.sections !== undefined && {
        sections: args.sections
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
      ...(args.marking !== undefined && { marking: args.marking }),
      ...(args.minutes !== undefined && { minutes: args.minutes }),
      ...(args.title !== undefined && { title: args.title }),
      ...(args.author !== undefined && { author: args.author }),
      includeConfidential: args.includeConfidential,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      const hint =
        field === 'sections'
          ? ` Onderdelen: ${DOSSIER_SECTIONS.join(', ')}.`
          : field === 'marking'
            ? ' Kies geen, concept of vertrouwelijk.'
            : field === 'minutes'
              ? ' Kies vastgesteld of alle.'
              : field === 'from' || field === 'to'
                ? ' Schrijf datums als jjjj-mm-dd.'
                : '';
      throw new CliError(`--${field}: ${issue.message}.${hint}`, EXIT.usage);
    }
    const invoke: Call = (method, input) => call(api, method, input);
    const data = collectDossier(invoke, parsed.data, todayIso(ctx.io.clock?.() ?? new Date()));
    const printer = await openChromiumPrinter(browser);
    let pdf: Uint8Array;
    try {
      const say = (step: PrintStep) => ctx.io.stderr.write(`${PRINT_STEP_TEXT[step]}\n`);
      pdf = (await printDossier(data, printer.engine, say)).pdf;
    } finally {
      await printer.close();
    }
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, pdf);
      fs.renameSync(tmp, out);
    } catch {
      fs.rmSync(tmp, { force: true });
      throw new CliError(`Kan niet schrijven naar ${out}; bestaat de map en mag u daar schrijven?`);
    }
    line(
      ctx.io.stdout,
      `Regiodossier ${region.name} geschreven naar ${out} (${pdf.length} bytes).`,
    );
    return 0;
  });
}
