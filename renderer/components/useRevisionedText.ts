import { useCallback, useEffect, useRef, useState } from 'react';
import { isStaleBase } from '../../shared/api/staleBase';
import { browserStorage } from './drafts';
import { useThrottledSave, type ThrottledSaveState } from './useThrottledSave';

/** A text as stored, with the revision the server counts its saves by. */
export interface StoredText {
  html: string;
  revision: number;
}

/** Another window saved this text first: both versions, for the user to choose. */
export interface TextConflict {
  theirs: StoredText;
  mine: string;
}

export type ConflictChoice = 'mine' | 'theirs' | 'merge';
export type RevisionedState = ThrottledSaveState | 'conflict' | 'loading';

/** The newest stored version this page has seen of each text, and the saves still under way. */
const known = new Map<string, StoredText>();
const inflight = new Map<string, Promise<unknown>>();

const newest = (a: StoredText, b: StoredText | undefined): StoredText =>
  b && b.revision > a.revision ? b : a;

/** Both texts in one: what was saved elsewhere, then what was typed here, marked. */
export const mergeTexts = (theirs: string, mine: string): string =>
  `${theirs}<p><em>Samengevoegd: hieronder de tekst uit dit venster.</em></p>${mine}`;

/**
 * An autosaved rich text that never overwrites newer text (docs/architecture.md §6):
 * - it starts from the newest version this page knows (a screen's cache may hold an older one),
 *   waits for a save of the same text that is still under way, and then asks the server for the
 *   stored version: a newer one replaces the shown text while nothing has been typed yet;
 * - every save names the revision it was based on; the server refuses a save on an older base
 *   (another tab, a second window) and the user gets both texts to choose from or merge. Until
 *   then nothing is saved, and the typed text is kept in localStorage (it survives a restart).
 * `shown.html` is what the editor shows; a new `shown.version` means "replace the editor's text".
 */
export function useRevisionedText(options: {
  /** Unique per text, e.g. `minutes:<agenda item id>`. */
  key: string;
  /** The stored version as the screen has it. */
  stored: StoredText;
  load: () => Promise<StoredText>;
  save: (html: string, baseRevision: number) => Promise<StoredText>;
}) {
  const { key } = options;
  const opts = useRef(options);
  opts.current = options;
  const draftKey = `notulen-conflict:${key}`;
  const [start] = useState(() => newest(options.stored, known.get(key)));
  const [shown, setShown] = useState({ html: start.html, version: 0 });
  const base = useRef(start.revision);
  const typed = useRef(false);
  const read = useRef<(() => string) | null>(null);
  const [conflict, setConflictState] = useState<TextConflict | null>(null);
  const conflictRef = useRef<TextConflict | null>(null);
  const [ready, setReady] = useState(() => !inflight.has(key));

  const show = useCallback(
    (html: string) => setShown((s) => ({ html, version: s.version + 1 })),
    [],
  );
  const setConflict = useCallback(
    (c: TextConflict | null) => {
      conflictRef.current = c;
      setConflictState(c);
      const storage = browserStorage();
      if (c) storage?.setItem(draftKey, c.mine);
      else storage?.removeItem(draftKey);
    },
    [draftKey],
  );
  const remember = useCallback((s: StoredText) => known.set(key, newest(s, known.get(key))), [key]);

  const autosave = useThrottledSave(async (readNow: () => string) => {
    // While the user chooses, nothing goes out (a blur would otherwise send the refused text again).
    if (conflictRef.current) throw new Error('Eerst kiezen welke tekst blijft.');
    const html = readNow();
    const saving = opts.current.save(html, base.current);
    inflight.set(key, saving);
    try {
      const saved = await saving;
      base.current = saved.revision;
      remember(saved);
    } catch (error) {
      if (isStaleBase(error)) {
        const theirs = await opts.current.load();
        remember(theirs);
        setConflict({ theirs, mine: html });
      }
      throw error;
    } finally {
      if (inflight.get(key) === saving) inflight.delete(key);
    }
  });
  const { change: queue, discard, flush } = autosave;

  // On mount: after any save of this text still under way, the stored version decides.
  useEffect(() => {
    let live = true;
    void (async () => {
      await inflight.get(key)?.catch(() => undefined);
      let stored: StoredText;
      try {
        stored = await opts.current.load();
      } catch {
        if (live) setReady(true);
        return;
      }
      if (!live) return;
      remember(stored);
      const kept = browserStorage()?.getItem(draftKey) ?? null;
      if (kept !== null && kept !== stored.html) {
        // A choice left open (the window was closed): offer it again, with the kept text shown.
        show(kept);
        setConflict({ theirs: stored, mine: kept });
      } else if (stored.revision > base.current && !typed.current) {
        base.current = stored.revision;
        show(stored.html);
      }
      setReady(true);
    })();
    return () => {
      live = false;
    };
  }, [key, draftKey, remember, setConflict, show]);

  const change = useCallback(
    (readNow: () => string) => {
      typed.current = true;
      read.current = readNow;
      const open = conflictRef.current;
      // Nothing is saved until the user has chosen; what is typed meanwhile is kept locally.
      if (open) setConflict({ ...open, mine: readNow() });
      else queue(readNow);
    },
    [queue, setConflict],
  );

  const resolve = useCallback(
    (choice: ConflictChoice) => {
      const open = conflictRef.current;
      if (!open) return;
      const mine = read.current?.() ?? open.mine;
      base.current = open.theirs.revision;
      setConflict(null);
      discard();
      if (choice === 'theirs') {
        typed.current = false;
        show(open.theirs.html);
        return;
      }
      const html = choice === 'mine' ? mine : mergeTexts(open.theirs.html, mine);
      if (choice === 'merge') show(html);
      queue(() => html);
      void flush();
    },
    [queue, discard, flush, setConflict, show],
  );

  const state: RevisionedState = conflict ? 'conflict' : ready ? autosave.state : 'loading';
  return { state, shown, ready, conflict, change, resolve, flush };
}
