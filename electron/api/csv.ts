/**
 * CSV for Excel-style tools in the Netherlands: semicolon separator, UTF-8 with byte-order mark,
 * CRLF line ends, dates as dd-mm-jjjj (what Excel in a Dutch locale reads as a date, so columns
 * sort and filter as dates). Pure functions, no I/O.
 */
import type { AgreementExportRow } from '../../db/agreementQueries';
import { formatDateNl } from '../../shared/dates';
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

export const AGREEMENT_CSV_HEADERS = [
  'Titel',
  'Status',
  "Thema's",
  'Partijen',
  'Eigenaar',
  'Financiering',
  'Vastgesteld op',
  'Startdatum',
  'Einddatum',
  'Volgende evaluatie',
  'Bestuurlijke dekking',
  'Vertrouwelijk',
  'Datum laatste voortgang',
  'Laatste voortgang',
  'Beoordeling',
] as const;

const REVIEW_LABELS = { wacht: 'Wacht op reactie', akkoord: 'Akkoord', opmerkingen: 'Opmerkingen' };

/** '2026-02-01' → '01-02-2026'; empty when absent. */
export function csvDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

function dekkingText(row: AgreementExportRow): string {
  if (!row.dekkingGranted) return 'Nog niet';
  const on = row.dekkingOn ? ` op ${formatDateNl(row.dekkingOn)}` : '';
  return row.dekkingBy ? `Ja, ${row.dekkingBy}${on}` : `Ja${on}`;
}

/** One row per agreement; themes, parties (with their role) and financing joined with ", ". */
export function agreementCsvRow(row: AgreementExportRow): string[] {
  return [
    row.title,
    AGREEMENT_STATUS_LABELS[row.status],
    row.themes.join(', '),
    row.partyRoles
      .map((p) => `${p.name} (${AGREEMENT_PARTY_ROLE_LABELS[p.role].toLowerCase()})`)
      .join(', '),
    row.ownerName ?? '',
    row.financing.map((f) => FINANCING_LABELS[f]).join(', '),
    csvDate(row.adoptedOn),
    csvDate(row.startDate),
    csvDate(row.endDate),
    csvDate(row.nextEvaluation),
    dekkingText(row),
    row.confidential ? 'Ja' : 'Nee',
    csvDate(row.lastProgressOn),
    row.lastProgressText ?? '',
    row.reviewState ? REVIEW_LABELS[row.reviewState] : '',
  ];
}

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
