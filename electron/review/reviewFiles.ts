/**
 * The reviewer's side in the app (issue 23, "in Regiodossier"): a beoordelingspakket opened with
 * Bestand → Openen…, a double-click or a drop is read and checked whole here and handed to the
 * page for review mode; "Reactie opslaan" writes the response file. Nothing here opens, changes
 * or needs a dossier database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import type { TaskOutput, TaskParsedInput } from '../../shared/api/tasks';
import { todayIso } from '../../shared/dates';
import {
  parseReviewPackage,
  REVIEW_FILE_MAX_BYTES,
  REVIEW_PACKAGE_EXTENSION,
  reviewFileTooLarge,
  responseFileName,
} from '../../shared/review/formats';
import { verifyPackageHashes } from './hash';

type PackageAnswer = NonNullable<TaskOutput<'file.open'>>;

const NOTHING_CHANGED = 'Uw dossier is niet veranderd.';

const refused = (name: string, message: string): PackageAnswer => ({
  state: 'refused',
  name,
  message: `${message} ${NOTHING_CHANGED}`,
  canRecover: false,
});

/** A file the open dialog, the system or a drop names as a package (by its extension). */
export const isReviewPackageFile = (file: string) =>
  file.toLowerCase().endsWith(REVIEW_PACKAGE_EXTENSION);

/**
 * The beoordelingspakket the system asked the app to open (a double-click: on Windows and Linux
 * the path is a command-line argument, the last one that names a package); undefined if none.
 */
export function packageArgument(argv: readonly string[]): string | undefined {
  return [...argv].reverse().find((arg) => !arg.startsWith('-') && isReviewPackageFile(arg));
}

/** A package's text, checked whole: size, JSON, format, version, schema and every hash. */
export function readPackageText(text: string, name: string): PackageAnswer {
  const parsed = parseReviewPackage(text);
  if (!parsed.ok) return refused(name, parsed.message);
  const changed = verifyPackageHashes(parsed.value);
  if (changed.length) {
    const titles = parsed.value.agreements
      .filter((a) => changed.includes(a.id))
      .map((a) => `‘${a.title}’`)
      .join(', ');
    return refused(
      name,
      `Dit beoordelingspakket is veranderd nadat het is gemaakt: de controlecode klopt niet bij ${titles}. Vraag de afzender om een nieuw pakket.`,
    );
  }
  return { state: 'review', name, package: parsed.value };
}

/** A package file on disk: its size is checked before it is read. */
export function readPackageFile(file: string): PackageAnswer {
  const name = path.basename(file);
  try {
    const size = fs.statSync(file).size;
    if (size > REVIEW_FILE_MAX_BYTES) return refused(name, reviewFileTooLarge(size, 'package'));
    return readPackageText(fs.readFileSync(file, 'utf8'), name);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'het bestaat niet (meer)' : 'het is niet leesbaar';
    return refused(name, `${name} kon niet worden geopend: ${why}.`);
  }
}

/**
 * The file whole or not at all: a temporary file beside it, renamed into place. A failure is a
 * Dutch DomainError: "<name> kon niet worden opgeslagen; …" followed by `after`.
 */
export function writeWholeFile(file: string, text: string, after: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
    throw new DomainError(
      'conflict',
      `${path.basename(file)} kon niet worden opgeslagen; bestaat de map en mag u daar schrijven? ${after}`,
    );
  }
}

/** The review tasks (shared/api/tasks.ts), on the desktop's save dialog. */
export function createReviewFiles(deps: {
  chooseSave: (suggestion: { title: string; fileName: string }) => Promise<string | null>;
  today?: () => string;
}) {
  const today = deps.today ?? (() => todayIso(new Date()));
  /** A package the system opened before the page could hear of it (at start, a double-click). */
  let waiting: string | null = null;
  return {
    /** Keeps a package file for the page to take when it has started (takeOpened). */
    opened: (file: string) => {
      waiting = file;
    },
    /** The package the app was started with, read now; null when there is none (asked once). */
    takeOpened: (): TaskOutput<'review.takeOpened'> => {
      const file = waiting;
      waiting = null;
      return file ? readPackageFile(file) : null;
    },

    readPackage: ({
      text,
      fileName,
    }: TaskParsedInput<'review.readPackage'>): TaskOutput<'review.readPackage'> =>
      readPackageText(text, path.basename(fileName)),

    saveResponse: async ({
      response,
      regionName,
    }: TaskParsedInput<'review.saveResponse'>): Promise<TaskOutput<'review.saveResponse'>> => {
      const suggested = responseFileName(regionName, response.reviewer.name, today());
      const file = await deps.chooseSave({ title: 'Reactie opslaan', fileName: suggested });
      if (!file) return null;
      writeWholeFile(
        file,
        `${JSON.stringify(response, null, 2)}\n`,
        'Uw reactie staat nog in het venster: kies een andere map.',
      );
      return { name: path.basename(file), path: file };
    },
  };
}
export type ReviewFiles = ReturnType<typeof createReviewFiles>;
