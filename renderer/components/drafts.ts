/**
 * Drafts: what the user typed but has not saved yet, kept in localStorage per form (a record's
 * key is like `concept:party:<id>`) so closing a dialog, leaving a screen or a failed save never
 * loses it. Pure functions over a tiny storage interface, so they can be tested without a DOM.
 */

/** The part of the Web Storage API drafts use. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or null where it cannot be used (private mode, tests). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** JSON with object keys sorted, so two values compare equal whatever order their keys are in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** Whether two form values hold the same data. */
export function sameValues(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * The draft stored under `key`, laid over `initial` (fields the form no longer has are dropped,
 * fields the draft lacks keep their initial value). Null when there is no draft, it cannot be
 * read, or it holds nothing that differs from `initial`.
 */
export function readDraft<V extends object>(
  storage: DraftStorage | null,
  key: string | undefined,
  initial: V,
): V | null {
  if (!storage || !key) return null;
  let parsed: unknown;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const draft = parsed as Record<string, unknown>;
  const merged = { ...initial };
  for (const name of Object.keys(initial) as (keyof V & string)[]) {
    if (Object.prototype.hasOwnProperty.call(draft, name))
      merged[name] = draft[name] as V[typeof name];
  }
  return sameValues(merged, initial) ? null : merged;
}

/**
 * Keeps the draft in step with the form: stored while `values` differ from `baseline` (what is
 * saved, or what the form started with), removed as soon as they are the same again.
 */
export function writeDraft(
  storage: DraftStorage | null,
  key: string | undefined,
  values: unknown,
  baseline: unknown,
): void {
  if (!storage || !key) return;
  try {
    if (sameValues(values, baseline)) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(values));
  } catch {
    // A full or blocked storage must not break typing; the form itself still holds the text.
  }
}

/**
 * What a form does with its draft after each change: `settled` values (put in place by a reset or
 * a save) are never kept, others are kept while they differ from `baseline`.
 */
export function syncDraft(
  storage: DraftStorage | null,
  key: string | undefined,
  values: unknown,
  baseline: unknown,
  settled: unknown,
): void {
  if (values === settled) removeDraft(storage, key);
  else writeDraft(storage, key, values, baseline);
}

export function removeDraft(storage: DraftStorage | null, key: string | undefined): void {
  if (!storage || !key) return;
  try {
    storage.removeItem(key);
  } catch {
    // See writeDraft.
  }
}

/**
 * A draft's base: the stored values it was typed on, kept beside it under `<key>:basis`, so a
 * save of a draft restored days later is checked against what it started from, not against what
 * is stored when it is reopened (shared/api/staleBase.ts).
 */
export const draftBaseKey = (key: string) => `${key}:basis`;

/** The base saved beside the draft under `key`, or null. */
export function readDraftBase<V>(storage: DraftStorage | null, key: string): V | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(draftBaseKey(key));
    return raw === null ? null : (JSON.parse(raw) as V);
  } catch {
    return null;
  }
}

/** Keeps the base beside a draft while there is one (`hasDraft`), and removes it after. */
export function syncDraftBase(
  storage: DraftStorage | null,
  key: string,
  base: unknown,
  hasDraft: boolean,
): void {
  if (!storage) return;
  try {
    if (hasDraft) storage.setItem(draftBaseKey(key), JSON.stringify(base));
    else storage.removeItem(draftBaseKey(key));
  } catch {
    // See writeDraft.
  }
}
