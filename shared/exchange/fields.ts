/**
 * Building blocks of the exchange format's records (docs/exchange-format.md, Conventies): the
 * record metadata and text fields read as they are, with control characters refused.
 */
import { z } from '../zod';
import { cleanText, id, isoDate, timestamp, type Lines } from '../schemas/common';

export const meta = {
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  /**
   * Items that went to the Prullenbak together share the id of the item that was deleted
   * (restored together). Optional: a deleted item without it forms its own group.
   */
  trashGroup: id.nullable().optional(),
};
/** Texts are read as they are, but control characters (and line breaks in one-line fields) are refused. */
export const checked = (schema: z.ZodString, label: string, lines: Lines) =>
  cleanText(schema, label, lines, { normalise: false });
export const text = (max: number, label = 'De tekst', lines: Lines = 'multi') =>
  checked(z.string().max(max), label, lines);
export const line = (max: number, label: string) => text(max, label, 'single');
/** A required text (not only spaces), on one line unless told. */
export const name = (max: number, label = 'Naam', lines: Lines = 'single') =>
  checked(
    z
      .string()
      .trim()
      .min(1, { error: `${label} is verplicht` })
      .max(max),
    label,
    lines,
  );
export const date = isoDate.nullable();
