import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { RestoreResult } from '../../../shared/schemas/backup';
import { useApi } from '../../app/apiContext';
import { flushAll } from '../../components/pendingSaves';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; result: RestoreResult; undone: boolean }
  | { step: 'failed'; message: string };

/**
 * Restoring a backup (the task backup.restore): afterwards every screen reads the restored data
 * (all queries are refetched) from the Overzicht, since the record on screen may not exist in it.
 */
export function useRestore() {
  const api = useApi();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const restore = useCallback(
    async (backup: { name: string; dossier: string | null }, undo = false) => {
      setState({ step: 'busy' });
      try {
        // What is typed but waiting is saved first: it belongs in the safety copy.
        await flushAll();
        const result = await api.task('backup.restore', {
          name: backup.name,
          dossier: backup.dossier,
        });
        setState({ step: 'done', result, undone: undo });
      } catch (error) {
        setState({
          step: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        void navigate('/overzicht');
        // Kept on screen while refetching (a reset would unmount the app and this dialog);
        // what is not on screen is dropped.
        client.removeQueries({ type: 'inactive' });
        await client.invalidateQueries();
      }
    },
    [api, client, navigate],
  );
  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, restore, reset };
}
