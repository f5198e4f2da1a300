/**
 * CSV for Excel-style tools in the Netherlands: semicolon separator, UTF-8 with byte-order mark,
 * CRLF line ends, dates as dd-mm-jjjj (what Excel in a Dutch locale reads as a date, so columns
 * sort and filter as dates). Pure functions, no I/O.
 */
import { FIELD_LABELS } from '../../shared/fieldLabels';
import { AGREEMENT_TEXT_FIELDS } from '../../shared/schemas/agreement';
import type { AgreementExportRow } from '../../db/agreementQueries';
import { dekkingText } from '../../shared/dekkingText';
import {
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  FINANCING_LABELS,
} from '../../shared/domain';

export const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV injection), also their
 * full-width forms ＝＋－＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which some spreadsheets fold.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: formula-looking text gets a leading quote; text with ; " CR or LF is quoted. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: BOM, header row and data rows, each line ended with CRLF. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(SEPARATOR) + EOL;
  return BOM + line(headers) + rows.map(line).join('');
}

const REVIEW_LABELS = { wacht: 'Wacht op reactie', akkoord: 'Akkoord', opmerkingen: 'Opmerkingen' };

/** '2026-02-01' → '01-02-2026'; empty when absent. */
export function csvDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

/**
 * The CSV's columns, in order: a header (the field's label from shared/fieldLabels.ts) and how a
 * row's value is written. Themes, parties (with their role) and financing are joined with ", ".
 */
const AGREEMENT_CSV_COLUMNS: { header: string; value: (row: AgreementExportRow) => string }[] = [
  { header: FIELD_LABELS.title, value: (r) => r.title },
  ...AGREEMENT_TEXT_FIELDS.map((key) => ({
    header: FIELD_LABELS[key],
    value: (r: AgreementExportRow) => r[key],
  })),
  { header: FIELD_LABELS.status, value: (r) => AGREEMENT_STATUS_LABELS[r.status] },
  { header: FIELD_LABELS.themes, value: (r) => r.themes.join(', ') },
  {
    header: FIELD_LABELS.parties,
    value: (r) =>
      r.partyRoles
        .map((p) => `${p.name} (${AGREEMENT_PARTY_ROLE_LABELS[p.role].toLowerCase()})`)
        .join(', '),
  },
  { header: FIELD_LABELS.ownerId, value: (r) => r.ownerName ?? '' },
  {
    header: FIELD_LABELS.financing,
    value: (r) => r.financing.map((f) => FINANCING_LABELS[f]).join(', '),
  },
  { header: FIELD_LABELS.adoptedOn, value: (r) => csvDate(r.adoptedOn) },
  { header: FIELD_LABELS.startDate, value: (r) => csvDate(r.startDate) },
  { header: FIELD_LABELS.endDate, value: (r) => csvDate(r.endDate) },
  { header: FIELD_LABELS.nextEvaluation, value: (r) => csvDate(r.nextEvaluation) },
  {
    header: FIELD_LABELS.dekking,
    value: (r) => dekkingText({ granted: r.dekkingGranted, by: r.dekkingBy, on: r.dekkingOn }),
  },
  { header: FIELD_LABELS.confidential, value: (r) => (r.confidential ? 'Ja' : 'Nee') },
  { header: 'Datum laatste voortgang', value: (r) => csvDate(r.lastProgressOn) },
  { header: 'Laatste voortgang', value: (r) => r.lastProgressText ?? '' },
  {
    header: FIELD_LABELS.reviewState,
    value: (r) => (r.reviewState ? REVIEW_LABELS[r.reviewState] : ''),
  },
];

export const AGREEMENT_CSV_HEADERS = AGREEMENT_CSV_COLUMNS.map((c) => c.header);

/** One row per agreement, in the order of the headers. */
export const agreementCsvRow = (row: AgreementExportRow): string[] =>
  AGREEMENT_CSV_COLUMNS.map((c) => c.value(row));

export const agreementsCsv = (rows: readonly AgreementExportRow[]): string =>
  toCsv(AGREEMENT_CSV_HEADERS, rows.map(agreementCsvRow));

/** 'Zuid-Holland Noord' → 'zuid-holland-noord': a file-name-safe slug without diacritics. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'regio';
}
