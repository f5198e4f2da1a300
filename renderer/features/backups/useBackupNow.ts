import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useApi } from '../../data/apiContext';
import { notifyError, notifySaved } from '../../components/feedback';

/** "Nu een back-up maken" and Bestand → Back-up maken: the task, then the screens refresh. */
export function useBackupNow() {
  const api = useApi();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    try {
      await api.task('backup.create', {});
      notifySaved('De back-up is gemaakt en gecontroleerd.');
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      await client.invalidateQueries({
        predicate: (q) => String(q.queryKey[0]).startsWith('backups.'),
      });
    }
  }, [api, client]);
  return { run, busy };
}
