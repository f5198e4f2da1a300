/**
 * A long list read one page at a time (docs/architecture.md §5): the first page comes with the
 * list's totals; the pages the table scrolls to are fetched as they come into view, through the
 * same query cache as `useQuery` (key [method, input], so mutations mark them stale by domain).
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

export interface PagedQuery<M extends PagedMethod> {
  /** The first page, with the list's totals (the previous answer while new filters load). */
  head: Query<Output<M>>;
  /** The item at `index` of the whole sequence, or undefined while its page is on its way. */
  itemAt: (index: number) => ItemOf<M> | undefined;
  /** Tell which rows are in view (first and last index): their pages are fetched. */
  showRange: (first: number, last: number) => void;
}

export const PAGE_SIZE = 50;

/** Reads `method(input)` in pages of PAGE_SIZE; `null` input skips the call. */
export function usePagedQuery<M extends PagedMethod>(
  method: M,
  input: Omit<Input<M>, 'offset' | 'limit'> | null,
): PagedQuery<M> {
  const api = useApi();
  const pageInput = useCallback(
    (page: number) => ({ ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE }) as Input<M>,
    [input],
  );
  const head = useQuery(method, input === null ? null : pageInput(0), { keepPrevious: true });
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const pages = useMemo(() => {
    const wanted: number[] = [];
    for (let p = Math.floor(range[0] / PAGE_SIZE); p <= Math.floor(range[1] / PAGE_SIZE); p += 1) {
      if (p > 0) wanted.push(p);
    }
    return wanted;
  }, [range]);
  const rest = useQueries({
    queries: pages.map((page) => ({
      queryKey: [method, pageInput(page)],
      queryFn: () => api.invoke(method, pageInput(page)),
      enabled: input !== null,
    })),
  });

  const byPage = new Map<number, Output<M>>();
  if (head.data) byPage.set(0, head.data);
  rest.forEach((r, i) => r.data && byPage.set(pages[i]!, r.data as Output<M>));

  const itemAt = (index: number): ItemOf<M> | undefined => {
    const page = byPage.get(Math.floor(index / PAGE_SIZE));
    return page?.items[index % PAGE_SIZE] as ItemOf<M> | undefined;
  };
  const showRange = useCallback((first: number, last: number) => {
    setRange((r) => (r[0] === first && r[1] === last ? r : [first, last]));
  }, []);
  return { head, itemAt, showRange };
}
