/**
 * An agreement's own columns, from the one table definition (db/schema/agreements.ts): the typed
 * row, the row → domain mapper, the domain → column values, and the fields the audit log
 * compares. A column added to the definition shows up here as a type error until it is mapped.
 */
import type { Agreement } from '../shared/schemas/agreement';
import { agreement } from './schema';
import { nameSortKey } from './sortKeys';
import { searchText } from './sqlite';

export type AgreementRow = typeof agreement.$inferSelect;
type Columns = Omit<
  AgreementRow,
  | 'id'
  | 'regionId'
  | 'searchText'
  | 'sortKey'
  | 'createdAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'trashGroup'
>;

/** The columns derived from the text, written with every insert and update of an agreement. */
export const derivedColumns = (a: {
  title: string;
  caseNumber: string;
  descriptionText: string;
}): Pick<AgreementRow, 'searchText' | 'sortKey'> => ({
  searchText: searchText(a.title, a.caseNumber, a.descriptionText),
  sortKey: nameSortKey(a.title),
});

/** The row as the domain has it: dekking as one object. */
export const toAgreement = (r: AgreementRow): Agreement => ({
  id: r.id,
  regionId: r.regionId,
  title: r.title,
  caseNumber: r.caseNumber,
  descriptionHtml: r.descriptionHtml,
  descriptionText: r.descriptionText,
  status: r.status,
  ownerId: r.ownerId,
  adoptedOn: r.adoptedOn,
  startDate: r.startDate,
  endDate: r.endDate,
  nextEvaluation: r.nextEvaluation,
  dekking: { granted: r.dekkingGranted, by: r.dekkingBy, on: r.dekkingOn },
  confidential: r.confidential,
  reviewRequestedOn: r.reviewRequestedOn,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
});

/** The domain's own fields as columns (the flat shape the audit log compares). */
export const agreementColumns = (
  a: Pick<
    Agreement,
    | 'title'
    | 'caseNumber'
    | 'descriptionHtml'
    | 'descriptionText'
    | 'status'
    | 'ownerId'
    | 'adoptedOn'
    | 'startDate'
    | 'endDate'
    | 'nextEvaluation'
    | 'dekking'
    | 'confidential'
    | 'reviewRequestedOn'
  >,
): Columns => ({
  title: a.title,
  caseNumber: a.caseNumber,
  descriptionHtml: a.descriptionHtml,
  descriptionText: a.descriptionText,
  status: a.status,
  ownerId: a.ownerId,
  adoptedOn: a.adoptedOn,
  startDate: a.startDate,
  endDate: a.endDate,
  nextEvaluation: a.nextEvaluation,
  dekkingGranted: a.dekking.granted,
  dekkingBy: a.dekking.by,
  dekkingOn: a.dekking.on,
  confidential: a.confidential,
  reviewRequestedOn: a.reviewRequestedOn,
});

/** The columns the audit log compares: every own column but the derived plain text. */
export const AGREEMENT_FIELDS = [
  'title',
  'caseNumber',
  'descriptionHtml',
  'status',
  'ownerId',
  'adoptedOn',
  'startDate',
  'endDate',
  'nextEvaluation',
  'dekkingGranted',
  'dekkingBy',
  'dekkingOn',
  'confidential',
  'reviewRequestedOn',
] as const satisfies readonly (keyof Columns)[];
export type AgreementFlat = Pick<Columns, (typeof AGREEMENT_FIELDS)[number]>;
