import fs from 'node:fs';
import { Database, type Db } from './sqlite';

/** What the rescue could read of one table of a damaged file (db/recover.ts). */
export interface TableRescue {
  name: string;
  /** Rows copied into the new file (before rows that referred to lost ones were removed). */
  copied: number;
  /** Every row was read. */
  complete: boolean;
  /** The table could be found and its rows read at all (false: "tabel niet leesbaar"). */
  readable: boolean;
  /**
   * How many rows the damaged file says the table has, when it can still count them (an index
   * may survive a lost table page); null when that count cannot be read either.
   */
  expected: number | null;
  /** Rows removed or mended afterwards because they referred to a row that was lost. */
  removed: number;
}

/** The damaged file's pages: how many its header promises and how many are really there. */
export interface PageCount {
  present: number;
  expected: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Copies the damaged file (and its -wal) to `copy`, the only file the rescue then reads: the
 * damaged file itself is never written to, not even by a read-only connection's -shm. A file
 * that was cut off (a copy that stopped, a full disk) still promises its old page count in the
 * header (offset 28), and SQLite refuses a file shorter than that as malformed; in the copy the
 * count becomes the number of whole pages present, so everything on those pages can be read.
 * Answers the page counts when the file was cut off, else null.
 */
export function prepareSourceCopy(source: string, copy: string): PageCount | null {
  fs.copyFileSync(source, copy);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${copy}-wal`);
  const fd = fs.openSync(copy, 'r+');
  try {
    const head = Buffer.alloc(100);
    if (fs.readSync(fd, head, 0, 100, 0) < 100 || !head.subarray(0, 16).equals(MAGIC)) return null;
    const raw = head.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return null;
    const size = fs.fstatSync(fd).size;
    const present = Math.floor(size / pageSize);
    const promised = head.readUInt32BE(28);
    if (present < 1) return null;
    if (size % pageSize === 0 && promised <= present) return null;
    fs.ftruncateSync(fd, present * pageSize);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(present);
    fs.writeSync(fd, count, 0, 4, 28);
    return { present, expected: Math.max(promised, Math.ceil(size / pageSize)) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens the copy read-only, with as much of its schema as can be read: SQLite refuses a file
 * whose schema table has a lost page, but with writable_schema (defensive mode off for it) it
 * keeps the entries it did read, so the tables named there can still be copied. Only ever on
 * the rescue's own read-only copy.
 */
export function openSourceCopy(copy: string): Db {
  const src = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    src.pragma('trusted_schema = OFF');
    src.unsafeMode(true);
    src.pragma('writable_schema = ON');
    return src;
  } catch (error) {
    src.close();
    throw error;
  }
}

/**
 * The tables the damaged file's schema names; null when the schema table cannot be read to its
 * end (then only the entries SQLite could read before the damage are known).
 */
export function sourceTables(src: Db): Set<string> | null {
  try {
    return new Set(
      src.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
    );
  } catch {
    return null;
  }
}

const columnsOf = (on: Db, name: string) => {
  try {
    return on.pragma(`table_info(${quote(name)})`) as { name: string; pk: number }[];
  } catch {
    return [];
  }
};

/**
 * Copies the columns both files have, row by row in key order. Where a page cannot be read the
 * scan stops; it then reads again from the other end, backwards, so the rows after a lost page
 * (a file cut off in the middle of a table, one bad sector) are rescued too.
 */
export function copyTable(src: Db, db: Db, name: string, known: Set<string> | null): TableRescue {
  const result: TableRescue = {
    name,
    copied: 0,
    complete: false,
    readable: false,
    expected: null,
    removed: 0,
  };
  // A table of a newer schema than the damaged file's: there was nothing to lose.
  if (known && !known.has(name)) return { ...result, complete: true, readable: true, expected: 0 };
  // Without the list (part of the schema lost) a table is found if its entry could be read.
  const theirs = columnsOf(src, name);
  if (theirs.length === 0) return result;
  const names = new Set(theirs.map((c) => c.name));
  const shared = columnsOf(db, name)
    .map((c) => c.name)
    .filter((c) => names.has(c));
  try {
    result.expected = Number(
      src
        .prepare(`SELECT count(*) FROM ${quote(name)}`)
        .pluck()
        .get(),
    );
  } catch {
    result.expected = null;
  }
  if (shared.length === 0) return { ...result, complete: true, readable: true };
  const rowid = hasRowid(src, name);
  const key = rowid
    ? ['rowid']
    : theirs
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => quote(c.name));
  const list = shared.map(quote).join(', ');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${quote(name)} (${list}) VALUES (${shared.map(() => '?').join(', ')})`,
  );
  // Rowid tables read their rowid first, so a row read twice (both ends, by rowid) counts once.
  const select = `SELECT ${rowid ? 'rowid, ' : ''}${list} FROM ${quote(name)}`;
  const seen = new Set<unknown>();
  const take = (row: unknown[]) => {
    if (rowid) {
      if (seen.has(row[0])) return;
      seen.add(row[0]);
      row = row.slice(1);
    }
    result.copied += insert.run(...row).changes;
  };
  const scan = (sql: string, params: unknown[] = []) => {
    try {
      for (const row of src
        .prepare(sql)
        .raw()
        .iterate(...params)) {
        take(row as unknown[]);
      }
      return true;
    } catch {
      return false;
    }
  };
  const order = (direction: string) =>
    key.length ? ` ORDER BY ${key.map((k) => `${k} ${direction}`).join(', ')}` : '';
  result.complete = scan(`${select}${order('ASC')}`);
  if (!result.complete && key.length) scan(`${select}${order('DESC')}`);
  // Pages in the middle: an index that can still be read names every row by its rowid, and each
  // row whose own page is there can be read on its own.
  if (!result.complete && rowid && result.copied !== result.expected) {
    const one = src.prepare(`${select} WHERE rowid = ?`).raw();
    for (const id of indexedRowids(src, name)) {
      if (seen.has(id)) continue;
      try {
        const row = one.get(id) as unknown[] | undefined;
        if (row) take(row);
      } catch {
        // this row's page is lost
      }
    }
  }
  result.readable = result.complete || result.copied > 0;
  return result;
}

/** The rowids an index of the table still names, as far as each index can be read. */
function indexedRowids(src: Db, name: string): Set<unknown> {
  const ids = new Set<unknown>();
  let indexes: { name: string; partial: number }[];
  try {
    indexes = src.pragma(`index_list(${quote(name)})`) as { name: string; partial: number }[];
  } catch {
    return ids;
  }
  for (const index of indexes.filter((i) => !i.partial)) {
    try {
      for (const id of src
        .prepare(`SELECT rowid FROM ${quote(name)} INDEXED BY ${quote(index.name)}`)
        .pluck()
        .iterate()) {
        ids.add(id);
      }
    } catch {
      // this index is damaged or lost too: the next one may name the rest
    }
  }
  return ids;
}

function hasRowid(src: Db, name: string): boolean {
  try {
    src.prepare(`SELECT rowid FROM ${quote(name)} LIMIT 0`).all();
    return true;
  } catch {
    return false;
  }
}
