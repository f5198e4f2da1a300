/**
 * The long-running tasks: exporting the regiodossier or one meeting's notulen as PDF. They are
 * asynchronous (a save dialog, then Chromium prints for seconds), so they live beside the handler
 * table, not in it: `export.start` asks for the file and starts the work, the page polls
 * `export.status` for its progress and may `export.cancel` it; afterwards `export.open` and
 * `export.showInFolder` act on the file the task wrote, by task id (the page never names a path).
 */
import { z } from '../zod';
import type { TaskName } from './bridge';
import { id, ok } from '../schemas/common';
import { dossierOptions } from '../schemas/dossier';
import { backupSummary, restoreRequest, restoreResult } from '../schemas/backup';
import { importResult } from '../exchange/schema';
import { REVIEW_FILE_MAX_BYTES, reviewResponse } from '../review/formats';
import { reviewPackageRequest } from '../schemas/reviewPackage';
import { IMPORT_MAX_BYTES } from '../exchange/limits';
import {
  dossierFileInfo,
  fileCopyResult,
  fileOpenRequest,
  fileOpenResult,
  fileRecoverResult,
} from '../schemas/dossierFile';

const byJob = z.object({ jobId: id }).strict();

export const exportRequest = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('dossier'), options: dossierOptions }).strict(),
    z
      .object({
        kind: z.literal('notulen'),
        meetingId: id,
        includeConfidential: z.boolean().default(false),
      })
      .strict(),
    /** A leaving person's overdracht (handover.get) as PDF. */
    z.object({ kind: z.literal('overdracht'), contactId: id }).strict(),
  ],
  { error: 'Onbekend soort export' },
);
export type ExportRequest = z.output<typeof exportRequest>;

export const EXPORT_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

export const exportStatus = z.object({
  jobId: id,
  state: z.enum(EXPORT_STATES),
  /** The step now running (1-based) of `steps`, with its Dutch label. */
  step: z.number().int(),
  steps: z.number().int(),
  label: z.string(),
  /** The file's name (not its folder) as chosen in the save dialog. */
  fileName: z.string(),
  /** Pages of the finished PDF. */
  pages: z.number().int().nullable(),
  /** Why it failed, in Dutch. */
  message: z.string().nullable(),
});
export type ExportStatus = z.output<typeof exportStatus>;

const task = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const taskContract = {
  /**
   * Asks where to save (the save dialog); null when the user cancelled it. Answers the export's
   * first status, with all its steps counted ("Stap 1 van 4").
   */
  'export.start': task(exportRequest, exportStatus.nullable()),
  'export.status': task(byJob, exportStatus),
  /** Stops the export; answers when it has stopped (its status is then final). */
  'export.cancel': task(byJob, ok),
  'export.open': task(byJob, ok),
  'export.showInFolder': task(byJob, ok),
  /** A verified backup now ("Bestand → Back-up maken"), then the retention rule. */
  'backup.create': task(z.object({}).strict(), backupSummary),
  /**
   * Bestand → Back-up terugzetten…: a safety copy of the current state first, then the chosen
   * backup in place of the live file; every screen then reads the restored data.
   */
  'backup.restore': task(restoreRequest, restoreResult),
  /** Closing: every waiting save is done (after 'flush-before-close'); the window may close. */
  'app.flushed': task(z.object({}).strict(), ok),
  /**
   * Gegevens importeren: the chosen file's text, read in on a thread of its own after a backup
   * (all or nothing; at most 50 MB, shared/exchange/limits.ts).
   */
  'dossier.importFile': task(
    z
      .object({
        text: z.string().max(IMPORT_MAX_BYTES, { error: 'Het bestand is groter dan 50 MB' }),
        fileName: z.string().trim().min(1).max(260, { error: 'De bestandsnaam is te lang' }),
      })
      .strict(),
    importResult,
  ),
  /** The dossier file in use, whether it is on a network share, and the recent files. */
  'file.info': task(z.object({}).strict(), dossierFileInfo),
  /** Bestand → Nieuw dossier…: the save dialog, then an empty dossier (never over a file). */
  'file.new': task(z.object({}).strict(), fileOpenResult),
  /** Bestand → Openen… (or a recent file by its index): checked before it replaces the current. */
  'file.open': task(fileOpenRequest, fileOpenResult),
  /** Bestand → Kopie opslaan als…: a verified copy; the app goes on with the same file. */
  'file.saveCopy': task(z.object({}).strict(), fileCopyResult),
  /** After a damaged file was refused: what can be read, into a new file, which is then opened. */
  'file.recover': task(z.object({}).strict(), fileRecoverResult),
  /**
   * Beoordelingspakket maken: the save dialog, then the package recorded and written whole (with
   * `html` also the standalone page beside it); null when the dialog was cancelled.
   */
  'review.makePackage': task(
    reviewPackageRequest.extend({ html: z.boolean().default(true) }).strict(),
    z
      .object({
        name: z.string(),
        path: z.string(),
        pageName: z.string().nullable(),
        reviewerName: z.string(),
        agreements: z.number().int(),
      })
      .nullable(),
  ),
  /**
   * The beoordelingspakket the app was started with (a double-click on the file): asked once by
   * the page when it starts; null when there is none. Answered as file.open answers.
   */
  'review.takeOpened': task(z.object({}).strict(), fileOpenResult),
  /**
   * A beoordelingspakket dropped on the window (its text): read and checked as Bestand →
   * Openen… does, answered as file.open answers ('review' or 'refused'); nothing is written.
   */
  'review.readPackage': task(
    z
      .object({
        text: z.string().max(REVIEW_FILE_MAX_BYTES, { error: 'Het bestand is groter dan 5 MB' }),
        fileName: z.string().trim().min(1).max(260, { error: 'De bestandsnaam is te lang' }),
      })
      .strict(),
    fileOpenResult,
  ),
  /**
   * Review mode's "Reactie opslaan": the save dialog with the response's own name
   * (responseFileName), then the file written whole; null when the dialog was cancelled.
   */
  'review.saveResponse': task(
    z
      .object({
        response: reviewResponse,
        regionName: z.string().trim().min(1).max(120),
      })
      .strict(),
    fileCopyResult,
  ),
} as const;

export type TaskContract = typeof taskContract;
export type Task = keyof TaskContract;
export type TaskInput<T extends Task> = z.input<TaskContract[T]['input']>;
export type TaskParsedInput<T extends Task> = z.output<TaskContract[T]['input']>;
export type TaskOutput<T extends Task> = z.output<TaskContract[T]['output']>;

/** The contract's tasks are exactly the bridge's zod-free list (a difference fails typecheck). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<Task, TaskName> = true;
void sameNames;
