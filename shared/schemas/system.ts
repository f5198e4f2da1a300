import { AUDIT_ACTIONS, ENTITIES } from '../domain';
import { z } from '../zod';
import { cleanText, id, requiredText } from './common';

export const entity = z.enum(ENTITIES);

export const trashItem = z.object({
  entity,
  id,
  label: z.string(),
  deletedAt: z.string(),
  /** What went to the Prullenbak together with this item, in Dutch ("3 personen, 2 rollen"). */
  includes: z.string(),
});
export type TrashItem = z.infer<typeof trashItem>;
export const trashRef = z.object({ entity, id }).strict();

export const historyQuery = z.object({ entity, id }).strict();
export const historyEntry = z.object({
  id: z.number().int(),
  entity,
  entityId: id,
  action: z.enum(AUDIT_ACTIONS),
  at: z.string(),
  actor: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  /** The entry as one plain Dutch sentence. */
  text: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const settings = z.object({
  userName: z.string(),
  organisation: z.string(),
  currentRegionId: id.nullable(),
});
export type Settings = z.infer<typeof settings>;

export const settingsUpdate = z
  .object({
    userName: requiredText('Uw naam', 120).optional(),
    organisation: cleanText(
      z.string().trim().max(160, { error: 'Organisatie is te lang' }),
      'Organisatie',
      'single',
    ).optional(),
    currentRegionId: id.nullable().optional(),
  })
  .strict();

export const appInfo = z.object({
  version: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  empty: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfo>;
