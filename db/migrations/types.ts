import type { Db } from '../sqlite';

export interface Migration {
  /** 1, 2, 3 … in order; PRAGMA user_version holds the last applied one. */
  version: number;
  name: string;
  /** Runs inside the one transaction that applies all pending steps. Never async. */
  up(db: Db): void;
}
