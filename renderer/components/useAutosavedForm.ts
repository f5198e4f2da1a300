import { useCallback, useEffect, useRef, useState } from 'react';
import { isStaleBase } from '../../shared/api/staleBase';
import type { z } from '../../shared/zod';
import { sameValues } from './drafts';
import { useAutosave } from './useAutosave';
import { useSchemaForm } from './useSchemaForm';

type Values = Record<string, unknown>;

/** Another window saved this record first: its stored values, for the user to compare. */
export interface FormConflict<V> {
  theirs: V;
}

/**
 * An edit form that saves itself: validated by `schema`, saved by `save` a moment after typing
 * stops, and kept as a draft under `draftKey` (like `concept:party:<id>`) while it differs from
 * `stored`, so text that does not pass validation survives leaving the screen or the app. The
 * draft comes back on return (`restoredDraft`, with `discardDraft` for "Verwerpen") and is gone
 * once the values are saved.
 *
 * Every save names the stored values the form started from (`base`); the server refuses it when
 * the record was changed elsewhere meanwhile (shared/api/staleBase.ts). Then nothing is saved
 * until the user chooses (`conflict`, `resolve`): keep their version, or take the stored one
 * (`load` reads it). The typed values stay in the form and its draft meanwhile.
 */
export function useAutosavedForm<S extends z.ZodType, V extends Values>(
  schema: S,
  stored: V,
  save: (input: z.output<S>, base: NoInfer<V>) => Promise<unknown>,
  draftKey: string,
  /** Reads the stored values, to show beside the user's after a refused save. */
  load?: () => Promise<NoInfer<V>>,
) {
  const form = useSchemaForm<S, V>(schema, stored, draftKey);
  const { validate, showError, reset } = form;
  const base = useRef(stored);
  const [conflict, setConflictState] = useState<FormConflict<V> | null>(null);
  const conflictRef = useRef<FormConflict<V> | null>(null);
  const setConflict = useCallback((c: FormConflict<V> | null) => {
    conflictRef.current = c;
    setConflictState(c);
  }, []);

  const autosave = useAutosave(form.values, stored, async (values) => {
    if (conflictRef.current) return false;
    const input = validate(values);
    if (!input) return false;
    try {
      await save(input, base.current);
      base.current = values;
      return true;
    } catch (error) {
      if (isStaleBase(error) && load) setConflict({ theirs: await load() });
      else showError(error);
      return false;
    }
  });

  // A newer stored version that arrives while the user has changed nothing is simply taken over.
  const valuesRef = useRef(form.values);
  valuesRef.current = form.values;
  // Compared as the server stores them (trimmed and so on), not as typed.
  const asStored = useCallback(
    (v: V): unknown => {
      const parsed = schema.safeParse(v);
      return parsed.success ? parsed.data : v;
    },
    [schema],
  );
  // (Only when what is stored changed: the screen passes a new object on every render.)
  const seen = useRef(stored);
  useEffect(() => {
    if (sameValues(stored, seen.current)) return;
    seen.current = stored;
    if (sameValues(asStored(stored), asStored(base.current)) || conflictRef.current) return;
    if (sameValues(valuesRef.current, base.current)) reset(stored);
    base.current = stored;
  }, [stored, reset, asStored]);

  const { retry } = autosave;
  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => {
      const open = conflictRef.current;
      if (!open) return;
      base.current = open.theirs;
      setConflict(null);
      if (choice === 'theirs') reset(open.theirs);
      else void retry();
    },
    [reset, retry, setConflict],
  );

  return { ...form, saveState: autosave.state, flush: autosave.flush, conflict, resolve };
}
