import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashTest } from '../crash/crashRun';

/**
 * Killed mid-write, nothing committed is lost (issue 9): a small count here; `npm run bench`
 * runs the full 200 kills (tests/bench/crash.ts).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL while committing', () => {
  it('keeps every commit that returned, whole, and the file sound', async () => {
    const report = await runCrashTest({ file: path.join(dir, 'crash.db'), kills: 12 });
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(12);
    // The child did commit: a run that wrote nothing would prove nothing.
    expect(report.acknowledged).toBeGreaterThan(12);
    // At most one commit per kill can have landed without being reported.
    expect(report.unreported).toBeLessThanOrEqual(12);
  }, 180_000);
});
