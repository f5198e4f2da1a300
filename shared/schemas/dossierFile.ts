import { z } from '../zod';

/** Dossier files (issue 9): the file in use, the recent ones, and the answers of Nieuw/Openen. */
export const MAX_RECENT_FILES = 8;

export const dossierFileInfo = z.object({
  path: z.string(),
  name: z.string(),
  /** On a network share, where SQLite's write-ahead log is not safe: the screens warn. */
  networkShare: z.boolean(),
  warning: z.string().nullable(),
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

export const fileRecoverResult = z
  .object({
    name: z.string(),
    path: z.string(),
    /** Parts that could not be read completely, in Dutch ("afspraken"). */
    incomplete: z.array(z.string()),
    /** Rows left out because what they referred to was lost. */
    orphansRemoved: z.number().int(),
  })
  .nullable();
export type FileRecoverResult = z.infer<typeof fileRecoverResult>;
