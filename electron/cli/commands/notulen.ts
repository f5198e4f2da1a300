import { z } from '../../../shared/zod';
import { openChromiumPrinter } from '../../dossier/chromiumPrinter';
import type { Call } from '../../dossier/collect';
import { printMinutes } from '../../dossier/minutesPdf';
import { call, positionals, withApi, type CommandContext } from '../context';
import { CliError, EXIT, line } from '../io';
import { pdfTarget, writePdf } from './pdfOutput';

const meetingId = z.uuid();

/**
 * `notulen --meeting <id> --out <file.pdf> [--include-confidential]`: one meeting's notulen as
 * PDF, the same document as the app's "Notulen als PDF".
 */
export async function notulenCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const { args } = ctx;
  if (!args.meeting) {
    throw new CliError('Geef het overleg op met --meeting <id>.', EXIT.usage);
  }
  if (!meetingId.safeParse(args.meeting).success) {
    throw new CliError(
      `--meeting: ${args.meeting} is geen id van een overleg (zoals 3f2b…-…; zie export).`,
      EXIT.usage,
    );
  }
  const { out, browser } = pdfTarget(ctx);
  return withApi(ctx, { mustExist: true, migrate: false }, async (api) => {
    const invoke: Call = (method, input) => call(api, method, input);
    const meeting = invoke('meetings.get', { id: args.meeting! });
    const printer = await openChromiumPrinter(browser);
    let pdf: Uint8Array;
    try {
      const request = { meetingId: meeting.id, includeConfidential: args.includeConfidential };
      pdf = (await printMinutes(invoke, request, printer.engine)).pdf;
    } finally {
      await printer.close();
    }
    writePdf(out, pdf);
    line(
      ctx.io.stdout,
      `Notulen van ${meeting.title} geschreven naar ${out} (${pdf.length} bytes).`,
    );
    return 0;
  });
}
