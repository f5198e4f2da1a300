import { z } from '../zod';
import { entity } from './system';
import { id } from './common';

/**
 * Purging a person (AVG erasure): the mentions of their name or e-mail address in free text, and
 * the user's choice per mention, sent with the purge (docs/avg-export.md).
 */
export const purgeMention = z.object({
  /** Names the mention in the choices: "<table>.<column>:<id>". */
  key: z.string(),
  /** What kind of text, in Dutch: "notulen", "besluit". */
  kind: z.string(),
  /** Where it is: the meeting and agenda item, the afspraak. */
  place: z.string(),
  /** The text around the first mention. */
  excerpt: z.string(),
});
export type PurgeMention = z.infer<typeof purgeMention>;

export const purgeChoice = z
  .object({
    key: z
      .string()
      .regex(/^[a-z_]+\.[a-z_]+:[0-9a-f-]{36}$/, 'Deze vermelding bestaat niet (meer).'),
    /** true: replace by "[verwijderd]"; false: keep the text as it is. */
    replace: z.boolean(),
  })
  .strict();

export const trashPurge = z
  .object({
    entity,
    id,
    /** One choice per mention of trash.mentions; none when there are none. */
    choices: z
      .array(purgeChoice)
      .max(20000, 'Te veel keuzes in één keer (hoogstens 20.000).')
      .optional(),
  })
  .strict()
  .refine((v) => new Set((v.choices ?? []).map((c) => c.key)).size === (v.choices ?? []).length, {
    message: 'Elke vermelding mag maar één keer gekozen worden.',
    path: ['choices'],
  });
