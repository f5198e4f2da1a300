import { z } from '../zod';
import { isIsoDate } from '../dates';
import {
  controlMessage,
  hasControlCharacter,
  hasLineBreak,
  lineBreakMessage,
  normaliseText,
} from '../textRules';

export const id = z.uuid({
  error: (issue) => (issue.input === undefined ? 'Dit veld ontbreekt' : 'Ongeldige id'),
});

/** Single-line fields (names, titles) or multi-line ones (notes, descriptions, mandates). */
export type Lines = 'single' | 'multi';

/**
 * The rules every text field shares: tabs become spaces (unless `normalise` is false, as for
 * import files, which are read as they are), no control characters (NUL, ESC, bidi
 * overrides), and in a single-line field no line break (shared/textRules.ts).
 */
export const cleanText = (
  schema: z.ZodString,
  label: string,
  lines: Lines,
  { normalise = true } = {},
): z.ZodString =>
  (normalise ? schema.overwrite(normaliseText) : schema)
    .refine((v) => !hasControlCharacter(v), { error: controlMessage(label) })
    .refine((v) => lines === 'multi' || !hasLineBreak(v), { error: lineBreakMessage(label) });

/** A required text: trimmed, not empty, at most `max` characters; single-line unless told. */
export const requiredText = (label: string, max = 200, lines: Lines = 'single') =>
  cleanText(
    z
      .string({ error: `${label} is verplicht` })
      .trim()
      .min(1, { error: `${label} is verplicht` })
      .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn` }),
    label,
    lines,
  );

/** An optional free text, stored as '' when absent; multi-line unless told. */
export const optionalText = (label: string, max = 5000, lines: Lines = 'multi') =>
  cleanText(
    z
      .string()
      .trim()
      .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn` }),
    label,
    lines,
  ).default('');

export const isoDate = z
  .string()
  .refine(isIsoDate, { error: 'Vul een geldige datum in (jjjj-mm-dd)' });

export const optionalDate = isoDate.nullable().default(null);

/** A date the form may leave empty while typing (null) but that must be filled in to save. */
export const requiredDate = (message: string) =>
  isoDate.nullable().refine((v) => v !== null, { error: message });

export const timestamp = z.iso.datetime({ error: 'Ongeldig tijdstip' });

export const email = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, {
    error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl',
  })
  .default('');

export const phone = z
  .string()
  .trim()
  .max(40, { error: 'Telefoonnummer is te lang' })
  .refine((v) => v === '' || /^[+0-9][0-9 ()-]{5,}$/.test(v), {
    error: 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67',
  })
  .default('');

/** since/until pair where until (exclusive end) must come after since. */
export function periodRefinement<T extends { since: string | null; until: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.since && value.until && value.until <= value.since) {
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: 'De einddatum moet na de begindatum liggen',
    });
  }
}

/** Fields every stored record carries. */
export const recordMeta = {
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
};

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The shape with every default removed: an update must send every field (a field left out would
 * otherwise be reset to its default). A missing field gets "Dit veld ontbreekt" (shared/zod.ts).
 */
export function allRequired<S extends Record<string, z.ZodType>>(
  shape: S,
): { [K in keyof S]: WithoutDefault<S[K]> } {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? field.unwrap() : field,
    ]),
  ) as { [K in keyof S]: WithoutDefault<S[K]> };
}

export const emptyInput = z.object({}).strict().default({});
export const byId = z.object({ id }).strict();
export const ok = z.object({ ok: z.literal(true) });
