import { z } from '../zod';
import { cleanText } from './common';

/** Backups of the dossier file (issue 9): what the list and the status show. */
export const BACKUP_REASON_LABELS = {
  dagelijks: 'Dagelijks',
  handmatig: 'Handmatig',
  'voor-bijwerken': 'Vóór bijwerken',
  'voor-import': 'Vóór import',
  'voor-terugzetten': 'Vóór terugzetten',
  'voor-verwijderen': 'Vóór definitief verwijderen',
} as const;

export const backupSummary = z.object({
  /** The file's name in the backup folder (never a path the page could use elsewhere). */
  name: z.string(),
  at: z.string(),
  reason: z.enum(
    Object.keys(BACKUP_REASON_LABELS) as [
      keyof typeof BACKUP_REASON_LABELS,
      ...(keyof typeof BACKUP_REASON_LABELS)[],
    ],
  ),
  bytes: z.number().int(),
  counts: z.object({
    regions: z.number().int(),
    parties: z.number().int(),
    contacts: z.number().int(),
    agreements: z.number().int(),
    meetings: z.number().int(),
  }),
});
export type BackupSummary = z.infer<typeof backupSummary>;

export const backupStatus = z.object({
  folder: z.string(),
  /** No folder chosen: the default one is used. */
  isDefault: z.boolean(),
  last: backupSummary.nullable(),
  /** What needs the user's attention, in Dutch; null when all is well. */
  warning: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

/** An absolute path: /…, C:\… or \\server\share\… */
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)/;

export const backupFolderUpdate = z
  .object({
    /** Empty: back to the default folder. */
    folder: cleanText(
      z.string().trim().max(1000, { error: 'Het pad is te lang' }),
      'Back-upmap',
      'single',
    ).refine((v) => v === '' || ABSOLUTE.test(v), {
      error: 'Geef een volledig pad op, bijvoorbeeld D:\\Back-ups of /media/usb/back-ups',
    }),
  })
  .strict();
