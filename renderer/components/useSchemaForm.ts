import { useForm } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import { maxLengthOf } from '../../shared/schemaFields';
import type { z } from '../../shared/zod';
import { ApiError } from '../api';
import { browserStorage, readDraft, removeDraft, stableJson, syncDraft } from './drafts';
import { fieldErrorsFrom, formLevelError, type FieldErrors } from './fieldErrors';

type Values = Record<string, unknown>;

export interface SchemaFormOptions {
  /** Maps an issue path (from zod or the API) to the form's field name. Keep it stable. */
  rename?: (path: string) => string;
}

/**
 * A form on @mantine/form, validated by the same zod schema the main process uses: Dutch messages
 * beside each field, typed text kept on every error, and each text input's `maxLength` read from
 * the schema (`input('title')`), so the limit and its message cannot disagree.
 *
 * Drafts are the thin layer on top: with `draftKey`, what the user typed is kept in localStorage
 * while it differs from `initial` (for an edit form: what is stored), and comes back when the form
 * opens again (`restoredDraft`) until it is saved or discarded.
 *
 * Validation runs our zod schema directly rather than through @mantine/form's `schemaResolver`:
 * the API answers with issue paths in the same notation ('parties[0].partyId'), and one mapper
 * (`fieldErrorsFrom`, with `rename`) puts both beside the right field.
 */
export function useSchemaForm<S extends z.ZodType, V extends Values = z.input<S> & Values>(
  schema: S,
  initial: V,
  draftKey?: string,
  options: SchemaFormOptions = {},
) {
  const { rename } = options;
  // Decided once, at mount: a draft that differs from what the form starts with.
  const [start] = useState(() => {
    const draft = readDraft(browserStorage(), draftKey, initial);
    return { values: draft ?? initial, restored: draft !== null };
  });
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: start.values,
    clearInputErrorOnChange: true,
    enhanceGetInputProps: ({ field }) => {
      const maxLength = maxLengthOf(schema, String(field));
      return maxLength === undefined ? {} : { maxLength };
    },
  });
  const { values, setFieldValue, setErrors } = form;
  const [restoredDraft, setRestoredDraft] = useState(start.restored);
  const [formError, setFormError] = useState<string | null>(null);
  const baseline = stableJson(initial);
  /** Values put in place by reset(): never written back as a draft. */
  const settled = useRef<V | null>(null);

  useEffect(() => {
    syncDraft(browserStorage(), draftKey, values, JSON.parse(baseline), settled.current);
  }, [draftKey, values, baseline]);

  const set = useCallback(
    <K extends keyof V>(name: K, value: V[K]) => {
      (setFieldValue as (path: string, value: unknown) => void)(String(name), value);
    },
    [setFieldValue],
  );

  const showErrors = useCallback(
    (next: FieldErrors) => {
      setErrors(next);
      setFormError(formLevelError(next));
    },
    [setErrors],
  );

  /** Parsed values (of `current`, default the form's), or null after showing the problems. */
  const validate = useCallback(
    (current?: V): z.output<S> | null => {
      const parsed = schema.safeParse(current ?? values);
      if (parsed.success) {
        showErrors({});
        return parsed.data;
      }
      showErrors(fieldErrorsFrom(parsed.error.issues, rename));
      return null;
    },
    [schema, values, rename, showErrors],
  );

  /** Shows a failed save: field issues beside the fields, the message above the form. */
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.issues.length) {
        setErrors(fieldErrorsFrom(error.issues, rename));
      }
      setFormError(error instanceof Error ? error.message : String(error));
    },
    [rename, setErrors],
  );

  /**
   * The submit of a form: validates (`current`, default the form's values), then runs `save` with
   * the parsed values; a failed save is shown on the form (`showError`).
   */
  const submitWith = useCallback(
    async (save: (input: z.output<S>) => Promise<void>, current?: V) => {
      const input = validate(current);
      if (!input) return;
      try {
        await save(input);
      } catch (error) {
        showError(error);
      }
    },
    [validate, showError],
  );

  /** Forgets the draft of what is in the form now (e.g. on Annuleren). */
  const clearDraft = useCallback(() => {
    settled.current = values;
    removeDraft(browserStorage(), draftKey);
  }, [draftKey, values]);

  const { setValues } = form;
  /** Puts `next` in the form, with no draft, errors or restored-draft note left. */
  const reset = useCallback(
    (next: V) => {
      settled.current = next;
      removeDraft(browserStorage(), draftKey);
      setValues(next);
      showErrors({});
      setRestoredDraft(false);
    },
    [draftKey, setValues, showErrors],
  );

  /** "Verwerpen": back to what the form started with (for an edit form: what is stored). */
  const discardDraft = useCallback(() => reset(JSON.parse(baseline) as V), [reset, baseline]);

  return {
    values,
    set,
    /** Field name → its first Dutch message. */
    errors: form.errors as FieldErrors,
    formError,
    validate,
    showError,
    submitWith,
    clearDraft,
    reset,
    discardDraft,
    restoredDraft,
    /** value, onChange, error and maxLength for a Mantine input: `<TextInput {...input('title')} />`. */
    input: form.getInputProps,
    /** The schema's limit for a text field, for inputs not bound with `input()`. */
    maxLength: (field: string) => maxLengthOf(schema, field),
  };
}
