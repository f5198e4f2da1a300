/**
 * Raw rows of the agreement list query → list items and CSV rows. Hot path at scale (hundreds
 * of rows per query), so it allocates little: theme and financing combinations repeat and are
 * worked out once per query.
 */
import { isEvaluationOverdue } from '../shared/agreementStatus';
import { FINANCING_STREAMS, type AgreementPartyRole, type FinancingStream } from '../shared/domain';
import {
  AGREEMENT_TEXT_FIELDS,
  textFieldsOf,
  type AgreementTextField,
} from '../shared/schemas/agreement';
import { type AgreementListItem } from '../shared/schemas/agreementList';
import { kindsOf, type ColumnsOf, type StoredRowOf } from './preparedSql';
import { agreement } from './schema';

/** A list item with what the CSV export adds: the parties' roles and the date of the dekking. */
export interface AgreementExportRow extends AgreementListItem {
  partyRoles: { name: string; role: AgreementPartyRole }[];
  dekkingOn: string | null;
  /** The latest live progress update's text (filled in by exportRows). */
  lastProgressText: string | null;
}

/** The columns of the agreement's text fields (shared/schemas/agreement.ts), by name. */
const textColumns = Object.fromEntries(
  AGREEMENT_TEXT_FIELDS.map((key) => [key, agreement[key]]),
) as { [K in AgreementTextField]: (typeof agreement)[K] };

/**
 * The agreement's own columns the list shows, by name, from the table definition: the SQL's
 * select list is built from it (agreementQueries.ts), so a renamed column fails typecheck here.
 */
export const LIST_COLUMNS = {
  id: agreement.id,
  title: agreement.title,
  ...textColumns,
  status: agreement.status,
  ownerId: agreement.ownerId,
  adoptedOn: agreement.adoptedOn,
  startDate: agreement.startDate,
  endDate: agreement.endDate,
  nextEvaluation: agreement.nextEvaluation,
  dekkingGranted: agreement.dekkingGranted,
  dekkingBy: agreement.dekkingBy,
  dekkingOn: agreement.dekkingOn,
  confidential: agreement.confidential,
  updatedAt: agreement.updatedAt,
} as const;

/** A row of the list statement: the columns above as stored (booleans as 0/1), and aggregates. */
export type ListRow = StoredRowOf<typeof LIST_COLUMNS> & {
  ownerName: string | null;
  lastProgressOn: string | null;
  reviewState: AgreementListItem['reviewState'];
  /** Theme ids joined with US. */
  themeIds: string | null;
  /** "name US role" per live party, joined with RS. */
  parties: string | null;
  /** Streams joined with US. */
  financing: string | null;
};

/** The kinds of the list statement's columns (db/preparedSql.ts checks them when prepared). */
export const LIST_ROW_KINDS: ColumnsOf<ListRow> = {
  ...kindsOf(LIST_COLUMNS),
  ownerName: 'text?',
  lastProgressOn: 'text?',
  reviewState: 'text?',
  themeIds: 'text?',
  parties: 'text?',
  financing: 'text?',
};

/** Separators inside the aggregated columns: ASCII unit (31) and record (30) separators. */
export const US = '\u001f';
export const RS = '\u001e';

const streamRank = (s: FinancingStream) => FINANCING_STREAMS.indexOf(s);
const financingMemo = new Map<string, FinancingStream[]>();
function financingOf(value: string | null): FinancingStream[] {
  if (!value) return [];
  let streams = financingMemo.get(value);
  if (!streams) {
    streams = (value.split(US) as FinancingStream[]).sort((x, y) => streamRank(x) - streamRank(y));
    financingMemo.set(value, streams);
  }
  return streams.slice();
}

const lower = (s: string) => s.toLowerCase();
function partiesOf(value: string | null): { name: string; role: AgreementPartyRole }[] {
  if (!value) return [];
  const parties = value.split(RS).map((p) => {
    const at = p.indexOf(US);
    return { name: p.slice(0, at), role: p.slice(at + 1) as AgreementPartyRole };
  });
  if (parties.length > 1) {
    parties.sort((x, y) => {
      const [a, b] = [lower(x.name), lower(y.name)];
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  return parties;
}

/** A live theme as the list needs it: name and place in the werkstructuur. */
export interface LiveTheme {
  id: string;
  name: string;
  sortOrder: number;
}

/** Maps the rows of one query; `day` is today (for "evaluatie verlopen"). */
export function createRowMapper(liveThemes: LiveTheme[], day: string) {
  const themes = new Map(
    liveThemes.map(({ id, name, sortOrder }) => [id, { name, order: sortOrder }]),
  );
  const themeMemo = new Map<string, { ids: string[]; names: string[] }>();
  /** Live themes only (a deleted theme is left out), in the werkstructuur's order. */
  function themesOf(value: string | null): { ids: string[]; names: string[] } {
    if (!value) return { ids: [], names: [] };
    let found = themeMemo.get(value);
    if (!found) {
      const live = value
        .split(US)
        .filter((id) => themes.has(id))
        .sort((x, y) => themes.get(x)!.order - themes.get(y)!.order);
      found = { ids: live, names: live.map((id) => themes.get(id)!.name) };
      themeMemo.set(value, found);
    }
    return { ids: found.ids.slice(), names: found.names.slice() };
  }

  function item(r: ListRow, parties: string[]): AgreementListItem {
    const t = themesOf(r.themeIds);
    return {
      id: r.id,
      title: r.title,
      ...textFieldsOf(r),
      status: r.status,
      themeIds: t.ids,
      themes: t.names,
      parties,
      ownerId: r.ownerId,
      ownerName: r.ownerName,
      financing: financingOf(r.financing),
      adoptedOn: r.adoptedOn,
      startDate: r.startDate,
      endDate: r.endDate,
      nextEvaluation: r.nextEvaluation,
      dekkingGranted: r.dekkingGranted === 1,
      dekkingBy: r.dekkingBy,
      confidential: r.confidential === 1,
      lastProgressOn: r.lastProgressOn,
      reviewState: r.reviewState,
      evaluationOverdue: isEvaluationOverdue(r, day),
      updatedAt: r.updatedAt,
    };
  }

  return {
    item: (r: ListRow): AgreementListItem =>
      item(
        r,
        partiesOf(r.parties).map((p) => p.name),
      ),
    exportRow(r: ListRow): AgreementExportRow {
      const partyRoles = partiesOf(r.parties);
      const base = item(
        r,
        partyRoles.map((p) => p.name),
      );
      return { ...base, partyRoles, dekkingOn: r.dekkingOn, lastProgressText: null };
    },
  };
}
