import fs from 'node:fs';
import { DbError } from './errors';
import { openDatabase } from './open';
import {
  copyTable,
  openSourceCopy,
  prepareSourceCopy,
  sourceTables,
  type PageCount,
  type TableRescue,
} from './recoverSource';
import { APPLICATION_ID, type Db } from './sqlite';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What could be read from each table of the damaged file, and what had to go. */
export interface RecoverReport {
  tables: TableRescue[];
  /**
   * Rows mended because what they referred to could not be read: removed (a role whose person
   * is lost) or, where the schema says so, the reference cleared (an afspraak's lost owner).
   */
  orphansRemoved: number;
  /** The damaged file's list of tables could be read (without it no table can be found). */
  schemaReadable: boolean;
  /** The file was cut off: the pages present and the pages its header promised. */
  pages: PageCount | null;
  /**
   * The new file was made. Not when nothing at all could be read: an empty dossier is no rescue,
   * so then no file is left behind and the report says what could not be read.
   */
  created: boolean;
}

/**
 * Rescues what can still be read from a damaged dossier file into a new file (issue 9): the new
 * file gets the current schema, then every table is copied row by row from a read-only
 * connection to a copy of the damaged one (prepareSourceCopy: a file that was cut off gets its
 * header's page count corrected there), until its rows can no longer be read, and again from
 * the other end. Rows that refer to something lost are left out (foreign_key_check), so the new
 * file is sound. The damaged file is never written to; the new file must not exist yet. When no
 * row at all can be read, no file is made (`created: false`).
 */
export async function recoverInto(source: string, target: string): Promise<RecoverReport> {
  if (fs.existsSync(target)) {
    throw new DbError('cannot_open', `${target} bestaat al; kies een nieuwe naam.`);
  }
  const copy = `${target}.bron.tmp`;
  const removeCopy = () => {
    for (const end of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${copy}${end}`, { force: true });
  };
  let src: Db;
  let pages: PageCount | null;
  try {
    pages = prepareSourceCopy(source, copy);
    src = openSourceCopy(copy);
    if (src.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new Error('geen Regiodossier-bestand');
    }
  } catch (cause) {
    removeCopy();
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
    removeCopy();
    throw error;
  }
  const removeTarget = () => {
    if (db.open) db.close();
    for (const end of ['', '-wal', '-shm']) fs.rmSync(`${target}${end}`, { force: true });
  };
  try {
    db.pragma('foreign_keys = OFF');
    const known = sourceTables(src);
    const report: RecoverReport = {
      tables: [],
      orphansRemoved: 0,
      schemaReadable: known !== null,
      pages,
      created: false,
    };
    db.transaction(() => {
      const tables = db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all() as string[];
      for (const name of tables) report.tables.push(copyTable(src, db, name, known));
      // Remove what refers to lost rows, until nothing does (a removal can orphan another).
      for (let round = 0; round < 20; round++) {
        const broken = db.pragma('foreign_key_check') as { table: string; fkid: number }[];
        if (broken.length === 0) break;
        const seen = new Set<string>();
        for (const { table, fkid } of broken) {
          if (seen.has(`${table}/${fkid}`)) continue;
          seen.add(`${table}/${fkid}`);
          const mended = mendOrphans(db, table, fkid);
          report.orphansRemoved += mended;
          const entry = report.tables.find((t) => t.name === table);
          if (entry) entry.removed += mended;
        }
      }
    })();
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new Error('verwijzingen naar verloren gegevens bleven over');
    }
    if (report.tables.every((t) => t.copied === 0)) {
      removeTarget();
      return report;
    }
    db.pragma('foreign_keys = ON');
    const check = String(db.pragma('integrity_check', { simple: true }));
    if (check !== 'ok') throw new Error(`integrity_check van het nieuwe bestand: ${check}`);
    return { ...report, created: true };
  } catch (cause) {
    removeTarget();
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
    removeCopy();
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
