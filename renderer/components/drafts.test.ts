import { describe, expect, it } from 'vitest';
import {
  readDraft,
  readDraftBase,
  syncDraftBase,
  removeDraft,
  sameValues,
  stableJson,
  syncDraft,
  writeDraft,
  type DraftStorage,
} from './drafts';

/** A tiny in-memory stand-in for localStorage. */
function memoryStorage(
  initial: Record<string, string> = {},
): DraftStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const stored = { name: 'Gemeente Zeist', notes: '', type: 'gemeente' };

describe('sameValues', () => {
  it('ignores key order but not values', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(sameValues({ a: 1, b: null }, { b: null, a: 1 })).toBe(true);
    expect(sameValues({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValues({ a: null }, { a: '' })).toBe(false);
  });
});

describe('writeDraft', () => {
  it('stores values that differ from the baseline', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'concept:party:1', { ...stored, name: '' }, stored);
    expect(JSON.parse(storage.data.get('concept:party:1')!)).toEqual({ ...stored, name: '' });
  });

  it('removes the draft once the values equal the baseline (saved or typed back)', () => {
    const storage = memoryStorage({ 'concept:party:1': JSON.stringify({ ...stored, name: '' }) });
    writeDraft(storage, 'concept:party:1', { ...stored }, stored);
    expect(storage.data.has('concept:party:1')).toBe(false);
  });

  it('writes nothing without a key or a storage, and survives a full storage', () => {
    const storage = memoryStorage();
    writeDraft(storage, undefined, { name: 'x' }, stored);
    expect(storage.data.size).toBe(0);
    expect(() => writeDraft(null, 'k', { name: 'x' }, stored)).not.toThrow();
    const full: DraftStorage = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeDraft(full, 'k', { name: 'x' }, stored)).not.toThrow();
  });
});

describe('readDraft', () => {
  it('returns the draft laid over the initial values', () => {
    const storage = memoryStorage({ k: JSON.stringify({ name: '', gone: 'old field' }) });
    expect(readDraft(storage, 'k', stored)).toEqual({ ...stored, name: '' });
  });

  it('returns null without a draft, for a draft equal to the initial values, or for junk', () => {
    expect(readDraft(memoryStorage(), 'k', stored)).toBeNull();
    expect(readDraft(memoryStorage({ k: JSON.stringify(stored) }), 'k', stored)).toBeNull();
    expect(readDraft(memoryStorage({ k: '{not json' }), 'k', stored)).toBeNull();
    expect(readDraft(memoryStorage({ k: '[1,2]' }), 'k', stored)).toBeNull();
    expect(readDraft(memoryStorage({ k: 'null' }), 'k', stored)).toBeNull();
    expect(readDraft(null, 'k', stored)).toBeNull();
    expect(
      readDraft(memoryStorage({ k: JSON.stringify({ name: 'x' }) }), undefined, stored),
    ).toBeNull();
  });

  it('round-trips what writeDraft stored, and nothing after removeDraft', () => {
    const storage = memoryStorage();
    const typed = { ...stored, notes: 'Nog navragen bij de wethouder' };
    writeDraft(storage, 'k', typed, stored);
    expect(readDraft(storage, 'k', stored)).toEqual(typed);
    removeDraft(storage, 'k');
    expect(readDraft(storage, 'k', stored)).toBeNull();
  });
});

describe("syncDraft (a form's life)", () => {
  it('keeps typed text, forgets it after reset or save, and keeps new typing after that', () => {
    const storage = memoryStorage();
    const key = 'concept:party:1';
    // Mount: nothing to restore, and the unchanged form leaves no draft.
    expect(readDraft(storage, key, stored)).toBeNull();
    syncDraft(storage, key, stored, stored, null);
    expect(storage.data.has(key)).toBe(false);
    // One keystroke that fails validation (empty name): kept.
    const typed = { ...stored, name: '' };
    syncDraft(storage, key, typed, stored, null);
    expect(readDraft(storage, key, stored)).toEqual(typed);
    // reset() to other values than the baseline: still no draft.
    const resetTo = { ...stored, notes: 'na opslaan' };
    syncDraft(storage, key, resetTo, stored, resetTo);
    expect(storage.data.has(key)).toBe(false);
    // Typing again after the reset is kept again.
    syncDraft(storage, key, { ...resetTo, notes: 'meer' }, stored, resetTo);
    expect(storage.data.has(key)).toBe(true);
    // Saved: the stored values caught up with the form, the draft goes.
    const saved = { ...resetTo, notes: 'meer' };
    syncDraft(storage, key, saved, saved, resetTo);
    expect(storage.data.has(key)).toBe(false);
  });
});

describe('draft bases', () => {
  it('keeps the base beside a draft while there is one, and reads it back', () => {
    const storage = memoryStorage();
    const key = 'concept:afspraak:a1';
    expect(readDraftBase(storage, key)).toBeNull();
    syncDraftBase(storage, key, stored, true);
    expect(readDraftBase(storage, key)).toEqual(stored);
    expect(storage.data.has(`${key}:basis`)).toBe(true);
    syncDraftBase(storage, key, stored, false);
    expect(readDraftBase(storage, key)).toBeNull();
  });

  it('reads junk as no base and survives a missing storage', () => {
    const storage = memoryStorage({ 'k:basis': '{kapot' });
    expect(readDraftBase(storage, 'k')).toBeNull();
    expect(readDraftBase(null, 'k')).toBeNull();
    expect(() => syncDraftBase(null, 'k', stored, true)).not.toThrow();
  });
});
