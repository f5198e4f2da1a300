import { formatPath } from '../../../shared/api/result';
import { todayIso } from '../../../shared/dates';
import { z } from '../../../shared/zod';
import {
  parseReviewPackage,
  REVIEW_FILE_MAX_BYTES,
  REVIEW_FORMAT_VERSION,
  REVIEW_RESPONSE_EXTENSION,
  REVIEW_RESPONSE_FORMAT,
  reviewFileTooLarge,
  reviewResponse,
  type ReviewPackage,
  type ReviewResponse,
  type ReviewVerdictEntry,
} from '../../../shared/review/formats';
import { verifyPackageHashes } from '../../review/hash';
import { positionals, type FileCommandContext } from '../context';
import { outTarget, readTextFile, writeWhole } from '../files';
import { CliError, EXIT, line, usageError } from '../io';

const NOTHING_WRITTEN = 'Er is geen reactie geschreven.';
const agreementId = z.uuid();

/** The verdicts the command line asks for: ids marked akkoord, and remarks by id. */
interface Asked {
  akkoord: string[];
  remarks: Map<string, string>;
}

function checkedId(option: string, value: string): string {
  const trimmed = value.trim();
  if (!agreementId.safeParse(trimmed).success) {
    throw usageError(`--${option}: "${value}" is geen id van een afspraak. Zie --help.`);
  }
  return trimmed.toLowerCase();
}

/** --akkoord and --remark as given, before the package is read: ids, duplicates, contradictions. */
function askedVerdicts(ctx: FileCommandContext): Asked {
  const akkoord: string[] = [];
  for (const id of ctx.args.akkoord.flatMap((list) => list.split(',')).filter((v) => v.trim())) {
    const checked = checkedId('akkoord', id);
    if (akkoord.includes(checked))
      throw usageError(`Afspraak ${checked} staat twee keer bij --akkoord.`);
    akkoord.push(checked);
  }
  const remarks = new Map<string, string>();
  for (const given of ctx.args.remark) {
    const at = given.indexOf('=');
    if (at < 0) throw usageError('--remark verwacht <id>=<opmerking>. Zie --help.');
    const id = checkedId('remark', given.slice(0, at));
    const text = given.slice(at + 1).trim();
    if (!text) throw usageError(`--remark ${id}: Schrijf uw opmerking.`);
    if (remarks.has(id))
      throw usageError(`Afspraak ${id} heeft twee keer --remark; geef één opmerking.`);
    if (akkoord.includes(id)) {
      throw usageError(
        `Afspraak ${id} staat bij --akkoord én bij --remark; kies één oordeel per afspraak.`,
      );
    }
    remarks.set(id, text);
  }
  if (!akkoord.length && !remarks.size && !ctx.args.general?.trim()) {
    throw usageError(
      'Geef minstens één oordeel (--akkoord <ids> of --remark <id>=<opmerking>) of een algemene opmerking (--general <tekst>).',
    );
  }
  return { akkoord, remarks };
}

/** The package, read and checked whole: size, JSON, format, version, schema and every hash. */
function readPackage(file: string): ReviewPackage {
  const text = readTextFile(
    file,
    (bytes) => (bytes > REVIEW_FILE_MAX_BYTES ? reviewFileTooLarge(bytes, 'package') : null),
    NOTHING_WRITTEN,
  );
  const parsed = parseReviewPackage(text);
  if (!parsed.ok) throw new CliError(`${parsed.message} ${NOTHING_WRITTEN}`);
  const changed = verifyPackageHashes(parsed.value);
  if (changed.length) {
    const titles = parsed.value.agreements
      .filter((a) => changed.includes(a.id))
      .map((a) => `  ${a.title} (${a.id})`);
    throw new CliError(
      `Dit beoordelingspakket is veranderd nadat het is gemaakt: de controlecode klopt niet bij ${
        changed.length === 1 ? '1 afspraak' : `${changed.length} afspraken`
      }. Vraag de afzender om een nieuw pakket. ${NOTHING_WRITTEN}\n${titles.join('\n')}`,
    );
  }
  return parsed.value;
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl-NL') === b.trim().toLocaleLowerCase('nl-NL');

/** Every asked id is in the package (exit 2 otherwise, naming the package's agreements). */
function checkInPackage(pkg: ReviewPackage, asked: Asked): void {
  const inPackage = new Set(pkg.agreements.map((a) => a.id.toLowerCase()));
  const unknown = [...asked.akkoord, ...asked.remarks.keys()].filter((id) => !inPackage.has(id));
  if (!unknown.length) return;
  const listed = pkg.agreements.slice(0, 20).map((a) => `  ${a.id}  ${a.title}`);
  const more = pkg.agreements.length > listed.length ? ['  …'] : [];
  throw usageError(
    `${unknown.length === 1 ? 'Afspraak' : 'Afspraken'} ${unknown.join(', ')} ${
      unknown.length === 1 ? 'staat' : 'staan'
    } niet in dit beoordelingspakket. ${NOTHING_WRITTEN} Dit pakket bevat:\n${[...listed, ...more].join('\n')}`,
  );
}

/** The response as the schema wants it; a remark the schema refuses is wrong usage. */
function buildResponse(ctx: FileCommandContext, pkg: ReviewPackage, asked: Asked): ReviewResponse {
  const now = ctx.io.clock?.() ?? new Date();
  const on = todayIso(now);
  const verdicts: ReviewVerdictEntry[] = [];
  for (const a of pkg.agreements) {
    const id = a.id.toLowerCase();
    const remark = asked.remarks.get(id);
    const verdict = asked.akkoord.includes(id)
      ? 'akkoord'
      : remark !== undefined
        ? 'opmerking'
        : null;
    if (verdict)
      verdicts.push({ agreementId: a.id, hash: a.hash, verdict, remark: remark ?? '', on });
  }
  const response = {
    format: REVIEW_RESPONSE_FORMAT,
    version: REVIEW_FORMAT_VERSION,
    packageId: pkg.packageId,
    reviewer: pkg.reviewer,
    savedAt: now.toISOString(),
    generalRemark: ctx.args.general?.trim() ?? '',
    verdicts,
  };
  const parsed = reviewResponse.safeParse(response);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [field, index] = issue.path;
  const option =
    field === 'generalRemark'
      ? '--general'
      : field === 'verdicts' && typeof index === 'number'
        ? `--remark ${verdicts[index]!.agreementId}`
        : formatPath(issue.path);
  throw usageError(`${option}: ${issue.message}. ${NOTHING_WRITTEN}`);
}

/**
 * `review-respond <package> --reviewer-name <name> [--akkoord <ids>] [--remark <id>=<text>]...
 * [--general <text>] --out <file>`: what the reviewer's side writes (issue 23), from files only —
 * no database is opened or created.
 */
export async function reviewRespondCommand(ctx: FileCommandContext): Promise<number> {
  const [name] = positionals(ctx, ['het beoordelingspakket']);
  const out = outTarget(
    ctx,
    `Geef het bestand voor de reactie op met --out <bestand${REVIEW_RESPONSE_EXTENSION}>.`,
  );
  const reviewerName = ctx.args.reviewerName?.trim();
  if (!reviewerName) {
    throw new CliError('Geef uw naam op met --reviewer-name <naam>.', EXIT.usage);
  }
  const asked = askedVerdicts(ctx);
  const pkg = readPackage(ctx.resolve(name!));
  if (!sameName(reviewerName, pkg.reviewer.name)) {
    throw new CliError(
      `Dit beoordelingspakket is voor ${pkg.reviewer.name}, niet voor ${reviewerName}. ${NOTHING_WRITTEN}`,
    );
  }
  checkInPackage(pkg, asked);
  const response = buildResponse(ctx, pkg, asked);
  writeWhole(out, `${JSON.stringify(response, null, 2)}\n`);
  const remarks = response.verdicts.filter((v) => v.verdict === 'opmerking').length;
  line(
    ctx.io.stdout,
    `Reactie geschreven: ${response.verdicts.length - remarks} akkoord, ${remarks} ${
      remarks === 1 ? 'opmerking' : 'opmerkingen'
    } → ${out}`,
  );
  return EXIT.ok;
}
