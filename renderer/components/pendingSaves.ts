/**
 * Every save that may still be waiting (autosaved forms, the notulen), so that closing the app
 * can wait for all of them first (the 'flush-before-close' event from the main process).
 */
const flushers = new Set<() => Promise<unknown>>();

/** Registers a flush; answers the function that removes it again. */
export function registerFlush(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves everything that is waiting; a failed save does not stop the others. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
