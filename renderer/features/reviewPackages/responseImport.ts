import { create } from 'zustand';
import type { ReviewResponseImported } from '../../../shared/schemas/reviewPackage';

/** A response file being read in, what came of it, or why it was refused. */
export type ResponseOutcome =
  | { kind: 'done'; fileName: string; result: ReviewResponseImported }
  | { kind: 'refused'; fileName: string; message: string };

/**
 * Reactie inlezen (Bestand menu, the Overzicht's card, a drop on the window): one store, so each
 * way ends in the same dialog (ResponseImportModal). `choose` opens the file chooser that the
 * modal's host keeps (a hidden file input).
 */
export const useResponseImport = create<{
  outcome: ResponseOutcome | null;
  /** Set by the host: opens the file chooser. */
  chooser: (() => void) | null;
  /** Set by the host: reads a chosen or dropped file in. */
  reader: ((file: File) => void) | null;
  choose: () => void;
  read: (file: File) => void;
  show: (outcome: ResponseOutcome) => void;
  clear: () => void;
}>((set, get) => ({
  outcome: null,
  chooser: null,
  reader: null,
  choose: () => get().chooser?.(),
  read: (file) => get().reader?.(file),
  show: (outcome) => set({ outcome }),
  clear: () => set({ outcome: null }),
}));
