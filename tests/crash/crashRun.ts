import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/open';

/**
 * The crash test (issue 9): a child process commits numbered transactions through our own
 * handler table (tests/crash/writer.ts); the parent kills it with SIGKILL at a random moment,
 * `kills` times. After each kill the database is reopened as the app opens it (WAL recovery,
 * the file check) and must answer integrity_check = ok, an empty foreign_key_check, and hold every
 * transaction whose commit had returned (the child prints a number only after its commit), whole:
 * the region, its audit entry and the current-region setting together.
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
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
    const keys = db.pragma('foreign_key_check') as unknown[];
    if (keys.length) return `foreign_key_check: ${keys.length} verwijzing(en) kloppen niet`;
    const rows = db
      .prepare(
        `SELECT r.name, (SELECT count(*) FROM audit_log a WHERE a.entity = 'region'
           AND a.entity_id = r.id AND a.action = 'create') AS audited
         FROM region r WHERE r.name LIKE ?`,
      )
      .all(`Crash ${round} nr %`) as { name: string; audited: number }[];
    const numbers = new Set(rows.map((r) => Number(r.name.split(' nr ')[1])));
    for (let i = 1; i <= acked; i += 1) {
      if (!numbers.has(i)) return `transactie ${i} ontbreekt, terwijl de commit was teruggekomen`;
    }
    const half = rows.find((r) => r.audited !== 1);
    if (half) return `${half.name} is half vastgelegd (geschiedenis ${half.audited}×)`;
    return numbers.size - acked;
  } finally {
    db.close();
  }
}
