import { z } from '../zod';
import { id, recordMeta, requiredText } from './common';

export const themeFields = z.object({ name: requiredText('Naam', 80) }).strict();
export const themeRename = themeFields.extend({ id }).strict();
export const themeArchive = z.object({ id, archived: z.boolean() }).strict();

export const theme = z.object({
  ...recordMeta,
  name: z.string(),
  archivedAt: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type Theme = z.infer<typeof theme>;

export const themeListQuery = z
  .object({ includeArchived: z.boolean().default(false) })
  .strict()
  .default({ includeArchived: false });
