import fs from 'node:fs';
import path from 'node:path';

/**
 * The dossier files opened on this computer, newest first (Bestand → Recent geopend): a small
 * JSON file in the app's own folder, not in any dossier. The first is the one the app opens at
 * start-up when no --db or REGIODOSSIER_DB says otherwise.
 */
export const MAX_RECENT = 8;

export function readRecent(store: string): string[] {
  try {
    const data = JSON.parse(fs.readFileSync(store, 'utf8')) as { recent?: unknown };
    return Array.isArray(data.recent)
      ? data.recent.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f))
      : [];
  } catch {
    return []; // none yet, or unreadable: start a new list
  }
}

/** Puts `file` first; written via a temporary file, so the list is never half written. */
export function addRecent(store: string, file: string): string[] {
  const recent = [file, ...readRecent(store).filter((f) => f !== file)].slice(0, MAX_RECENT);
  const tmp = `${store}.tmp`;
  fs.mkdirSync(path.dirname(store), { recursive: true });
  fs.writeFileSync(tmp, `${JSON.stringify({ recent }, null, 2)}\n`);
  fs.renameSync(tmp, store);
  return recent;
}
