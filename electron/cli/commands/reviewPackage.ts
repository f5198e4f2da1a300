import path from 'node:path';
import { DomainError } from '../../../shared/api/result';
import { parseDutchDate } from '../../../shared/dates';
import {
  REVIEW_FILE_MAX_BYTES,
  REVIEW_PACKAGE_EXTENSION,
  reviewFileTooLarge,
  type ReviewPackage,
} from '../../../shared/review/formats';
import {
  reviewPackageRequest,
  type ReviewPackagePreview,
  type ReviewResponseImported,
} from '../../../shared/schemas/reviewPackage';
import { z } from '../../../shared/zod';
import { makeReviewPackage } from '../../api/reviewPackageBuild';
import { writePackageFiles } from '../../review/packageFiles';
import { apiFailure, call, positionals, withApi, type CommandContext } from '../context';
import { outTarget, readTextFile } from '../files';
import { CliError, EXIT, line, usageError } from '../io';
import { findRegion } from './exportFile';
import { findPerson } from './overdracht';

const agreementId = z.uuid();

function agreementIds(lists: string | undefined): string[] | null {
  if (lists === undefined) return null;
  const ids = lists
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!ids.length) throw usageError('--agreements: geef minstens één id van een afspraak.');
  for (const id of ids)
    if (!agreementId.safeParse(id).success)
      throw usageError(`--agreements: "${id}" is geen id van een afspraak. Zie --help.`);
  return ids;
}

function replyBy(text: string | undefined): string | null {
  if (text === undefined) return null;
  const iso = parseDutchDate(text);
  if (!iso)
    throw usageError(`--reply-by: "${text}" is geen datum; schrijf bijvoorbeeld 15-12-2026.`);
  return iso;
}

/**
 * `review-package --region <r> --reviewer <name or id> [--agreements <ids>] [--meeting <id>]
 * [--include-confidential] [--message <text>] [--reply-by <date>] [--html] --out <file>`: a
 * beoordelingspakket, recorded in the dossier and written whole (with --html also the standalone
 * page beside it, same name with .html). Without --agreements or --meeting: every agreement of the
 * region that waits for a reaction.
 */
export async function reviewPackageCommand(ctx: CommandContext): Promise<number> {
  positionals(ctx, []);
  const { args } = ctx;
  const out = outTarget(
    ctx,
    `Geef het bestand voor het pakket op met --out <bestand${REVIEW_PACKAGE_EXTENSION}>.`,
  );
  if (!args.region) throw usageError('Geef de regio op met --region <naam of id>.');
  if (!args.reviewer?.trim())
    throw usageError('Geef de beoordelaar op met --reviewer <naam of id>.');
  const ids = agreementIds(args.agreements);
  if (ids && args.meeting) throw usageError('Kies --agreements of --meeting, niet allebei.');
  const due = replyBy(args.replyBy);
  return withApi(ctx, { mustExist: true }, (api) => {
    const region = findRegion(api, args.region!);
    const reviewer = findPerson(api, args.reviewer!.trim());
    const source = ids
      ? { kind: 'agreements', agreementIds: ids }
      : args.meeting
        ? { kind: 'meeting', meetingId: args.meeting }
        : { kind: 'waiting', regionId: region.id };
    const parsed = reviewPackageRequest.safeParse({
      source,
      reviewerId: reviewer.id,
      message: args.message ?? '',
      replyBy: due,
      includeConfidential: args.includeConfidential,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw usageError(`${issue.message}. Zie --help.`);
    }
    // Chosen by id, a confidential agreement is not left out silently: it is asked for by name.
    const preview = call<ReviewPackagePreview>(api, 'reviewPackages.preview', {
      source: parsed.data.source,
      includeConfidential: parsed.data.includeConfidential,
    });
    const leftOut = preview.agreements.filter((a) => !a.included).map((a) => `‘${a.title}’`);
    if (ids && leftOut.length) {
      throw new CliError(
        `${leftOut.length === 1 ? 'Deze afspraak is' : 'Deze afspraken zijn'} vertrouwelijk: ${leftOut.join(', ')}. Geef --include-confidential om ze mee te sturen, of laat ze weg uit --agreements. Er is niets gemaakt.`,
      );
    }
    let page: string | null = null;
    let pkg: ReviewPackage;
    try {
      pkg = makeReviewPackage(api.ctx, parsed.data, (made) => {
        if (made.region.id !== region.id) {
          throw new DomainError(
            'invalid_input',
            `Deze afspraken horen bij ${made.region.name}, niet bij ${region.name}.`,
          );
        }
        page = writePackageFiles(out, made, {
          withPage: args.html,
          now: ctx.io.clock?.() ?? new Date(),
        });
      });
    } catch (error) {
      if (error instanceof DomainError) throw apiFailure(error);
      throw error;
    }
    line(
      ctx.io.stdout,
      `Beoordelingspakket voor ${pkg.reviewer.name} geschreven: ${pkg.agreements.length} ${
        pkg.agreements.length === 1 ? 'afspraak' : 'afspraken'
      } → ${out}${page ? ` (en ${path.basename(page)})` : ''}`,
    );
    if (leftOut.length) {
      line(
        ctx.io.stdout,
        `Niet meegenomen, want vertrouwelijk (zie --include-confidential): ${leftOut.join(', ')}`,
      );
    }
    return EXIT.ok;
  });
}

/** `review-import <response>`: a reviewer's response read in (all or nothing, the same twice: nothing). */
export async function reviewImportCommand(ctx: CommandContext): Promise<number> {
  const [name] = positionals(ctx, ['de reactie']);
  const file = ctx.resolve(name!);
  const text = readTextFile(
    file,
    (bytes) => (bytes > REVIEW_FILE_MAX_BYTES ? reviewFileTooLarge(bytes, 'response') : null),
    'Er is niets ingelezen.',
  );
  return withApi(ctx, { mustExist: true }, (api) => {
    const r = call<ReviewResponseImported>(api, 'reviewPackages.importResponse', {
      text,
      fileName: path.basename(file),
    });
    if (r.alreadyRead) {
      line(
        ctx.io.stdout,
        `Deze reactie van ${r.reviewerName} was al ingelezen; er is niets toegevoegd.`,
      );
      return EXIT.ok;
    }
    line(
      ctx.io.stdout,
      `Reactie van ${r.reviewerName} ingelezen: ${r.added} ${r.added === 1 ? 'oordeel' : 'oordelen'} toegevoegd${
        r.alreadyThere ? `, ${r.alreadyThere} al eerder ingelezen` : ''
      }${r.earlierVersion ? `, ${r.earlierVersion} beoordeeld op een eerdere versie` : ''}.`,
    );
    for (const v of r.verdicts.filter((x) => x.added && x.changed.length)) {
      line(ctx.io.stdout, `  ${v.title}: sindsdien gewijzigd: ${v.changed.join(', ')}`);
    }
    return EXIT.ok;
  });
}
