import { z } from '../zod';
import { reviewPackage } from '../review/formats';

/** Dossier files (issue 9): the file in use, the recent ones, and the answers of Nieuw/Openen. */
export const MAX_RECENT_FILES = 8;

export const dossierFileInfo = z.object({
  path: z.string(),
  name: z.string(),
  /** On a network share, where SQLite's write-ahead log is not safe: the screens warn. */
  networkShare: z.boolean(),
  warning: z.string().nullable(),
  /** The file may not be written: opened read-only, every screen says so, writes are refused. */
  readOnly: z.boolean(),
  recent: z.array(z.object({ path: z.string(), name: z.string(), exists: z.boolean() })),
});
export type DossierFileInfo = z.infer<typeof dossierFileInfo>;

export const fileOpenResult = z
  .discriminatedUnion('state', [
    z.object({
      state: z.literal('opened'),
      name: z.string(),
      path: z.string(),
      /** A new, empty dossier was made. */
      created: z.boolean(),
    }),
    z.object({
      state: z.literal('review'),
      name: z.string(),
      /**
       * A beoordelingspakket (issue 23), read and checked whole: it opens in review mode, and the
       * dossier in use stays open and untouched.
       */
      package: reviewPackage,
    }),
    z.object({
      state: z.literal('refused'),
      name: z.string(),
      /** Why, in Dutch, and what to do; the dossier in use stays open. */
      message: z.string(),
      /** The file is damaged: what can be read may be rescued into a new file (file.recover). */
      canRecover: z.boolean(),
    }),
  ])
  .nullable();
export type FileOpenResult = z.infer<typeof fileOpenResult>;

/** `recent`: the index in the recent list (the page never names a path). */
export const fileOpenRequest = z
  .object({
    recent: z
      .number()
      .int()
      .min(0)
      .max(MAX_RECENT_FILES - 1)
      .optional(),
  })
  .strict();

export const fileCopyResult = z.object({ name: z.string(), path: z.string() }).nullable();

/** How much of one part of the dossier (a table) a rescue could read. */
export const RESCUE_STATES = ['complete', 'partial', 'unreadable'] as const;
export const rescuedPart = z.object({
  /** The part in Dutch ("afspraken"). */
  part: z.string(),
  /** Rows read from the damaged file. */
  copied: z.number().int(),
  /** Rows that could not be read; null when the damaged file cannot count them either. */
  lost: z.number().int().nullable(),
  /** Rows removed or mended because they referred to something that was lost. */
  removed: z.number().int(),
  state: z.enum(RESCUE_STATES),
});
export type RescuedPart = z.infer<typeof rescuedPart>;

const rescueFacts = {
  parts: z.array(rescuedPart),
  /** The damaged file's list of tables (its schema) could be read to the end. */
  schemaComplete: z.boolean(),
  /** The file was cut off: the pages present of those its header promises. */
  cutOff: z.object({ present: z.number().int(), expected: z.number().int() }).nullable(),
  /** Rows left out because what they referred to was lost. */
  orphansRemoved: z.number().int(),
};

/**
 * What a rescue did: a new file with what could be read (opened at once), or nothing at all
 * could be read: no file, and the backups are the way back.
 */
export const fileRecoverResult = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('recovered'), name: z.string(), path: z.string(), ...rescueFacts }),
    z.object({ state: z.literal('nothing'), name: z.string(), ...rescueFacts }),
  ])
  .nullable();
export type FileRecoverResult = z.infer<typeof fileRecoverResult>;
