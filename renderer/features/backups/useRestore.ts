import { useCallback, useState } from 'react';
import type { RestoreResult } from '../../../shared/schemas/backup';
import { useApi } from '../../data/apiContext';
import { useDossierChanged } from '../../data/useDossierChanged';
import { notifySaved } from '../../components/feedback';
import { flushAll } from '../../components/pendingSaves';
import { backupLabel } from './backupText';

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
  const changed = useDossierChanged();
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
        // Also outside the dialog (it may be closed at once, or the screen changes under it).
        notifySaved(
          undo
            ? 'De versie van vóór het terugzetten staat weer terug.'
            : `De back-up van ${backupLabel(result.restored)} is teruggezet.`,
        );
      } catch (error) {
        setState({
          step: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        await changed();
      }
    },
    [api, changed],
  );
  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, restore, reset };
}
