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

const profileOrganisation = () =>
  cleanText(
    z.string().trim().max(160, { error: 'Organisatie is te lang' }),
    'Organisatie',
    'single',
  );

/**
 * Who works on this computer (the audit actor): a setting of the computer, not of the dossier
 * (a copy handed to a colleague must not write their changes under this name). Stored in the
 * app's own folder (electron/files/userProfile.ts); empty until the user fills it in.
 */
export const userProfile = z
  .object({
    userName: z.union([z.literal(''), requiredText('Uw naam', 120)]),
    organisation: profileOrganisation(),
  })
  .strict();
export type UserProfile = z.infer<typeof userProfile>;

/** Instellingen: the user profile (this computer) and the region last worked on (this dossier). */
export const settings = z.object({
  userName: z.string(),
  organisation: z.string(),
  currentRegionId: id.nullable(),
});
export type Settings = z.infer<typeof settings>;

export const settingsUpdate = z
  .object({
    userName: requiredText('Uw naam', 120).optional(),
    organisation: profileOrganisation().optional(),
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
