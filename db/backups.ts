import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { safeFileName } from '../shared/fileNames';
import { BACKUP_REASONS, type BackupReason } from '../shared/schemas/backup';
import { toRemove } from './backupRetention';
import { DbError } from './errors';
import { readOnlyTidy } from './fileCheck';
import { prepareRows } from './preparedSql';
import { setting } from './schema';
import { APPLICATION_ID, Database, type Db } from './sqlite';

/**
 * Backups of the dossier file (issue 9): a consistent copy made with SQLite's online backup API
 * while the app keeps working, written next to its final name and renamed only after it has been
 * verified (quick_check, application id, schema version and the row counts of the main tables
 * equal to the live file's), so a backup folder never holds a half or unverified copy. The
 * name carries the time and the reason; the retention rule (backupRetention.ts) thins them out.
 */
/** What a backup holds, for the list to restore from. */
const COUNTED = {
  regions: 'region',
  parties: 'party',
  contacts: 'contact',
  agreements: 'agreement',
  meetings: 'meeting',
  conversations: 'conversation',
} as const;
export type BackupCounts = Record<keyof typeof COUNTED, number>;

export interface BackupInfo {
  file: string;
  /** ISO-8601 UTC time it was made. */
  at: string;
  reason: BackupReason;
  bytes: number;
  version: number;
  counts: BackupCounts;
  /** The newest change in it (history, or notulen typed since): what sets two backups apart. */
  lastChange: string | null;
}

const NAME = /^regiodossier-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.db$/;

/** With milliseconds: two backups in the same second (a double click) never share a name. */
export function backupName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().slice(0, 23).replace(/[:.]/g, '-');
  return `regiodossier-${stamp}Z-${reason}.db`;
}

/** readBackup's answer for a file that is not a Regiodossier file at all (not: damaged). */
export const NOT_OURS = 'geen Regiodossier-bestand';

/** Live rows of a table; 0 for a table the file's version does not have. */
function liveRows(db: Db, table: string): number {
  const exists = prepareRows<{ found: number }>(
    db,
    "SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = ?",
    { found: 'number' },
  ).get(table);
  if (!exists) return 0;
  const sql = `SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`;
  return prepareRows<{ n: number }>(db, sql, { n: 'number' }).get()?.n ?? 0;
}

function countRows(db: Db): BackupCounts {
  return {
    regions: liveRows(db, COUNTED.regions),
    parties: liveRows(db, COUNTED.parties),
    contacts: liveRows(db, COUNTED.contacts),
    agreements: liveRows(db, COUNTED.agreements),
    meetings: liveRows(db, COUNTED.meetings),
    conversations: liveRows(db, COUNTED.conversations),
  };
}

/**
 * The time of the newest change a file holds: its newest history entry, or notulen typed after
 * it, or a gespreksverslag typed after it (an autosave writes no history). Two backups with the same counts differ here.
 */
function lastChangeOf(db: Db): string | null {
  const newest = (sql: string) => {
    try {
      return prepareRows<{ at: string | null }>(db, sql, { at: 'text?' }).get()?.at ?? null;
    } catch {
      return null; // a file of a version without that table
    }
  };
  const times = [
    newest('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1'),
    newest('SELECT max(updated_at) AS at FROM agenda_item'),
    // A verslag's autosave writes no history either.
    newest('SELECT max(updated_at) AS at FROM conversation'),
  ].filter((t): t is string => t !== null);
  return times.sort().at(-1) ?? null;
}

/**
 * Reads a backup's facts through a read-only connection (nothing is written to it). `check`
 * (default) runs quick_check, which reads the whole file: for making and restoring a backup,
 * not for listing them (0.5 s per copy of the 260 MB groot profile).
 */
export function readBackup(
  file: string,
  { check = true }: { check?: boolean } = {},
): { version: number; counts: BackupCounts; lastChange: string | null; ok: string } {
  const tidy = readOnlyTidy(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const ok = check ? String(db.pragma('quick_check', { simple: true })) : 'ok';
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      counts: countRows(db),
      lastChange: lastChangeOf(db),
      ok: appId === APPLICATION_ID ? ok : NOT_OURS,
    };
  } finally {
    db.close();
    tidy();
  }
}

/** The copy is sound and holds what the live file holds (right after copying). */
function verifyCopy(
  db: Db,
  copy: string,
): { version: number; counts: BackupCounts; lastChange: string | null } {
  const live = countRows(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  const made = readBackup(copy);
  if (made.ok !== 'ok') throw new Error(`quick_check van de kopie: ${made.ok}`);
  if (made.version !== version) throw new Error(`schemaversie ${made.version} ≠ ${version}`);
  if (JSON.stringify(made.counts) !== JSON.stringify(live)) {
    throw new Error(`aantallen ${JSON.stringify(made.counts)} ≠ ${JSON.stringify(live)}`);
  }
  return { version, counts: live, lastChange: made.lastChange };
}

/**
 * Kopie opslaan als…: the same verified online copy, to a file the user chose (replacing one
 * that is there only once the copy is whole and checked).
 */
export async function saveVerifiedCopy(db: Db, file: string): Promise<void> {
  // A file being replaced must not be in use: SQLite would lay its -wal over the copy.
  if (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size) {
    throw new DbError(
      'busy',
      `${file} is nog geopend (in Regiodossier of een ander programma); kies een andere naam. Er is niets opgeslagen.`,
    );
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await db.backup(tmp);
    verifyCopy(db, tmp);
    // From now on a dossier of its own: its own id, so its backups go to a folder of their own.
    const copy = new Database(tmp);
    try {
      const id = randomUUID();
      drizzle(copy)
        .insert(setting)
        .values({ key: 'dossierId', value: id })
        .onConflictDoUpdate({ target: setting.key, set: { value: id } })
        .run();
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    fs.renameSync(tmp, file);
  } catch (cause) {
    fs.rmSync(tmp, { force: true });
    throw new DbError(
      'backup_failed',
      `De kopie naar ${file} kon niet worden gemaakt of gecontroleerd; er is niets opgeslagen. ` +
        'Controleer of de map bestaat, u er mag schrijven en er ruimte is.',
      { cause },
    );
  }
}

/** Where a new backup goes: the folder made and writable, a name no other backup has. */
function target(folder: string, reason: BackupReason, now: Date) {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (cause) {
    throw new DbError(
      'unreachable',
      `De back-upmap ${folder} is niet bereikbaar of niet beschrijfbaar. Kies in Instellingen een ` +
        'andere map, of maak deze weer bereikbaar (een netwerkmap die weg is, een losgekoppelde ' +
        'schijf). Er is geen back-up gemaakt.',
      { cause },
    );
  }
  // Never over an existing backup: a name already taken moves on by a millisecond.
  let when = now;
  while (fs.existsSync(path.join(folder, backupName(when, reason)))) {
    when = new Date(when.getTime() + 1);
  }
  const file = path.join(folder, backupName(when, reason));
  return { file, tmp: `${file}.tmp`, when };
}

/**
 * Checks the copy against the live file (called right after copying, before any other work can
 * run on this connection) and gives it its final name; a failure removes the partial copy.
 */
function finish(
  db: Db,
  folder: string,
  reason: BackupReason,
  { file, tmp, when }: ReturnType<typeof target>,
  copy: () => void,
): BackupInfo {
  try {
    copy();
    const { version, counts: live, lastChange } = verifyCopy(db, tmp);
    fs.renameSync(tmp, file);
    return {
      file,
      at: when.toISOString(),
      reason,
      bytes: fs.statSync(file).size,
      version,
      counts: live,
      lastChange,
    };
  } catch (cause) {
    fs.rmSync(tmp, { force: true });
    throw new DbError(
      'backup_failed',
      `De back-up in ${folder} kon niet worden gemaakt of gecontroleerd; de gedeeltelijke kopie ` +
        'is weggehaald. Controleer of er ruimte is in die map en probeer het opnieuw.',
      { cause },
    );
  }
}

/** A backup with SQLite's online backup API: the app keeps working while it is copied. */
export async function createBackup(
  db: Db,
  folder: string,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupInfo> {
  const where = target(folder, reason, now);
  let copyError: unknown = null;
  try {
    await db.backup(where.tmp);
  } catch (error) {
    copyError = error;
  }
  return finish(db, folder, reason, where, () => {
    if (copyError) throw copyError;
  });
}

/**
 * The same backup in one synchronous step (VACUUM INTO: a consistent, compacted copy), for the
 * moment right before a risky change, so that nothing can come in between the copy and the change.
 */
export function createBackupSync(
  db: Db,
  folder: string,
  reason: BackupReason,
  now: Date = new Date(),
): BackupInfo {
  const where = target(folder, reason, now);
  return finish(db, folder, reason, where, () => db.prepare('VACUUM INTO ?').run(where.tmp));
}

/**
 * Each dossier file keeps its backups in a folder of its own under the chosen backup folder,
 * named after the file and its dossier id ("Regio Zuid (3f2a9c1e)"), so two dossiers never prune,
 * count or offer each other's backups. Found by the id, so a renamed file keeps its folder.
 */
export function dossierBackupFolder(root: string, dossierId: string, fileName: string): string {
  const tag = `(${dossierId.slice(0, 8)})`;
  let existing: string | undefined;
  try {
    existing = fs.readdirSync(root).find((name) => name.endsWith(` ${tag}`));
  } catch {
    existing = undefined; // the root is made with the first backup
  }
  const base = path.basename(fileName).replace(/\.db$/i, '');
  return path.join(root, existing ?? `${safeFileName(base, 60) || 'Regiodossier'} ${tag}`);
}

/** The folders of other dossiers under the backup folder (for a restore after a loss). */
export function otherDossierFolders(root: string, own: string): string[] {
  try {
    return fs
      .readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && / \([0-9a-f]{8}\)$/.test(e.name))
      .map((e) => path.join(root, e.name))
      .filter((folder) => folder !== own);
  } catch {
    return [];
  }
}

/** The backup folder chosen in Instellingen, read before the repositories exist (and before
 * migrating); null when none is chosen or the file is of a version without settings. */
export function chosenBackupFolder(db: Db): string | null {
  try {
    return settingOf(db, 'backupFolder');
  } catch {
    return null;
  }
}

/**
 * A mark that moves with every change to the dossier: SQLite's count of rows changed on this
 * connection, and its data_version, which moves when another connection (the import's worker)
 * commits.
 */
export function changeMark(db: Db): string {
  const changes = prepareRows<{ changes: number }>(db, 'SELECT total_changes() AS changes', {
    changes: 'number',
  }).get()!.changes;
  return `${changes}/${db.pragma('data_version', { simple: true }) as number}`;
}

/** A setting's value, read before the repositories exist (raw SQL: any version's file). */
function settingOf(db: Db, key: string): string | null {
  const sql = 'SELECT value FROM setting WHERE key = ?';
  return prepareRows<{ value: string }>(db, sql, { value: 'text' }).get(key)?.value ?? null;
}

/** The dossier id in the settings, made once (also before the repositories exist). */
export function ensureDossierId(db: Db): string {
  const stored = settingOf(db, 'dossierId');
  if (stored !== null) return stored;
  const id = randomUUID();
  drizzle(db).insert(setting).values({ key: 'dossierId', value: id }).run();
  return id;
}

/** The backups in a folder, newest first; files that do not follow our naming are left alone. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[6]!)) continue;
    const file = path.join(folder, name);
    try {
      const { version, counts, lastChange, ok } = readBackup(file, { check: false });
      // Another program's file under a backup's name is no backup: not offered, not counted.
      if (ok === NOT_OURS) continue;
      found.push({
        file,
        at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`,
        reason: m[6] as BackupReason,
        bytes: fs.statSync(file).size,
        version,
        counts,
        lastChange,
      });
    } catch {
      // Unreadable: not offered for restore, and never removed by the retention rule.
    }
  }
  return found.sort((a, b) => b.at.localeCompare(a.at));
}

/** Applies the retention rule; answers the files removed. */
export function pruneBackups(folder: string, now: Date = new Date()): string[] {
  const removed: string[] = [];
  for (const backup of toRemove(listBackups(folder), now)) {
    fs.rmSync(backup.file, { force: true });
    removed.push(backup.file);
  }
  return removed;
}
