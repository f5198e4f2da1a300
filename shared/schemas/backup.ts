import { z } from '../zod';
import { cleanText } from './common';

/** Backups of the dossier file (issue 9): why one was made, and what the list and status show. */
export const BACKUP_REASONS = [
  'dagelijks',
  'handmatig',
  'voor-bijwerken',
  'voor-import',
  'voor-terugzetten',
  'voor-verwijderen',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  dagelijks: 'Dagelijks',
  handmatig: 'Handmatig',
  'voor-bijwerken': 'Vóór bijwerken',
  'voor-import': 'Vóór import',
  'voor-terugzetten': 'Vóór terugzetten',
  'voor-verwijderen': 'Vóór definitief verwijderen',
};

export const backupSummary = z.object({
  /** Null: this dossier's own; else the folder of the other dossier it belongs to. */
  dossier: z.string().nullable(),
  /** The file's name in the backup folder (never a path the page could use elsewhere). */
  name: z.string(),
  at: z.string(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int(),
  counts: z.object({
    regions: z.number().int(),
    parties: z.number().int(),
    contacts: z.number().int(),
    agreements: z.number().int(),
    meetings: z.number().int(),
    /** 0 in a backup from before the gespreksverslagen. */
    conversations: z.number().int(),
  }),
  /** ISO time of the newest change the backup holds (history or notulen); null: none. */
  lastChange: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof backupSummary>;

/** A backup to restore: its name in the backup folder, as the list gives it (never a path). */
export const restoreRequest = z
  .object({
    name: z
      .string()
      .max(200)
      .regex(/^regiodossier-[0-9TZ-]+-[a-z-]+\.db$/, { error: 'Geen back-up uit de lijst' }),
    /** Another dossier's folder from the list (a name, never a path); null: this dossier's. */
    dossier: z
      .string()
      .max(200)
      .regex(/^[^/\\]+ \([0-9a-f]{8}\)$/, { error: 'Geen dossier uit de lijst' })
      .nullable()
      .default(null),
  })
  .strict();

/** What was put back, and the safety copy of the state before it ("Terug naar …"). */
export const restoreResult = z.object({ restored: backupSummary, safety: backupSummary });
export type RestoreResult = z.infer<typeof restoreResult>;

export const backupStatus = z.object({
  /** The folder as chosen (or the default one). */
  folder: z.string(),
  /** This dossier's own folder in it, where its backups go. */
  dossierFolder: z.string(),
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
