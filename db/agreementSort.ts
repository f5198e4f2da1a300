/**
 * Orders of the agreement list, in JavaScript: titles in Dutch alphabetical order (without case
 * or diacritics: "Één loket" between "D" and "F"), which SQLite's NOCASE (ASCII only) cannot do.
 */
import { AGREEMENT_STATUSES, type AgreementStatus } from '../shared/domain';
import type { AgreementListItem } from '../shared/schemas/agreement';
import { searchText } from './sqlite';

export type AgreementSort = 'title' | 'status' | 'nextEvaluation' | 'updated';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Sort key of a title: lower case, without diacritics (fast for plain ASCII titles). */
export const titleKey = (title: string): string =>
  ASCII.test(title) ? title.toLowerCase() : searchText(title);

const STATUS_RANK = Object.fromEntries(AGREEMENT_STATUSES.map((s, i) => [s, i])) as Record<
  AgreementStatus,
  number
>;

type Sortable = Pick<AgreementListItem, 'id' | 'title' | 'status' | 'nextEvaluation' | 'updatedAt'>;

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Sorts in place by title, ties by id: for rows that are not list items (the dashboard). */
export function sortByTitle<T>(items: T[], titleOf: (t: T) => string, idOf: (t: T) => string): T[] {
  const keys = new Map(items.map((i) => [i, titleKey(titleOf(i))]));
  return items.sort((x, y) => cmp(keys.get(x)!, keys.get(y)!) || cmp(idOf(x), idOf(y)));
}

/** Sorts in place by `sort`, ties broken by title and then id (a stable, total order). */
export function sortAgreements<T extends Sortable>(items: T[], sort: AgreementSort): T[] {
  const keys = new Map(items.map((i) => [i, titleKey(i.title)]));
  const byTitle = (x: T, y: T) => cmp(keys.get(x)!, keys.get(y)!) || cmp(x.id, y.id);
  const compare: Record<AgreementSort, (x: T, y: T) => number> = {
    title: byTitle,
    status: (x, y) => STATUS_RANK[x.status] - STATUS_RANK[y.status] || byTitle(x, y),
    nextEvaluation: (x, y) =>
      (x.nextEvaluation === null ? 1 : 0) - (y.nextEvaluation === null ? 1 : 0) ||
      cmp(x.nextEvaluation ?? '', y.nextEvaluation ?? '') ||
      byTitle(x, y),
    updated: (x, y) => cmp(y.updatedAt, x.updatedAt) || cmp(x.id, y.id),
  };
  return items.sort(compare[sort]);
}
