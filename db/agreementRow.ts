/**
 * An agreement's own columns, from the one table definition (db/schema/agreements.ts): the typed
 * row, the row → domain mapper, the domain → column values, and the fields the audit log
 * compares. A column added to the definition shows up here as a type error until it is mapped.
 */
import {
  AGREEMENT_TEXT_FIELDS,
  type Agreement,
  type AgreementTextField,
} from '../shared/schemas/agreement';
import { getTableColumns } from 'drizzle-orm';
import { agreement } from './schema';
import { nameSortKey } from './sortKeys';
import { searchText } from './sqlite';

export type AgreementRow = typeof agreement.$inferSelect;

/** Columns that are not the agreement's own fields: identity, derived, bookkeeping. */
const NOT_OWN = [
  'id',
  'regionId',
  'searchText',
  'sortKey',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'trashGroup',
] as const;
type Columns = Omit<AgreementRow, (typeof NOT_OWN)[number]>;
type OwnColumn = keyof Columns;

/** The own columns, in the definition's order: a column added there is written and audited. */
const OWN_COLUMNS = Object.keys(getTableColumns(agreement)).filter(
  (key): key is OwnColumn => !(NOT_OWN as readonly string[]).includes(key),
);

/** The domain's own fields: the columns, with the dekking as one object. */
type DomainOwn = Omit<Columns, 'dekkingGranted' | 'dekkingBy' | 'dekkingOn'> & {
  dekking: Agreement['dekking'];
};

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}

/**
 * The columns derived from the text, written with every insert and update of an agreement: the
 * search text (title, every text field such as the zaaknummer, description) and the sort key.
 */
export const derivedColumns = (
  a: { title: string; descriptionText: string } & Record<AgreementTextField, string>,
): Pick<AgreementRow, 'searchText' | 'sortKey'> => ({
  searchText: searchText(a.title, ...AGREEMENT_TEXT_FIELDS.map((key) => a[key]), a.descriptionText),
  sortKey: nameSortKey(a.title),
});

/** The row as the domain has it: dekking as one object. */
export const toAgreement = ({
  dekkingGranted,
  dekkingBy,
  dekkingOn,
  searchText: _search,
  sortKey: _sort,
  trashGroup: _trash,
  ...own
}: AgreementRow): Agreement => ({
  ...own,
  dekking: { granted: dekkingGranted, by: dekkingBy, on: dekkingOn },
});

/** The domain's own fields as columns (the flat shape the audit log compares). */
export const agreementColumns = ({ dekking, ...own }: DomainOwn): Columns =>
  pick(
    { ...own, dekkingGranted: dekking.granted, dekkingBy: dekking.by, dekkingOn: dekking.on },
    OWN_COLUMNS,
  );

/** The columns the audit log compares: every own column but the derived plain text. */
export const AGREEMENT_FIELDS = OWN_COLUMNS.filter(
  (key): key is Exclude<OwnColumn, 'descriptionText'> => key !== 'descriptionText',
);
export type AgreementFlat = Omit<Columns, 'descriptionText'>;
