import { z } from '../zod';
import { allRequired, id, optionalText, recordMeta, requiredText } from './common';

const zorgkantoorNumber = z
  .number({ error: 'Vul een getal in' })
  .int({ error: 'Vul een heel getal in' })
  .min(1, { error: 'Het regionummer is minstens 1' })
  .max(999, { error: 'Het regionummer is hoogstens 999' })
  .nullable()
  .default(null);

export const regionFields = z
  .object({
    name: requiredText('Naam', 120),
    zorgkantoorNumber,
    description: optionalText('Omschrijving'),
  })
  .strict();
export type RegionFields = z.input<typeof regionFields>;

export const region = z.object({
  ...recordMeta,
  name: z.string(),
  zorgkantoorNumber: z.number().int().nullable(),
  description: z.string(),
});
export type Region = z.infer<typeof region>;

/** Every field required: what is left out would otherwise be reset to its default. */
export const regionUpdate = z
  .object({
    ...allRequired({ id, ...regionFields.shape }),
    /** The stored values the form started from (shared/api/staleBase.ts). */
    base: z.object(allRequired(regionFields.shape)).strict().optional(),
  })
  .strict();
