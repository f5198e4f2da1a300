/**
 * The two small files of "beoordelen op de eigen laptop" (issue 23, docs/review-package.md): the
 * review package the coordinator sends (`.regiodossier-beoordeling`) and the reviewer's response
 * (`.regiodossier-reactie`). Shared by the main process, the renderer and the standalone HTML
 * page, so no node imports here.
 *
 * The schemas transform nothing (no trimming, no defaults): a file is read exactly as written,
 * so the hash of an agreement can be checked against what the file says (electron/review/hash.ts).
 * Plain text is kept as text — HTML and script tags in a remark stay characters for the viewers
 * to escape — but control characters other than line breaks and tabs are refused.
 */
import { z } from '../zod';
import { formatPath } from '../api/result';
import { safeFileName } from '../fileNames';
import { hasControlCharacter } from '../textRules';
import { id, isoDate, timestamp, type Lines } from '../schemas/common';
import {
  agreementPartyRole,
  agreementStatus,
  financingStream,
  reviewVerdict,
} from '../schemas/agreement';
import { partyType } from '../schemas/party';
import { checked, date, line, text } from '../exchange/fields';

export const REVIEW_PACKAGE_FORMAT = 'regiodossier-beoordeling';
export const REVIEW_RESPONSE_FORMAT = 'regiodossier-reactie';
export const REVIEW_FORMAT_VERSION = 1;
export const REVIEW_PACKAGE_EXTENSION = `.${REVIEW_PACKAGE_FORMAT}`;
export const REVIEW_RESPONSE_EXTENSION = `.${REVIEW_RESPONSE_FORMAT}`;
/** The largest package or response read: 500 agreements with their text fit well below it. */
export const REVIEW_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** How many agreements one package holds at most (as "ter beoordeling voorleggen"). */
export const REVIEW_MAX_AGREEMENTS = 500;
/** How many progress updates a snapshot carries: the last ones. */
export const REVIEW_MAX_PROGRESS = 10;

/** A required text, not only spaces, read as it is (no trimming). */
const required = (max: number, label: string, lines: Lines = 'single') =>
  checked(
    z
      .string({ error: `${label} ontbreekt` })
      .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn` })
      .refine((v) => v.trim() !== '', { error: `${label} is verplicht` }),
    label,
    lines,
  );

/** SHA-256 as 64 lowercase hexadecimal characters (electron/review/hash.ts). */
export const contentHash = z
  .string({ error: 'De controlecode ontbreekt' })
  .regex(/^[0-9a-f]{64}$/, {
    error: 'Ongeldige controlecode (verwacht 64 tekens 0-9 en a-f: SHA-256)',
  });

/** Each value at most once, else `message` at the second one. */
const uniqueBy =
  <T>(key: (item: T) => unknown, message: string, field?: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: field ? [i, field] : [i], message });
      seen.add(k);
    });
  };

/** One agreement as the reviewer sees it: read-only, taken when the package was made. */
export const agreementSnapshot = z
  .object({
    id,
    /** SHA-256 of this snapshot without `hash`, as canonical JSON. */
    hash: contentHash,
    title: required(200, 'Titel'),
    caseNumber: line(60, 'Zaaknummer'),
    /** Sanitised by the sender; the viewers sanitise it again and never trust it. */
    descriptionHtml: text(200_000, 'De omschrijving'),
    status: agreementStatus,
    /** The status in Dutch, as the sender's app shows it ("In bespreking"). */
    statusLabel: required(60, 'Status'),
    confidential: z.boolean({ error: 'Vertrouwelijk moet ja of nee zijn (true/false)' }),
    themes: z.array(required(80, 'Thema')).max(30, { error: "Hoogstens 30 thema's per afspraak" }),
    parties: z
      .array(
        z
          .object({
            name: required(160, 'Naam van de partij'),
            type: partyType,
            role: agreementPartyRole,
          })
          .strict(),
      )
      .max(300, { error: 'Hoogstens 300 partijen per afspraak' }),
    owner: z
      .object({ name: required(160, 'Naam van de eigenaar'), function: line(160, 'Functie') })
      .strict()
      .nullable(),
    financing: z
      .array(financingStream)
      .superRefine(uniqueBy((f) => f, 'Deze financieringsstroom staat er dubbel in')),
    dekking: z.object({ granted: z.boolean(), by: line(300, 'Door wie'), on: date }).strict(),
    dates: z
      .object({ adoptedOn: date, startDate: date, endDate: date, nextEvaluation: date })
      .strict(),
    progress: z
      .array(z.object({ on: isoDate, text: required(5000, 'Voortgang', 'multi') }).strict())
      .max(REVIEW_MAX_PROGRESS, {
        error: `Hoogstens de laatste ${REVIEW_MAX_PROGRESS} voortgangsberichten`,
      }),
    decisions: z
      .array(
        z
          .object({
            text: required(2000, 'Besluit', 'multi'),
            meetingTitle: required(200, 'Titel van het overleg'),
            meetingDate: isoDate,
          })
          .strict(),
      )
      .max(200, { error: 'Hoogstens 200 besluiten per afspraak' }),
  })
  .strict();
export type AgreementSnapshot = z.infer<typeof agreementSnapshot>;
/** What the hash is taken of: the snapshot without its hash. */
export type AgreementSnapshotContent = Omit<AgreementSnapshot, 'hash'>;

const NOT_A_PACKAGE = 'Dit is geen beoordelingspakket van Regiodossier';
const NOT_A_RESPONSE = 'Dit is geen reactie op een beoordelingspakket van Regiodossier';

/** What both files start with: which file it is, its version, and the package it is about. */
const head = <F extends string>(format: F, foreign: string) => ({
  format: z.literal(format, { error: foreign }),
  version: z.literal(REVIEW_FORMAT_VERSION, {
    error: `Alleen versie ${REVIEW_FORMAT_VERSION} van dit formaat wordt ondersteund`,
  }),
  packageId: id,
});
/** The reviewer: a person from the coordinator's register (usually a wethouder). */
const reviewer = z.object({ id, name: required(160, 'Naam van de beoordelaar') }).strict();

export const reviewPackage = z
  .object({
    ...head(REVIEW_PACKAGE_FORMAT, NOT_A_PACKAGE),
    createdAt: timestamp,
    region: z.object({ id, name: required(120, 'Naam van de regio') }).strict(),
    reviewer,
    sender: z
      .object({
        name: required(120, 'Naam van de afzender'),
        organisation: line(160, 'Organisatie'),
      })
      .strict(),
    message: text(5000, 'Het bericht'),
    replyBy: date,
    agreements: z
      .array(agreementSnapshot)
      .min(1, { error: 'Het pakket bevat geen afspraken' })
      .max(REVIEW_MAX_AGREEMENTS, {
        error: `Hoogstens ${REVIEW_MAX_AGREEMENTS} afspraken in één pakket`,
      })
      .superRefine(uniqueBy((a) => a.id, 'Deze afspraak staat twee keer in het pakket', 'id')),
  })
  .strict();
export type ReviewPackage = z.infer<typeof reviewPackage>;

export const reviewVerdictEntry = z
  .object({
    agreementId: id,
    /** The hash of the version reviewed (the snapshot's `hash`). */
    hash: contentHash,
    verdict: reviewVerdict,
    remark: text(5000, 'De opmerking'),
    on: isoDate,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.verdict === 'opmerking' && v.remark.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['remark'], message: 'Schrijf uw opmerking' });
    }
  });
export type ReviewVerdictEntry = z.infer<typeof reviewVerdictEntry>;

export const reviewResponse = z
  .object({
    ...head(REVIEW_RESPONSE_FORMAT, NOT_A_RESPONSE),
    reviewer,
    savedAt: timestamp,
    generalRemark: text(5000, 'De algemene opmerking'),
    verdicts: z
      .array(reviewVerdictEntry)
      .max(REVIEW_MAX_AGREEMENTS, {
        error: `Hoogstens ${REVIEW_MAX_AGREEMENTS} oordelen in één reactie`,
      })
      .superRefine(
        uniqueBy(
          (v) => v.agreementId,
          'Er staan twee oordelen over dezelfde afspraak in de reactie',
          'agreementId',
        ),
      ),
  })
  .strict();
export type ReviewResponse = z.infer<typeof reviewResponse>;

/**
 * The response's suggested file name: "Regio Utrecht-Oost - reactie Anna de Vries -
 * 22-11-2026.regiodossier-reactie". Characters Windows or macOS refuse become a dash
 * (shared/fileNames.ts), control and direction characters go; the date is Dutch, as the
 * reviewer reads it.
 */
export function responseFileName(regionName: string, reviewerName: string, isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  const name = `${regionName} - reactie ${reviewerName} - ${day}-${month}-${year}`;
  // Also the direction marks safeFileName keeps (U+202E can make "exe.txt" read as "txt.exe").
  const visible = [...name].filter((c) => !hasControlCharacter(c)).join('');
  return `${safeFileName(visible)}${REVIEW_RESPONSE_EXTENSION}`;
}

export type ReviewParse<T> = { ok: true; value: T } | { ok: false; message: string };

type FileKindName = 'package' | 'response';

interface FileKind<T> {
  schema: z.ZodType<T>;
  format: string;
  /** "Dit beoordelingspakket", "Deze reactie". */
  this: string;
  /** "een beoordelingspakket", "een reactie". */
  noun: string;
  foreign: string;
  /** The other file's format, and what to say when it is given instead of this one. */
  other: { format: string; said: string };
  /** What to do about a damaged file. */
  askAgain: string;
}

const KINDS: { package: FileKind<ReviewPackage>; response: FileKind<ReviewResponse> } = {
  package: {
    schema: reviewPackage,
    format: REVIEW_PACKAGE_FORMAT,
    this: 'Dit beoordelingspakket',
    noun: 'een beoordelingspakket',
    foreign: NOT_A_PACKAGE,
    other: { format: REVIEW_RESPONSE_FORMAT, said: 'maar een reactie op een pakket' },
    askAgain: 'Vraag de afzender het pakket opnieuw te sturen.',
  },
  response: {
    schema: reviewResponse,
    format: REVIEW_RESPONSE_FORMAT,
    this: 'Deze reactie',
    noun: 'een reactie',
    foreign: NOT_A_RESPONSE,
    other: { format: REVIEW_PACKAGE_FORMAT, said: 'maar het beoordelingspakket zelf' },
    askAgain: 'Vraag de beoordelaar de reactie opnieuw op te slaan en te sturen.',
  },
};

/** Megabytes with one decimal, rounded up: a file over the limit never reads as the limit. */
const megabytes = (bytes: number) =>
  (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('nl-NL', {
    maximumFractionDigits: 1,
  });

/** The text's size in bytes as UTF-8 (never fewer than its UTF-16 units: the quick check first). */
const utf8Bytes = (text: string) =>
  text.length > REVIEW_FILE_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;

/** The message for a file over REVIEW_FILE_MAX_BYTES (the CLI says it before reading). */
export function reviewFileTooLarge(bytes: number, kind: FileKindName): string {
  return (
    `Dit bestand is te groot (${megabytes(bytes)} MB): ${KINDS[kind].noun} is hoogstens ` +
    `${megabytes(REVIEW_FILE_MAX_BYTES)} MB. Het is niet geopend.`
  );
}

function parseReviewFile<T>(raw: string, name: FileKindName, kind: FileKind<T>): ReviewParse<T> {
  const bytes = utf8Bytes(raw);
  if (bytes > REVIEW_FILE_MAX_BYTES) return { ok: false, message: reviewFileTooLarge(bytes, name) };
  let json: unknown;
  try {
    // Notepad and some mail programs put a byte order mark in front.
    json = JSON.parse(raw.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return {
      ok: false,
      message: `Dit bestand is beschadigd of onvolledig: het is geen leesbare JSON. ${kind.askAgain}`,
    };
  }
  const fields =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  if (fields.format !== kind.format) {
    const swapped = fields.format === kind.other.format ? `, ${kind.other.said}` : '';
    return { ok: false, message: `${kind.foreign}${swapped}.` };
  }
  if (typeof fields.version === 'number' && fields.version > REVIEW_FORMAT_VERSION) {
    return {
      ok: false,
      message:
        `${kind.this} is gemaakt met een nieuwere versie van Regiodossier (formaatversie ` +
        `${fields.version}). Werk Regiodossier bij om dit bestand te openen.`,
    };
  }
  const parsed = kind.schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (${formatPath(issue.path)})` : '';
  return { ok: false, message: `${kind.this} klopt niet${where}: ${issue.message}.` };
}

/** Reads a `.regiodossier-beoordeling` file's text: size, JSON, format, version, schema. */
export const parseReviewPackage = (raw: string): ReviewParse<ReviewPackage> =>
  parseReviewFile(raw, 'package', KINDS.package);

/** Reads a `.regiodossier-reactie` file's text: size, JSON, format, version, schema. */
export const parseReviewResponse = (raw: string): ReviewParse<ReviewResponse> =>
  parseReviewFile(raw, 'response', KINDS.response);
