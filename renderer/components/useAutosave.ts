import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValues } from './drafts';
import { registerFlush } from './pendingSaves';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Saves `values` a moment after the user stops typing (and when the component unmounts), but only
 * when they differ from what is stored. `save` returns false when validation stopped it.
 * `flush()` saves what is waiting right away (before an action that should see it).
 */
export function useAutosave<V>(
  values: V,
  stored: V,
  save: (values: V) => Promise<boolean>,
  delay = 600,
) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<V | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const dirty = !sameValues(values, stored);

  const run = useCallback(async (current: V): Promise<boolean> => {
    pending.current = null;
    setState('saving');
    try {
      const saved = await saveRef.current(current);
      setState(saved ? 'saved' : 'error');
      return saved;
    } catch {
      setState('error');
      return false;
    }
  }, []);

  useEffect(() => {
    if (!dirty) {
      pending.current = null;
      return;
    }
    pending.current = values;
    const timer = setTimeout(() => {
      if (pending.current !== null) void run(pending.current);
    }, delay);
    return () => clearTimeout(timer);
  }, [values, dirty, delay, run]);

  // Leaving the screen never loses typed text: flush what is still waiting (and when that fails
  // validation, the form's draft keeps it).
  useEffect(
    () => () => {
      if (pending.current !== null) void saveRef.current(pending.current);
    },
    [],
  );

  const flush = useCallback(
    async () => (pending.current === null ? true : run(pending.current)),
    [run],
  );
  useEffect(() => registerFlush(flush), [flush]);

  /** Saves what the form holds now, if it differs from what is stored (after a refused save). */
  const latest = useRef(values);
  latest.current = values;
  const retry = useCallback(async () => (dirty ? run(latest.current) : true), [dirty, run]);

  // Typed back to what is stored after a failed save: nothing is left unsaved.
  return { state: state === 'error' && !dirty ? 'saved' : state, dirty, flush, retry };
}
