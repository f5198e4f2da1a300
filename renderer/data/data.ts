/**
 * Server data for screens, on TanStack Query: `useQuery(method, input)` reads through a cache
 * keyed by [method, input] (one call for many screens asking the same, answers kept across
 * navigation), `useMutation()` calls a method that changes data and marks stale exactly the
 * domains it touches (queryKeys.ts).
 */
import {
  QueryClient,
  useQueryClient,
  useQuery as useTanstackQuery,
  keepPreviousData,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useApi } from './apiContext';
import { domainOf, refetchesNow, staleDomains } from './queryKeys';

export interface Query<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/** One client per app: answers stay fresh until a mutation says otherwise; no refetch on focus. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

/**
 * Runs `method(input)`; `null` input skips the call. With `keepPrevious` (a list whose filters
 * change as the user types), the previous answer stays on screen while the new one loads.
 */
export function useQuery<M extends Method>(
  method: M,
  input: Input<M> | null,
  options: { keepPrevious?: boolean } = {},
): Query<Output<M>> {
  const api = useApi();
  const result = useTanstackQuery({
    queryKey: [method, input],
    queryFn: () => api.invoke(method, input as Input<M>),
    enabled: input !== null,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const { refetch } = result;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: result.data,
    error: result.error,
    loading: result.isFetching,
    reload,
  };
}

/** Calls a method that changes data; on success the queries it touches refresh. Throws ApiError. */
export function useMutation() {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(
    async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
      const value = await api.invoke(method, input);
      const domains = staleDomains(method);
      void client.invalidateQueries({
        ...(domains === null
          ? {}
          : { predicate: (query) => domains.includes(domainOf(query.queryKey) as never) }),
        refetchType: refetchesNow(method) ? 'active' : 'none',
      });
      return value;
    },
    [api, client],
  );
}
