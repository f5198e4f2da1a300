import type { ChangeEvent } from 'react';
import { maxLengthOf } from '../../shared/schemaFields';
import type { z } from '../../shared/zod';

/** A form's values as the field components receive them (useSchemaForm and useAutosavedForm give these). */
export interface BoundValues<V> {
  values: V;
  errors: Record<string, string | undefined>;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  /** The schema's limit of a text field (useSchemaForm's). */
  maxLength?: (field: string) => number | undefined;
}

/**
 * value, onChange, error and maxLength of a TextInput or Textarea bound to a text value of the
 * form: `<TextInput label="Naam" {...textProps(form, 'name')} />`. The limit is read from the zod
 * schema (`schema`, or the form's own), so the input and the message agree.
 */
export function textProps<K extends string, V extends { [P in K]?: string }>(
  form: BoundValues<V>,
  name: K,
  schema?: z.ZodType,
) {
  return {
    value: form.values[name] ?? '',
    maxLength: schema ? maxLengthOf(schema, name) : form.maxLength?.(name),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      form.set(name, e.currentTarget.value as V[K]),
    error: form.errors[name],
  };
}

/**
 * value, onChange and error of an input that hands over its value (DateField, TimeField, Select):
 * `<DateField label="Datum" {...valueProps(form, 'date')} />`.
 */
export function valueProps<V, K extends keyof V & string>(form: BoundValues<V>, name: K) {
  return {
    value: form.values[name],
    onChange: (value: V[K]) => form.set(name, value),
    error: form.errors[name],
  };
}
