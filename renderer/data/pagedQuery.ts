/**
 * A long list read one page at a time (docs/architecture.md §5): the first page comes with the
 * list's totals (`usePagedHead`, for the screen); the pages the table scrolls to are fetched as
 * they come into view (`usePagedRows`, for the table alone, so a page arriving renders the table
 * and not the whole screen). Both go through the same query cache as `useQuery` (key [method,
 * input]), so mutations mark them stale by domain.
 */
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useApi } from './apiContext';
import { useQuery, type Query } from './data';

/** Methods that answer one page: input with offset and limit, output with items and offset. */
export type PagedMethod = {
  [M in Method]: Input<M> extends { offset?: number; limit?: number }
    ? Output<M> extends { items: unknown[]; offset: number }
      ? M
      : never
    : never;
}[Method];

type ItemOf<M extends PagedMethod> = Output<M>['items'][number];
export type PageInput<M extends PagedMethod> = Omit<Input<M>, 'offset' | 'limit'>;

export interface PagedRows<M extends PagedMethod> {
  /** The item at `index` of the whole sequence, or undefined while its page is on its way. */
  itemAt: (index: number) => ItemOf<M> | undefined;
  /** Tell which rows are in view (first and last index): their pages are fetched. */
  showRange: (first: number, last: number) => void;
}

export const PAGE_SIZE = 50;

const pageOf = <M extends PagedMethod>(input: PageInput<M>, page: number) =>
  ({ ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE }) as Input<M>;

/** The first page of `method(input)` with the list's totals; `null` input skips the call. */
export function usePagedHead<M extends PagedMethod>(
  method: M,
  input: PageInput<M> | null,
): Query<Output<M>> {
  return useQuery(method, input === null ? null : pageOf<M>(input, 0), { keepPrevious: true });
}

/**
 * The rows of the list whose first page is `head`; the others come from `method` (a page without
 * the totals, e.g. 'agreements.page') page by page as they come in view.
 */
export function usePagedRows<M extends PagedMethod>(
  method: M,
  input: PageInput<M>,
  head: Pick<Output<M>, 'items'>,
): PagedRows<M> {
  const api = useApi();
  // The pages in view (not the rows): the table renders again only when another page is needed.
  const [range, setRange] = useState<[number, number]>([0, 0]);
  // One page beyond each end of the view is fetched ahead, so rows are there before they scroll
  // in (a page past the end answers no items).
  const pages = useMemo(() => {
    const wanted: number[] = [];
    for (let p = range[0] - 1; p <= range[1] + 1; p += 1) if (p > 0) wanted.push(p);
    return wanted;
  }, [range]);
  const rest = useQueries({
    queries: pages.map((page) => ({
      queryKey: [method, pageOf<M>(input, page)],
      queryFn: () => api.invoke(method, pageOf<M>(input, page)),
    })),
  });
  // A new itemAt only when a page arrived or the list changed (rows re-render only then).
  const arrived = rest.map((r) => r.dataUpdatedAt).join(',');
  const itemAt = useMemo(() => {
    const byPage = new Map<number, Pick<Output<M>, 'items'>>([[0, head]]);
    rest.forEach((r, i) => r.data && byPage.set(pages[i]!, r.data as Output<M>));
    return (index: number): ItemOf<M> | undefined =>
      byPage.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE] as ItemOf<M> | undefined;
  }, [head, pages, arrived]); // eslint-disable-line react-hooks/exhaustive-deps
  const showRange = useCallback((first: number, last: number) => {
    const [from, to] = [Math.floor(first / PAGE_SIZE), Math.floor(last / PAGE_SIZE)];
    setRange((r) => (r[0] === from && r[1] === to ? r : [from, to]));
  }, []);
  return { itemAt, showRange };
}
