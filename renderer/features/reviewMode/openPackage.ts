import { create } from 'zustand';
import type { FileOpenResult } from '../../../shared/schemas/dossierFile';
import type { ReviewPackage } from '../../../shared/review/formats';

/** What review mode shows: the package opened, or why a package was not opened. */
interface OpenPackageState {
  /** The package in review mode (the dossier stays open behind it, untouched). */
  open: { name: string; package: ReviewPackage } | null;
  /** A package that was refused: its file name and the Dutch reason. */
  refused: { name: string; message: string } | null;
  /** file.open's (or review.readPackage's) answer about a package: review mode, or why not. */
  show: (result: Exclude<FileOpenResult, null>) => void;
  close: () => void;
  dismissRefusal: () => void;
}

/**
 * Review mode (issue 23, "in Regiodossier"): a beoordelingspakket opened with Bestand →
 * Openen…, a double-click or a drop. A store, so the file actions, the menu events and the
 * window's drop all open the same mode.
 */
export const useOpenPackage = create<OpenPackageState>((set) => ({
  open: null,
  refused: null,
  show: (result) => {
    if (result.state === 'review') set({ open: result, refused: null });
    else if (result.state === 'refused') set({ refused: result });
  },
  close: () => set({ open: null }),
  dismissRefusal: () => set({ refused: null }),
}));

/** Whether review mode is on now (for code outside React: the dossier's shortcuts). */
export const reviewing = () => useOpenPackage.getState().open !== null;
