import fs from 'node:fs';
import path from 'node:path';
import { listBackups, NOT_OURS, otherDossierFolders, readBackup } from '../../db/backups';
import { LATEST_VERSION } from '../../db/migrations';
import { DomainError } from '../../shared/api/result';
import type { RestoreResult } from '../../shared/schemas/backup';
import { formatDateTimeNl } from '../../shared/dates';
import { backupFolder, backupNow, backupRoot, backupSummaryOf } from './backups';
import type { ApiContext } from './context';

/** The live connection (createApi.ts): hold calls off, close it, open the live path again. */
export interface LiveFile {
  /** While held, every call answers "Even geduld: <why>" (the file is about to change). */
  hold: (on: boolean, why?: string) => void;
  close: () => void;
  reopen: () => Promise<void>;
}

/**
 * Restore (issue 9): a backup from the backup folder takes the place of the live file. Never
 * without a safety copy of the current state first (when that fails, nothing happens), so "Terug
 * naar de versie van vóór het terugzetten" is always possible. The backup is checked, copied
 * beside the live file and checked again; only then is the live connection closed (SQLite
 * checkpoints and removes its -wal) and the copy renamed over the file in one step. The backup
 * folder stays the one in use (it is a setting of this laptop, not of the restored data). A
 * backup of another dossier (its own folder beside this one's) may be restored too, for a dossier
 * whose file was lost: this file then becomes that dossier, with its id and backups.
 */
export async function restoreBackup(
  ctx: ApiContext,
  name: string,
  /** Another dossier's folder in the backup folder (after a lost file); null: this dossier's. */
  dossier: string | null,
  live: LiveFile,
): Promise<RestoreResult> {
  const own = backupFolder(ctx);
  const folder = dossier
    ? otherDossierFolders(backupRoot(ctx), own).find((f) => path.basename(f) === dossier)
    : own;
  const source = folder && listBackups(folder).find((b) => path.basename(b.file) === name);
  if (!source) {
    throw new DomainError('not_found', `De back-up ${name} staat niet (meer) in de back-upmap.`);
  }
  const when = formatDateTimeNl(source.at);
  const checked = readBackup(source.file);
  if (checked.ok !== 'ok') {
    ctx.logError(new Error(`Back-up ${source.file}: ${checked.ok}`));
    throw new DomainError(
      'conflict',
      checked.ok === NOT_OURS
        ? `Het bestand ${name} is geen back-up van een Regiodossier-dossier (het is van een ander programma). Kies een andere back-up; er is niets veranderd.`
        : `De back-up van ${when} is beschadigd. Kies een andere back-up; er is niets veranderd.`,
    );
  }
  if (checked.version > LATEST_VERSION) {
    throw new DomainError(
      'conflict',
      `De back-up van ${when} komt uit een nieuwere versie van Regiodossier. Werk Regiodossier bij om hem terug te zetten; er is niets veranderd.`,
    );
  }
  // Read before anything waits: the file in use now is the one restored into.
  const target = ctx.databasePath;
  const tmp = `${target}.terugzetten-${process.pid}.tmp`;
  const aside = `${target}.voor-terugzetten-${process.pid}.tmp`;
  // The chosen backup is copied first: the safety copy's retention rule could prune it.
  try {
    copyDurably(source.file, tmp);
    const copy = readBackup(tmp);
    if (copy.ok !== 'ok' || JSON.stringify(copy.counts) !== JSON.stringify(checked.counts)) {
      throw new Error(`kopie niet gelijk aan de back-up: ${copy.ok}`);
    }
  } catch (cause) {
    fs.rmSync(tmp, { force: true });
    ctx.logError(cause);
    throw new DomainError(
      'database',
      `De back-up kon niet naast ${path.basename(target)} worden gezet (is er ruimte op de schijf?). Er is niets veranderd.`,
    );
  }
  // From here no call may change the dossier: what it saved would be in neither version.
  live.hold(true);
  try {
    let safety;
    try {
      safety = await backupNow(ctx, 'voor-terugzetten');
    } catch (error) {
      fs.rmSync(tmp, { force: true });
      throw error;
    }
    const keepFolder = ctx.repos.settings.get('backupFolder');
    await swap(target, tmp, aside, live, ctx.logError);
    ctx.repos.settings.set('backupFolder', keepFolder);
    return { restored: backupSummaryOf(source, dossier), safety };
  } finally {
    live.hold(false);
  }
}

/**
 * The live file aside, the copy in its place, reopened; when anything fails, the live file goes
 * back and is reopened, so the app never stays on a closed or half-restored dossier.
 */
async function swap(
  target: string,
  tmp: string,
  aside: string,
  live: LiveFile,
  logError: (error: unknown) => void,
) {
  live.close();
  try {
    // A -wal still there means another program has the file open: its work would be lost.
    if (fs.existsSync(`${target}-wal`) && fs.statSync(`${target}-wal`).size > 0) {
      throw new DomainError(
        'conflict',
        'Het dossier is nog geopend in een ander programma (bijvoorbeeld de opdrachtregel). Sluit dat en probeer het opnieuw; er is niets veranderd.',
      );
    }
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    fs.renameSync(target, aside);
    fs.renameSync(tmp, target);
  } catch (error) {
    if (!fs.existsSync(target) && fs.existsSync(aside)) fs.renameSync(aside, target);
    fs.rmSync(tmp, { force: true });
    await live.reopen();
    throw error;
  }
  try {
    await live.reopen();
  } catch (error) {
    logError(error);
    for (const file of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(file, { force: true });
    fs.renameSync(aside, target);
    await live.reopen();
    throw new DomainError(
      'database',
      'De back-up kon na het terugzetten niet worden geopend; de vorige gegevens staan weer terug. Er is niets veranderd.',
    );
  }
  fs.rmSync(aside, { force: true });
}

function copyDurably(from: string, to: string) {
  fs.copyFileSync(from, to);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
