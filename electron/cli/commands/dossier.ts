import { todayIso } from '../../../shared/dates';
import { dossierOptions, DOSSIER_SECTIONS } from '../../../shared/schemas/dossier';
import { openChromiumPrinter } from '../../dossier/chromiumPrinter';
import { collectDossier, type Call } from '../../dossier/collect';
import { printDossier, type PrintStep } from '../../dossier/print';
import { assertPrintable } from '../../dossier/dossierSize';
import { DomainError } from '../../../shared/api/result';
import { CliError, EXIT, line } from '../io';
import { call, positionals, withApi, type CommandContext } from '../context';
import { findRegion } from './exportFile';
import { pdfTarget, writePdf } from './pdfOutput';

/** Progress on stderr (stdout keeps the one result line): printing a large dossier takes seconds. */
const PRINT_STEP_TEXT: Record<PrintStep, string> = {
  afdrukken: 'Pagina’s opmaken en afdrukken…',
  controleren: 'Inhoudsopgave controleren…',
  opnieuw: 'Inhoudsopgave bijwerken: opnieuw afdrukken…',
};

/** The refusal's advice (dossierSize.ts) in this command's options. */
const CLI_NARROWING =
  'Op de opdrachtregel: --no-cards, --sections <lijst> (zonder afspraken of historie), of --from en --to.';

/**
 * `dossier --region <name or id> --out <file.pdf> [--from] [--to] [--sections] [--marking]
 * [--minutes vastgesteld|alle] [--no-minutes-text] [--no-cards] [--title] [--author] [--include-confidential]`: the regiodossier as PDF, printed by a local Chromium, Chrome or Edge.
 */
export async function dossierCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const { args } = ctx;
  if (!args.region) throw new CliError('Geef de regio op met --region <naam of id>.', EXIT.usage);
  const { out, browser } = pdfTarget(ctx);
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
      minutesText: !args.noMinutesText,
      ...(args.title !== undefined && { title: args.title }),
      ...(args.author !== undefined && { author: args.author }),
      includeConfidential: args.includeConfidential,
      cards: !args.withoutCards,
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
    // Before collecting or starting Chromium: a dossier too large to print is refused at once.
    try {
      assertPrintable(invoke, parsed.data);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new CliError(`${error.message}\n${CLI_NARROWING}`);
    }
    const data = collectDossier(invoke, parsed.data, todayIso(ctx.io.clock?.() ?? new Date()));
    const printer = await openChromiumPrinter(browser);
    let pdf: Uint8Array;
    try {
      const say = (step: PrintStep) => ctx.io.stderr.write(`${PRINT_STEP_TEXT[step]}\n`);
      pdf = (await printDossier(data, printer.engine, say)).pdf;
    } finally {
      await printer.close();
    }
    writePdf(out, pdf);
    line(
      ctx.io.stdout,
      `Regiodossier ${region.name} geschreven naar ${out} (${pdf.length} bytes).`,
    );
    return 0;
  });
}
