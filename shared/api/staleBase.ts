/**
 * "Autosave never overwrites newer text" (docs/architecture.md §6): every autosave names the
 * revision it was based on, and a save whose base is no longer the stored one is refused with
 * this error, so the page can keep both texts and let the user choose.
 */
import { DomainError, type ErrorCode, type FieldIssue } from './result';

/** The input field that carries the base of an autosave. */
export const BASE_FIELD = 'baseRevision';

/** The refusal of a save based on an older revision. `what`: "Deze notulen", "Deze partij"… */
export function staleBase(what: string): DomainError {
  const message = `${what} ${what.startsWith('Deze notulen') ? 'zijn' : 'is'} intussen elders gewijzigd (in een ander venster of tabblad). Uw tekst is niet opgeslagen en er is niets overschreven: kies welke tekst blijft.`;
  return new DomainError('conflict', message, [{ path: BASE_FIELD, message }]);
}

/** Whether a failed call was refused because its base was no longer current. */
export const isStaleBase = (error: unknown): boolean => {
  const e = error as { code?: ErrorCode; issues?: FieldIssue[] } | null;
  return e?.code === 'conflict' && (e.issues ?? []).some((i) => i.path === BASE_FIELD);
};
