import type { Repositories, Writer } from '../../db';
import { todayIso } from '../../shared/dates';
import type { UserProfile } from '../../shared/schemas/system';
import type { ProfileStore } from './userProfile';

/** What every handler gets: the repositories, the clock and facts about the running app. */
export interface ApiContext {
  repos: Repositories;
  /** Who works on this computer (the audit actor), supplied by the transport (userProfile.ts). */
  profile: ProfileStore;
  databasePath: string;
  appVersion: string;
  /** Injected so tests can fix "today". */
  clock: () => Date;
  /** Parse every handler result against the contract (tests and development). */
  checkOutput: boolean;
  /** The backup folder when none is chosen in Instellingen (never the database's own folder). */
  defaultBackupFolder: string;
  /**
   * The last verified backup this session made: when (ms), and SQLite's total_changes() of the
   * connection at that moment (backupBeforeRisk: nothing changed since means it still covers).
   */
  backupCover: { at: number; changes: string } | null;
  /** Where unexpected errors are logged (never shown to the user). */
  logError: (error: unknown) => void;
  /**
   * Runs `fn` once the current call's transaction has committed; never after a rollback. The
   * dispatcher provides it per call; outside a dispatched call it runs `fn` at once.
   */
  afterCommit: (fn: () => void) => void;
}

export const UNKNOWN_ACTOR = 'Onbekende gebruiker';

/** The audit actor of a profile: "Anna de Vries (Gemeente Utrecht)". */
export const actorOf = ({ userName, organisation }: UserProfile): string =>
  userName ? (organisation ? `${userName} (${organisation})` : userName) : UNKNOWN_ACTOR;

/** The audit actor (this computer's user profile) and the time of this change. */
export function writer(ctx: ApiContext, profile: UserProfile = ctx.profile.get()): Writer {
  return { actor: actorOf(profile), now: ctx.clock().toISOString() };
}

export const today = (ctx: ApiContext): string => todayIso(ctx.clock());
