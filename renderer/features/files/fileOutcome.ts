import { create } from 'zustand';
import type { FileRecoverResult } from '../../../shared/schemas/dossierFile';

/**
 * What the last dossier-file action needs to tell, in a dialog (FileOutcomeModal): a file that
 * was refused (with recovery for a damaged one), or what recovery could and could not read
 * (also when it could read nothing, and made no file).
 */
export type FileOutcome =
  | { kind: 'refused'; name: string; message: string; canRecover: boolean }
  | ({ kind: 'rescue' } & NonNullable<FileRecoverResult>);

export const useFileOutcome = create<{
  outcome: FileOutcome | null;
  show: (outcome: FileOutcome) => void;
  clear: () => void;
}>((set) => ({
  outcome: null,
  show: (outcome) => set({ outcome }),
  clear: () => set({ outcome: null }),
}));
