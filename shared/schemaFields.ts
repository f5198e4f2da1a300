/**
 * What a form can read from a zod schema about one field, so limits are written once: the
 * schema's `.max(200)` is also the input's `maxLength`, and the message cannot disagree with it.
 */
import type { z } from './zod';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: unknown;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema with defaults, optional/nullable wrappers and preprocessing taken off. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out)
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return current;
  }
}

/** The schema of the field at a dotted path ('dekking.by'), or null when there is none. */
export function fieldSchema(schema: z.ZodType, path: string): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const key of path.split('.')) {
    if (!current) return null;
    const def = defOf(unwrap(current));
    const shape = def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : null;
    current = shape?.[key] ?? null;
  }
  return current;
}

/** The most characters the schema accepts for the text field at `path`; undefined if unlimited. */
export function maxLengthOf(schema: z.ZodType, path: string): number | undefined {
  const field = fieldSchema(schema, path);
  if (!field) return undefined;
  const max = (unwrap(field) as { maxLength?: number | null }).maxLength;
  return typeof max === 'number' ? max : undefined;
}
