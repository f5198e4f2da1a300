import { z } from '../../../shared/zod';
import type { ContactListItem } from '../../../shared/schemas/contact';
import type { Api } from '../../api/createApi';
import { openChromiumPrinter } from '../../dossier/chromiumPrinter';
import type { Call } from '../../dossier/collect';
import { printHandover } from '../../dossier/handoverPdf';
import { call, positionals, withApi, type CommandContext } from '../context';
import { CliError, EXIT, line } from '../io';
import { pdfTarget, writePdf } from './pdfOutput';

const person = z
  .string()
  .trim()
  .min(1, { error: 'Geef de persoon op met --person <naam of id>' })
  .max(200, { error: 'Een naam of id is hoogstens 200 tekens' });
const contactId = z.uuid();

const described = (c: ContactListItem) =>
  `${c.name}${c.partyName ? ` (${c.partyName})` : ''}: ${c.id}`;

/**
 * A person by id or by exact name (case-insensitive); none → exit 1 with similar names, more
 * than one with that name → exit 1 with each one's id to choose by.
 */
export function findPerson(api: Api, wanted: string): { id: string; name: string } {
  if (contactId.safeParse(wanted).success) {
    return call<{ id: string; name: string }>(api, 'contacts.get', { id: wanted });
  }
  const lower = wanted.toLocaleLowerCase('nl-NL');
  const found = call<ContactListItem[]>(api, 'contacts.list', { search: wanted });
  const same = found.filter((c) => c.name.toLocaleLowerCase('nl-NL') === lower);
  if (same.length === 1) return same[0]!;
  if (same.length > 1) {
    throw new CliError(
      `Er zijn ${same.length} personen met de naam ${wanted}; kies er een met --person <id>:\n${same
        .map((c) => `  ${described(c)}`)
        .join('\n')}`,
    );
  }
  const like = found.slice(0, 5).map((c) => `  ${described(c)}`);
  throw new CliError(
    `Er is geen persoon met de naam ${wanted} in deze database.${
      like.length ? ` Bedoelt u een van deze?\n${like.join('\n')}` : ''
    }`,
  );
}

/**
 * `overdracht --person <name or id> --out <file.pdf>`: the overdracht of a person who leaves as
 * PDF, the same document as the app's export (roles and mandates, afspraken, open actiepunten,
 * the last overleggen and verslagen, key contacts).
 */
export async function overdrachtCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const parsed = person.safeParse(ctx.args.person ?? '');
  if (!parsed.success) {
    throw new CliError(`--person: ${parsed.error.issues[0]!.message}.`, EXIT.usage);
  }
  const { out, browser } = pdfTarget(ctx);
  return withApi(ctx, { mustExist: true, migrate: false }, async (api) => {
    const invoke: Call = (method, input) => call(api, method, input);
    const who = findPerson(api, parsed.data);
    const printer = await openChromiumPrinter(browser);
    let pdf: Uint8Array;
    try {
      pdf = (await printHandover(invoke, { contactId: who.id }, printer.engine)).pdf;
    } finally {
      await printer.close();
    }
    writePdf(out, pdf);
    line(ctx.io.stdout, `Overdracht van ${who.name} geschreven naar ${out} (${pdf.length} bytes).`);
    return 0;
  });
}
