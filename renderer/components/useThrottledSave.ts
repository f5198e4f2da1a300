import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlush } from './pendingSaves';

export type ThrottledSaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/**
 * Saves a value continuously while it changes: the first change starts a timer and the value of
 * that moment is saved when it runs, so during non-stop typing a save goes out every `interval`
 * ms (at most that much typing is unsaved at any time; a debounce would save only after a pause).
 * One save at a time; what changed meanwhile follows at once. `flush()` saves right away (on
 * blur); leaving the screen and hiding the page flush too.
 */
export function useThrottledSave<V>(save: (value: V) => Promise<unknown>, interval = 700) {
  const [state, setState] = useState<ThrottledSaveState>('saved');
  const pending = useRef<{ value: V } | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The last save failed: wait for the next change (or flush) before trying again. */
  const failed = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) return running.current;
    const next = pending.current;
    if (!next) return Promise.resolve();
    pending.current = null;
    setState('saving');
    running.current = saveRef
      .current(next.value)
      .then(
        () => {
          failed.current = false;
          setState(pending.current ? 'unsaved' : 'saved');
        },
        () => {
          // Keep what failed, unless newer text is already waiting; try again with the next change.
          pending.current ??= next;
          failed.current = true;
          setState('error');
        },
      )
      .finally(() => {
        running.current = null;
        if (pending.current && !failed.current && timer.current === null) {
          timer.current = setTimeout(() => void flush(), 0);
        }
      });
    return running.current;
  }, []);

  const change = useCallback(
    (value: V) => {
      pending.current = { value };
      failed.current = false;
      setState((s) => (s === 'saving' ? s : 'unsaved'));
      timer.current ??= setTimeout(() => void flush(), interval);
    },
    [flush, interval],
  );

  /** Forgets what is waiting (the user chose another text); a running save still finishes. */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    failed.current = false;
    setState(running.current ? 'saving' : 'saved');
  }, []);

  // Closing and switching files wait for everything: also text typed while a save was running.
  const flushEverything = useCallback(async () => {
    while (running.current || pending.current) {
      await flush();
      if (failed.current) break;
    }
  }, [flush]);
  useEffect(() => registerFlush(flushEverything), [flushEverything]);
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);

  return { state, change, flush, discard };
}
