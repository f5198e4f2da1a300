import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCrashTest } from '../crash/crashRun';
import type { Figure } from './stats';

/** The crash test at full count (issue 9): 200 kills with SIGKILL while committing. */
export async function crashFigures(kills = 200): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-crash-'));
  try {
    const start = performance.now();
    const report = await runCrashTest({ file: path.join(dir, 'crash.db'), kills });
    for (const failure of report.failures) console.error(failure);
    return [
      {
        name: `crashtest: ${report.kills}× SIGKILL tijdens het vastleggen, controles mislukt`,
        value: report.failures.length,
        unit: 'x',
        budget: 0,
      },
      {
        name: 'transacties waarvan de commit terugkwam (allemaal teruggevonden)',
        value: report.acknowledged,
        unit: 'x',
      },
      {
        name: 'vastgelegd maar niet meer gemeld vóór de kill (ook heel)',
        value: report.unreported,
        unit: 'x',
      },
      { name: 'duur crashtest', value: (performance.now() - start) / 1000, unit: 's' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
