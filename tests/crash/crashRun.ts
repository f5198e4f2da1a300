import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDatabase } from '../../db/check';
import { openDatabase } from '../../db/open';
import { crashName, stepKind, stepOf } from './steps';

/**
 * The crash test (issue 9): a child process commits numbered transactions through our own
 * handler table (tests/crash/writer.ts); the parent kills it with SIGKILL at a random moment,
 * `kills` times. After each kill the database is reopened as the app opens it (WAL recovery,
 * the file check) and must answer integrity_check = ok, an empty foreign_key_check, and hold every
 * transaction whose commit had returned (the child prints a number only after its commit), whole:
 * each record with its audit entry, the minutes with the revision that counts their saves; and the
 * app's own invariants (`check`) must hold.
 */
const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'writer.ts');

export interface CrashReport {
  kills: number;
  /** Commits the child reported before it was killed, over all rounds. */
  acknowledged: number;
  /** Commits found that the child had not yet reported (made, but killed before printing). */
  unreported: number;
  /** Rounds after which the check found a problem (must be 0). */
  failures: string[];
}

/** A small deterministic generator, so a failing run can be repeated with its seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export async function runCrashTest(options: {
  file: string;
  kills: number;
  seed?: number;
  /** Time the child writes before it is killed, between these (ms). */
  minMs?: number;
  maxMs?: number;
}): Promise<CrashReport> {
  const { file, kills } = options;
  const next = random(options.seed ?? 20261129);
  const minMs = options.minMs ?? 5;
  const maxMs = options.maxMs ?? 250;
  (await openDatabase(file)).db.close();
  const report: CrashReport = { kills, acknowledged: 0, unreported: 0, failures: [] };
  for (let round = 1; round <= kills; round += 1) {
    const acked = await killedWriter(file, round, minMs + next() * (maxMs - minMs));
    report.acknowledged += acked;
    const problem = await verify(file, round, acked);
    if (typeof problem === 'string') report.failures.push(`ronde ${round}: ${problem}`);
    else report.unreported += problem;
  }
  return report;
}

/** Starts the writer, lets it commit for `ms` after it is ready, kills it; answers its last number. */
function killedWriter(file: string, round: number, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let last = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'klaar') timer = setTimeout(() => child.kill('SIGKILL'), ms);
        else last = Number(line);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`De schrijver stopte zelf (ronde ${round}): ${stderr.trim()}`));
      } else resolve(last);
    });
  });
}

/** What each kind of step wrote: its table, the column holding its name, its audit entity. */
const WRITTEN = {
  regio: { table: 'region', column: 'name', entity: 'region' },
  actie: { table: 'action_item', column: 'text', entity: 'actionItem' },
  overleg: { table: 'meeting', column: 'title', entity: 'meeting' },
} as const;

/** Reopens as the app does and checks; answers a problem, or how many commits were unreported. */
async function verify(file: string, round: number, acked: number): Promise<string | number> {
  let opened;
  try {
    opened = await openDatabase(file);
  } catch (error) {
    return `openen mislukt: ${(error as Error).message}`;
  }
  const { db } = opened;
  try {
    // SQLite's own checks and the app's invariants (what `check` reports).
    const problems = checkDatabase(db);
    if (problems.length) return `check: ${problems.map((p) => p.message).join('; ')}`;
    const found = new Set<number>();
    for (const [kind, w] of Object.entries(WRITTEN)) {
      const rows = db
        .prepare(
          `SELECT t.${w.column} AS name, (SELECT count(*) FROM audit_log a WHERE a.entity = ?
             AND a.entity_id = t.id AND a.action = 'create') AS audited
           FROM ${w.table} t WHERE t.${w.column} LIKE ?`,
        )
        .all(w.entity, `Crash ${round} ${kind} nr %`) as { name: string; audited: number }[];
      const half = rows.find((r) => r.audited !== 1);
      if (half) return `${half.name} is half vastgelegd (geschiedenis ${half.audited}×)`;
      for (const r of rows) found.add(stepOf(r.name));
    }
    // The minutes: the newest saved step, its revision counting every save before it.
    const minutes = db
      .prepare(
        `SELECT i.minutes_text AS text, i.minutes_revision AS revision FROM agenda_item i
         JOIN meeting m ON m.id = i.meeting_id WHERE m.title = ?`,
      )
      .get(crashName(round, 'overleg', 0)) as { text: string; revision: number } | undefined;
    if (!minutes) return 'het agendapunt van deze ronde ontbreekt';
    const saved = minutes.text ? stepOf(minutes.text) : 0;
    const saves = [...Array(saved + 1).keys()].filter((i) => i > 0 && stepKind(i) === 'notulen');
    if (minutes.revision !== saves.length) {
      return `notulen van stap ${saved} met revisie ${minutes.revision} (verwacht ${saves.length})`;
    }
    for (const i of saves) found.add(i);
    for (let i = 1; i <= acked; i += 1) {
      if (!found.has(i)) return `transactie ${i} ontbreekt, terwijl de commit was teruggekomen`;
    }
    return [...found].filter((i) => i > acked).length;
  } finally {
    db.close();
  }
}
