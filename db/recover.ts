import fs from 'node:fs';
import { DbError } from './errors';
import { readOnlyTidy } from './fileCheck';
import { openDatabase } from './open';
import { APPLICATION_ID, Database, type Db } from './sqlite';

/** What could be read from each table of the damaged file, and what had to go. */
export interface RecoverReport {
  tables: { name: string; copied: number; complete: boolean }[];
  /**
   * Rows mended because what they referred to could not be read: removed (a role whose person
   * is lost) or, where the schema says so, the reference cleared (an afspraak's lost owner).
   */
  orphansRemoved: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Rescues what can still be read from a damaged dossier file into a new file (issue 9): the new
 * file gets the current schema, then every table is copied row by row from a read-only
 * connection to the damaged one, until its rows can no longer be read. Rows that refer to
 * something lost are left out (foreign_key_check), so the new file is sound. The damaged file
 * is never written to; the new file must not exist yet.
 */
export async function recoverInto(source: string, target: string): Promise<RecoverReport> {
  if (fs.existsSync(target)) {
    throw new DbError('cannot_open', `${target} bestaat al; kies een nieuwe naam.`);
  }
  const tidy = readOnlyTidy(source);
  let src: Db;
  try {
    src = new Database(source, { readonly: true, fileMustExist: true });
    src.pragma('trusted_schema = OFF');
    if (src.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new Error('geen Regiodossier-bestand');
    }
  } catch (cause) {
    tidy();
    throw new DbError(
      'corrupt',
      `Uit ${source} is niets te redden: het is niet (meer) als Regiodossier-bestand te lezen. Zet een back-up terug.`,
      { cause },
    );
  }
  let db: Db;
  try {
    db = (await openDatabase(target)).db;
  } catch (error) {
    src.close();
    tidy();
    throw error;
  }
  try {
    db.pragma('foreign_keys = OFF');
    const report: RecoverReport = { tables: [], orphansRemoved: 0 };
    db.transaction(() => {
      const tables = db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all() as string[];
      for (const name of tables) report.tables.push(copyTable(src, db, name));
      // Remove what refers to lost rows, until nothing does (a removal can orphan another).
      for (let round = 0; round < 20; round++) {
        const broken = db.pragma('foreign_key_check') as { table: string; fkid: number }[];
        if (broken.length === 0) break;
        const seen = new Set<string>();
        for (const { table, fkid } of broken) {
          if (seen.has(`${table}/${fkid}`)) continue;
          seen.add(`${table}/${fkid}`);
          report.orphansRemoved += mendOrphans(db, table, fkid);
        }
      }
    })();
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new Error('verwijzingen naar verloren gegevens bleven over');
    }
    db.pragma('foreign_keys = ON');
    const check = String(db.pragma('integrity_check', { simple: true }));
    if (check !== 'ok') throw new Error(`integrity_check van het nieuwe bestand: ${check}`);
    return report;
  } catch (cause) {
    db.close();
    fs.rmSync(target, { force: true });
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    throw cause instanceof DbError
      ? cause
      : new DbError(
          'corrupt',
          `Het redden naar ${target} is mislukt; er is geen nieuw bestand gemaakt.`,
          {
            cause,
          },
        );
  } finally {
    src.close();
    tidy();
    if (db.open) db.close();
  }
}

/**
 * Mends the rows of `table` whose foreign key `fkid` points at nothing, as the schema says for a
 * deleted parent: ON DELETE SET NULL clears the reference (an afspraak whose owner is lost keeps
 * its text), anything else removes the row. Also for WITHOUT ROWID tables.
 */
function mendOrphans(db: Db, table: string, fkid: number): number {
  const parts = (
    db.pragma(`foreign_key_list(${quote(table)})`) as {
      id: number;
      table: string;
      from: string;
      to: string | null;
      on_delete: string;
    }[]
  ).filter((f) => f.id === fkid);
  if (parts.length === 0) return 0;
  const parent = parts[0]!.table;
  const from = parts.map((f) => quote(f.from));
  const to = parts.map((f) => quote(f.to ?? 'id'));
  const tuple = (cols: string[]) => (cols.length === 1 ? cols[0]! : `(${cols.join(', ')})`);
  const orphaned = `${from.map((c) => `${c} IS NOT NULL`).join(' AND ')}
       AND ${tuple(from)} NOT IN (SELECT ${to.join(', ')} FROM ${quote(parent)})`;
  const action =
    parts[0]!.on_delete === 'SET NULL'
      ? `UPDATE ${quote(table)} SET ${from.map((c) => `${c} = NULL`).join(', ')} WHERE ${orphaned}`
      : `DELETE FROM ${quote(table)} WHERE ${orphaned}`;
  return db.prepare(action).run().changes;
}

/** Copies the columns both files have, row by row, until a row cannot be read. */
function copyTable(src: Db, db: Db, name: string) {
  const columns = (on: Db) => {
    try {
      return (on.pragma(`table_info(${quote(name)})`) as { name: string }[]).map((c) => c.name);
    } catch {
      return [];
    }
  };
  const theirs = new Set(columns(src));
  const shared = columns(db).filter((c) => theirs.has(c));
  if (shared.length === 0) return { name, copied: 0, complete: theirs.size === 0 };
  const list = shared.map(quote).join(', ');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO ${quote(name)} (${list}) VALUES (${shared.map(() => '?').join(', ')})`,
  );
  let copied = 0;
  try {
    for (const row of src
      .prepare(`SELECT ${list} FROM ${quote(name)}`)
      .raw()
      .iterate()) {
      copied += insert.run(...(row as unknown[])).changes;
    }
    return { name, copied, complete: true };
  } catch {
    return { name, copied, complete: false };
  }
}
