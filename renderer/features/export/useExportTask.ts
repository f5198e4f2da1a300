import { useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ExportStatus, TaskInput } from '../../../shared/api/tasks';
import { useApi } from '../../data/apiContext';

/** How often a running export's progress is asked for. */
const POLL_MS = 250;

/**
 * One PDF export (shared/api/tasks.ts) from the page's side: `start` opens the save dialog and
 * starts the print, and its answer is the first status (every step counted); while it runs its
 * status is polled (TanStack Query, every 250 ms); `cancel` says "Afbreken…" at once and the
 * final state as soon as the export has stopped (the task answers then); `open` and
 * `showInFolder` act on it by its id. `phase` is what the dialog shows: the form, the save
 * dialog being open, or the export's status.
 */
export function useExportTask() {
  const api = useApi();
  const [job, setJob] = useState<ExportStatus | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = useTanstackQuery({
    queryKey: ['export.status', job?.jobId],
    queryFn: () => api.task('export.status', { jobId: job!.jobId }),
    enabled: job !== null,
    refetchInterval: (query) => stillRunning(query.state.data),
    gcTime: 0,
  });

  const start = useCallback(
    async (request: TaskInput<'export.start'>) => {
      setError(null);
      setCancelling(false);
      setChoosing(true);
      try {
        const started = await api.task('export.start', request);
        if (started) setJob(started);
        return started !== null;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      } finally {
        setChoosing(false);
      }
    },
    [api],
  );
  const act = useCallback(
    async (task: 'export.cancel' | 'export.open' | 'export.showInFolder') => {
      if (!job) return;
      setError(null);
      try {
        await api.task(task, { jobId: job.jobId });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [api, job],
  );
  const { refetch } = status;
  const cancel = useCallback(async () => {
    setCancelling(true);
    await act('export.cancel');
    // The export has stopped: its final state now, not at the next poll.
    await refetch();
  }, [act, refetch]);
  const reset = useCallback(() => {
    setJob(null);
    setCancelling(false);
    setError(null);
  }, []);

  return {
    status: job ? (status.data ?? job) : null,
    /** "Afbreken" was chosen and the export has not stopped yet. */
    cancelling,
    choosing,
    /** A problem starting or acting on the export (not the export's own failure). */
    error,
    start,
    cancel,
    open: () => act('export.open'),
    showInFolder: () => act('export.showInFolder'),
    reset,
  };
}

const stillRunning = (status: ExportStatus | undefined) =>
  status === undefined || status.state === 'running' ? POLL_MS : false;
