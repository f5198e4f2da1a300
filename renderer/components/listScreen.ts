/**
 * What every list screen shares: a filter store that survives navigating to a record and back,
 * a search box whose text reaches the store a moment after typing stops, and the create dialog
 * opened by `?nieuw=1` (so the menu, a link or a button can open it).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { create } from 'zustand';

export type FilterStore<F> = F & { update: (patch: Partial<F>) => void; reset: () => void };

/** A list's filters, with `update` and `reset` (back to `defaults`, keeping the `keep` keys). */
export function createFilterStore<F extends object>(defaults: F, keep: (keyof F)[] = []) {
  return create<FilterStore<F>>((set) => ({
    ...defaults,
    update: (patch) => set(patch as Partial<FilterStore<F>>),
    reset: () =>
      set((s) => {
        const kept = Object.fromEntries(keep.map((k) => [k, s[k]]));
        return { ...defaults, ...kept } as Partial<FilterStore<F>>;
      }),
  }));
}

/**
 * The text in a search box (kept per keystroke) and its commit to the list's filters after
 * `delay` ms without typing. A search set from elsewhere ("Filters wissen", a link) shows too.
 */
export function useSearchBox(stored: string, commit: (search: string) => void, delay = 0) {
  const [text, setText] = useState(stored);
  const [waited] = useDebouncedValue(text, delay);
  // Lists answer a keystroke in a few milliseconds (paged in SQL): no need to wait by default.
  const debounced = delay === 0 ? text : waited;
  useEffect(() => {
    if (debounced !== stored) commit(debounced);
  }, [debounced]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setText(stored), [stored]);
  return [text, setText] as const;
}

/** The create dialog of a list screen, open while the address holds `?nieuw=1`. */
export function useCreateDialog() {
  const [params, setParams] = useSearchParams();
  const open = useCallback(() => setParams({ nieuw: '1' }), [setParams]);
  const close = useCallback(() => setParams({}), [setParams]);
  return { opened: params.get('nieuw') === '1', open, close, params };
}
