import { create } from 'zustand';

/**
 * What the last dossier-file action needs to tell, in a dialog (FileOutcomeModal): a file that
 * was refused (with recovery for a damaged one), or what recovery could not read.
 */
export type FileOutcome =
  | { kind: 'refused'; name: string; message: string; canRecover: boolean }
  | { kind: 'recovered'; name: string; incomplete: string[]; orphansRemoved: number };

export const useFileOutcome = create<{
  outcome: FileOutcome | null;
  show: (outcome: FileOutcome) => void;
  clear: () => void;
}>((set) => ({
  outcome: null,
  show: (outcome) => set({ outcome }),
  clear: () => set({ outcome: null }),
}));
