/**
 * A set of plain text fields of one kind of record, each defined once by its zod rule (the
 * form's and the API's): the keys in order, their stored shape, every field empty, and just
 * these fields of a record. The label of each is in shared/fieldLabels.ts (a test walks them).
 */
import { z } from '../zod';

export function textFieldSet<const F extends Record<string, z.ZodType<string, string | undefined>>>(
  fields: F,
) {
  type Key = keyof F & string;
  const keys = Object.keys(fields) as Key[];
  return {
    /** The zod rules, to spread into an input schema (create, update, exchange). */
    fields,
    keys,
    /** As stored and answered: plain strings. */
    stored: Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<Key, z.ZodString>,
    /** Every field empty: a new record's form, the demo, the generator. */
    empty: Object.fromEntries(keys.map((key) => [key, ''])) as Record<Key, string>,
    /** Just these fields of a record. */
    of: (record: Record<Key, string>) =>
      Object.fromEntries(keys.map((key) => [key, record[key]])) as Record<Key, string>,
  };
}
