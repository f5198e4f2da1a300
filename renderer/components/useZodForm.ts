import { useCallback, useEffect, useState } from 'react';
import { formatPath } from '../../shared/api/result';
import type { z } from '../../shared/zod';
import { ApiError } from '../api';

type Values = Record<string, unknown>;

/**
 * Form state validated by the same zod schema the main process uses: Dutch messages beside each
 * field, typed text kept on every error. With `draftKey`, what the user typed survives closing the
 * form or the app until it is saved or discarded.
 */
export function useZodForm<S extends z.ZodType, V extends Values = z.input<S> & Values>(
  schema: S,
  initial: V,
  draftKey?: string,
) {
  const [values, setValues] = useState<V>(() => readDraft(draftKey, initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const restoredDraft = draftKey ? localStorage.getItem(draftKey) !== null : false;

  useEffect(() => {
    if (draftKey) localStorage.setItem(draftKey, JSON.stringify(values));
  }, [draftKey, values]);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!e[name as string]) return e;
      const { [name as string]: _removed, ...rest } = e;
      return rest;
    });
  }, []);

  /** Parsed values, or null after showing the problems beside the fields. */
  const validate = useCallback((): z.output<S> | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors({});
      setFormError(null);
      return parsed.data;
    }
    const next: Record<string, string> = {};
    for (const issue of parsed.error.issues) next[formatPath(issue.path)] ??= issue.message;
    setErrors(next);
    setFormError(Object.keys(next).some((k) => k === '') ? (next[''] ?? null) : null);
    return null;
  }, [schema, values]);

  /** Shows a failed save: field issues beside the fields, the rest above the form. */
  const showError = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.issues.length) {
      const next: Record<string, string> = {};
      for (const issue of error.issues) next[issue.path] ??= issue.message;
      setErrors(next);
    }
    setFormError(error instanceof Error ? error.message : String(error));
  }, []);

  const clearDraft = useCallback(() => {
    if (draftKey) localStorage.removeItem(draftKey);
  }, [draftKey]);

  const reset = useCallback(
    (next: V) => {
      clearDraft();
      setValues(next);
      setErrors({});
      setFormError(null);
    },
    [clearDraft],
  );

  return { values, set, errors, formError, validate, showError, clearDraft, reset, restoredDraft };
}

function readDraft<V>(draftKey: string | undefined, initial: V): V {
  if (!draftKey) return initial;
  try {
    const raw = localStorage.getItem(draftKey);
    return raw ? { ...initial, ...(JSON.parse(raw) as Partial<V>) } : initial;
  } catch {
    return initial;
  }
}
