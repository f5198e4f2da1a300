/**
 * "Autosave never overwrites newer text" (docs/architecture.md §6): every autosave names what it
 * was based on (the minutes: their revision; a form: the stored values it started from), and a
 * save whose base is no longer the stored one is refused with this error, so the page can keep
 * both versions and let the user choose.
 */
import { DomainError, type ErrorCode, type FieldIssue } from './result';

/** The input fields that carry the base of an autosave. */
export const BASE_FIELDS = ['baseRevision', 'base'] as const;

/**
 * The refusal of a save based on an older version. `subject` with its verb, e.g. "Deze notulen
 * zijn" or "Deze partij is"; `kept`: what the user has not lost.
 */
export function staleBase(subject: string, kept: 'tekst' | 'wijzigingen' = 'tekst'): DomainError {
  const yours =
    kept === 'tekst' ? 'Uw tekst is niet opgeslagen' : 'Uw wijzigingen zijn niet opgeslagen';
  const message = `${subject} intussen elders gewijzigd (in een ander venster of tabblad). ${yours} en er is niets overschreven: kies welke ${kept === 'tekst' ? 'tekst' : 'versie'} blijft.`;
  return new DomainError('conflict', message, [
    { path: kept === 'tekst' ? 'baseRevision' : 'base', message },
  ]);
}

/** Whether a failed call was refused because its base was no longer current. */
export const isStaleBase = (error: unknown): boolean => {
  const e = error as { code?: ErrorCode; issues?: FieldIssue[] } | null;
  return (
    e?.code === 'conflict' &&
    (e.issues ?? []).some((i) => (BASE_FIELDS as readonly string[]).includes(i.path))
  );
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A form's save, checked against what it was based on: refused when a field of `base` no longer
 * holds the stored value (someone else saved in between), unless the save changes nothing.
 * No base (the command line, an older page) is not checked.
 */
export function assertBaseCurrent<V extends Record<string, unknown>>(
  subject: string,
  stored: V,
  input: Partial<V>,
  base: Partial<V> | undefined,
): void {
  if (!base) return;
  const keys = Object.keys(base) as (keyof V)[];
  if (keys.every((k) => same(stored[k], base[k]))) return;
  if ((Object.keys(input) as (keyof V)[]).every((k) => same(stored[k], input[k]))) return;
  throw staleBase(subject, 'wijzigingen');
}
