import { DbError } from './errors';
import { migrations as allMigrations, type Migration } from './migrations';
import type { Db } from './sqlite';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer app version (its schema is unknown to us). */
export function assertNotNewer(version: number, latest: number): void {
  if (version > latest) {
    throw new DbError(
      'newer_version',
      `Deze database is gemaakt met een nieuwere versie van Regiodossier (schema ${version}; ` +
        `deze versie kent tot en met ${latest}). Werk Regiodossier bij om dit bestand te openen. ` +
        'Er is niets aan het bestand veranderd.',
    );
  }
}

/**
 * Applies every pending migration in one transaction; refuses a database from a newer app.
 * `target` exists for migration tests (migrate to N−1, insert old-shape rows, migrate on).
 */
export function migrate(
  db: Db,
  options: { target?: number; migrations?: readonly Migration[] } = {},
): { from: number; to: number } {
  const list = options.migrations ?? allMigrations;
  const latest = list.length;
  const target = options.target ?? latest;
  const from = schemaVersion(db);
  assertNotNewer(from, latest);
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  // Foreign keys off while migrating (SQLite's procedure for changing a table): with them on,
  // rebuilding a table (create, copy, drop, rename) would cascade the drop into the rows that
  // refer to it. Every reference is checked before the commit instead. The pragma is a no-op
  // inside a transaction, so it is set around it.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const step of pending) {
        step.up(db);
        db.pragma(`user_version = ${step.version}`);
      }
      const broken = db.pragma('foreign_key_check') as { table: string }[];
      if (broken.length) {
        throw new Error(
          `${broken.length} verwijzing(en) klopt niet na het bijwerken (eerste in ${broken[0]!.table})`,
        );
      }
    })();
  } catch (cause) {
    throw new DbError(
      'migration_failed',
      'Het bijwerken van de database is mislukt; er is niets veranderd.',
      { cause },
    );
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { from, to: schemaVersion(db) };
}
