import type { ChangeEvent } from 'react';
import { maxLengthOf } from '../../shared/schemaFields';
import type { z } from '../../shared/zod';

/** A form's values as the field components receive them (useSchemaForm and useAutosavedForm give these). */
export interface BoundValues<V> {
  values: V;
  errors: Record<string, string | undefined>;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
}

/**
 * value, onChange, error and maxLength of a TextInput or Textarea bound to a text value of the
 * form: `<TextInput label="Naam" {...textProps(props, 'name', partyFields)} />`. The limit is read
 * from the zod schema, so the input and the message agree.
 */
export function textProps<K extends string, V extends Record<K, string>>(
  form: BoundValues<V>,
  name: K,
  schema: z.ZodType,
) {
  return {
    value: form.values[name],
    maxLength: maxLengthOf(schema, name),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      form.set(name, e.currentTarget.value as V[K]),
    error: form.errors[name],
  };
}
