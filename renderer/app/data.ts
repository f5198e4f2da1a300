/**
 * Server data for screens: a tiny query layer over the typed client. Every successful mutation
 * bumps one version number, and every mounted query refetches; the register is small enough that
 * this keeps all screens consistent without a cache to keep in sync by hand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import type { Input, Method, Output } from '../../shared/api/contract';
import { useApi } from './apiContext';

const useDataVersion = create<{ version: number; bump: () => void }>((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));

export interface Query<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/** Runs `method(input)` and again whenever data changes; `null` input skips the call. */
export function useQuery<M extends Method>(method: M, input: Input<M> | null): Query<Output<M>> {
  const api = useApi();
  const version = useDataVersion((s) => s.version);
  const [state, setState] = useState<{ data?: Output<M>; error: Error | null; loading: boolean }>({
    error: null,
    loading: input !== null,
  });
  const [retry, setRetry] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    api.invoke(method, JSON.parse(key) as Input<M>).then(
      (data) => request === latest.current && setState({ data, error: null, loading: false }),
      (error: Error) =>
        request === latest.current && setState((s) => ({ ...s, error, loading: false })),
    );
  }, [api, method, key, version, retry]);

  const reload = useCallback(() => setRetry((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Calls a method that changes data; on success all queries refresh. Throws ApiError on failure. */
export function useMutation() {
  const api = useApi();
  const bump = useDataVersion((s) => s.bump);
  return useCallback(
    async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
      const value = await api.invoke(method, input);
      bump();
      return value;
    },
    [api, bump],
  );
}
