import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from '../../shared/zod';
import { ApiError } from '../api';
import { browserStorage, readDraft, removeDraft, stableJson, syncDraft } from './drafts';
import { fieldErrorsFrom, formLevelError, withoutError, type FieldErrors } from './fieldErrors';

type Values = Record<string, unknown>;

export interface ZodFormOptions {
  /** Maps an issue path (from zod or the API) to the form's field name. Keep it stable. */
  rename?: (path: string) => string;
}

/**
 * Form state validated by the same zod schema the main process uses: Dutch messages beside each
 * field, typed text kept on every error. With `draftKey`, what the user typed is kept in
 * localStorage while it differs from `initial` (for an edit form: what is stored), and comes back
 * when the form opens again (`restoredDraft`) until it is saved or discarded.
 */
export function useZodForm<S extends z.ZodType, V extends Values = z.input<S> & Values>(
  schema: S,
  initial: V,
  draftKey?: string,
  options: ZodFormOptions = {},
) {
  const { rename } = options;
  // Decided once, at mount: a draft that differs from what the form starts with.
  const [start] = useState(() => {
    const draft = readDraft(browserStorage(), draftKey, initial);
    return { values: draft ?? initial, restored: draft !== null };
  });
  const [values, setValues] = useState<V>(start.values);
  const [restoredDraft, setRestoredDraft] = useState(start.restored);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const baseline = stableJson(initial);
  /** Values put in place by reset(): never written back as a draft. */
  const settled = useRef<V | null>(null);

  useEffect(() => {
    syncDraft(browserStorage(), draftKey, values, JSON.parse(baseline), settled.current);
  }, [draftKey, values, baseline]);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutError(e, name as string));
  }, []);

  /** Parsed values (of `current`, default the form's), or null after showing the problems. */
  const validate = useCallback(
    (current?: V): z.output<S> | null => {
      const parsed = schema.safeParse(current ?? values);
      if (parsed.success) {
        setErrors({});
        setFormError(null);
        return parsed.data;
      }
      const next = fieldErrorsFrom(parsed.error.issues, rename);
      setErrors(next);
      setFormError(formLevelError(next));
      return null;
    },
    [schema, values, rename],
  );

  /** Shows a failed save: field issues beside the fields, the message above the form. */
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.issues.length) {
        setErrors(fieldErrorsFrom(error.issues, rename));
      }
      setFormError(error instanceof Error ? error.message : String(error));
    },
    [rename],
  );

  /** Forgets the draft of what is in the form now (e.g. on Annuleren). */
  const clearDraft = useCallback(() => {
    settled.current = values;
    removeDraft(browserStorage(), draftKey);
  }, [draftKey, values]);

  /** Puts `next` in the form, with no draft, errors or restored-draft note left. */
  const reset = useCallback(
    (next: V) => {
      settled.current = next;
      removeDraft(browserStorage(), draftKey);
      setValues(next);
      setErrors({});
      setFormError(null);
      setRestoredDraft(false);
    },
    [draftKey],
  );

  /** "Verwerpen": back to what the form started with (for an edit form: what is stored). */
  const discardDraft = useCallback(() => reset(JSON.parse(baseline) as V), [reset, baseline]);

  return {
    values,
    set,
    errors,
    formError,
    validate,
    showError,
    clearDraft,
    reset,
    discardDraft,
    restoredDraft,
  };
}
