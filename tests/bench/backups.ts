import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../electron/api/createApi';
import { createBackupSync, listBackups } from '../../db/backups';
import { recoverInto } from '../../db/recover';
import type { Figure } from './stats';

const ms = (start: number) => performance.now() - start;

/**
 * Backups on the groot file (issue 9), each beside a plain copy of the same file in the same
 * run (machines differ; the ratio is budgeted): the online backup with its checks, the
 * synchronous one in front of a purge or import (it holds up the app), listing, a restore with
 * its safety copy, and rescuing the whole file into a new one.
 */
export async function backupFigures(file: string): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-backups-'));
  try {
    const live = path.join(dir, 'dossier.db');
    fs.copyFileSync(file, live);
    let start = performance.now();
    fs.copyFileSync(live, path.join(dir, 'kopie.db'));
    const copy = ms(start);
    const folder = path.join(dir, 'back-ups');
    const api = await createApi(live, { checkOutput: false, defaultBackupFolder: folder });
    start = performance.now();
    const backup = await api.backupNow('handmatig');
    const online = ms(start);
    start = performance.now();
    createBackupSync(api.ctx.repos.db, folder, 'voor-verwijderen');
    const sync = ms(start);
    start = performance.now();
    listBackups(folder);
    const list = ms(start);
    start = performance.now();
    await api.restore(backup.name);
    const restore = ms(start);
    api.close();
    start = performance.now();
    await recoverInto(live, path.join(dir, 'gered.db'));
    const rescue = ms(start);
    const mb = Math.round(fs.statSync(live).size / 1e6);
    return [
      { name: `bestand kopiëren (${mb} MB, vergelijkingsbasis)`, value: copy, unit: 'ms' },
      { name: 'back-up maken en controleren (online)', value: online, unit: 'ms' },
      { name: 'back-up / kopiëren', value: online / copy, unit: 'x', budget: 10 },
      { name: 'back-up vóór verwijderen of import (houdt de app op)', value: sync, unit: 'ms' },
      { name: 'back-up vóór verwijderen / kopiëren', value: sync / copy, unit: 'x', budget: 10 },
      { name: 'lijst van 3 back-ups lezen', value: list, unit: 'ms' },
      { name: 'back-up terugzetten, met veiligheidskopie vooraf', value: restore, unit: 'ms' },
      { name: 'terugzetten / kopiëren', value: restore / copy, unit: 'x', budget: 30 },
      { name: 'alles redden naar een nieuw bestand', value: rescue, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
