import {
  ATTENDANCE_LABELS,
  ATTENDANCES,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MINUTES_STATUS_LABELS,
  MINUTES_STATUSES,
} from '../../../shared/domain';

/** Select options from the shared labels (shared/domain.ts). */
export const KIND_OPTIONS = MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }));
export const MINUTES_STATUS_OPTIONS = MINUTES_STATUSES.map((s) => ({
  value: s,
  label: `Notulen ${MINUTES_STATUS_LABELS[s].toLocaleLowerCase('nl')}`,
}));
export const ATTENDANCE_OPTIONS = ATTENDANCES.filter((a) => a !== 'uitgenodigd').map((a) => ({
  value: a,
  label: ATTENDANCE_LABELS[a],
}));

/** "14:00–16:00" */
export const timeRange = (m: { startTime: string; endTime: string }) =>
  `${m.startTime}–${m.endTime}`;
