import { useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Saves `values` a moment after the user stops typing (and when the component unmounts), but only
 * when they differ from what is stored. `save` returns false when validation stopped it.
 */
export function useAutosave<V>(values: V, stored: V, save: (values: V) => Promise<boolean>, delay = 600) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<V | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const dirty = JSON.stringify(values) !== JSON.stringify(stored);

  useEffect(() => {
    if (!dirty) {
      pending.current = null;
      return;
    }
    pending.current = values;
    const timer = setTimeout(() => {
      pending.current = null;
      setState('saving');
      saveRef.current(values).then(
        (saved) => setState(saved ? 'saved' : 'error'),
        () => setState('error'),
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [values, dirty, delay]);

  // Leaving the screen never loses typed text: flush what is still waiting.
  useEffect(
    () => () => {
      if (pending.current !== null) void saveRef.current(pending.current);
    },
    [],
  );

  // Typed back to what is stored after a failed save: nothing is left unsaved.
  return { state: state === 'error' && !dirty ? 'saved' : state, dirty };
}
