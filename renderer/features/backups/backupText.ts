import { formatDateTimeNl } from '../../../shared/dates';
import { countNl } from '../../../shared/numbers';
import { BACKUP_REASON_LABELS, type BackupSummary } from '../../../shared/schemas/backup';

/**
 * What a backup holds, in a line read from that backup file itself: "3 regio’s, 18 partijen,
 * 40 afspraken, 6 overleggen, 10 gespreksverslagen, 52 personen; laatste wijziging 28 november 2026 om 14:02".
 * Backups with the same numbers still differ in their last change.
 */
export const backupHolds = (b: BackupSummary) =>
  [
    countNl(b.counts.regions, 'regio', 'regio’s'),
    countNl(b.counts.parties, 'partij', 'partijen'),
    countNl(b.counts.agreements, 'afspraak', 'afspraken'),
    countNl(b.counts.meetings, 'overleg', 'overleggen'),
    countNl(b.counts.conversations, 'gespreksverslag', 'gespreksverslagen'),
    countNl(b.counts.contacts, 'persoon', 'personen'),
  ].join(', ') +
  (b.lastChange
    ? `; laatste wijziging ${formatDateTimeNl(b.lastChange)}`
    : '; nog geen wijzigingen');

/** "28 november 2026 om 14:02 (dagelijks)" as the lists and messages name a backup. */
export const backupLabel = (b: BackupSummary) =>
  `${formatDateTimeNl(b.at)} (${BACKUP_REASON_LABELS[b.reason].toLowerCase()})`;

/** One backup in the restore list: its own folder's name, or another dossier's with it. */
export const backupKey = (b: Pick<BackupSummary, 'name' | 'dossier'>) =>
  `${b.dossier ?? ''}/${b.name}`;
