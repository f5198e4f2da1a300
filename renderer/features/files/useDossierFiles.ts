import { useCallback, useState } from 'react';
import type { TaskOutput } from '../../../shared/api/tasks';
import { useApi } from '../../data/apiContext';
import { useDossierChanged } from '../../data/useDossierChanged';
import { notifyError, notifySaved } from '../../components/feedback';
import { flushAll } from '../../components/pendingSaves';
import { useFileOutcome } from './fileOutcome';
import { REVIEW_PACKAGE_EXTENSION } from '../../../shared/review/formats';
import { useOpenPackage } from '../reviewMode/openPackage';

/**
 * Nieuw dossier, Openen (also a recent file), Kopie opslaan als and Herstellen (the file.*
 * tasks): after a switch every screen reads the other file from the Overzicht; a refusal opens
 * FileOutcomeModal with the reason and, for a damaged file, recovery.
 */
export function useDossierFiles() {
  const api = useApi();
  const switched = useDossierChanged();
  const { show, clear } = useFileOutcome();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(work: () => Promise<T>, then: (result: NonNullable<T>) => Promise<void> | void) => {
      setBusy(true);
      try {
        // What is typed but waiting belongs to the dossier in use: saved before it changes.
        await flushAll();
        const result = await work();
        if (result !== null) await then(result as NonNullable<T>);
      } catch (error) {
        notifyError(error);
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const opened = useCallback(
    async (result: NonNullable<TaskOutput<'file.open'>>) => {
      // A beoordelingspakket opens in review mode (or says why not); the dossier stays open.
      const isPackage = result.name.toLowerCase().endsWith(REVIEW_PACKAGE_EXTENSION);
      if (result.state === 'review' || (result.state === 'refused' && isPackage)) {
        return useOpenPackage.getState().show(result);
      }
      if (result.state === 'refused') return show({ kind: 'refused', ...result });
      clear();
      await switched();
      notifySaved(
        result.created
          ? `Nieuw dossier ${result.name} gemaakt en geopend.`
          : `Dossier ${result.name} geopend.`,
      );
    },
    [show, clear, switched],
  );

  return {
    busy,
    newDossier: () => run(() => api.task('file.new', {}), opened),
    open: (recent?: number) =>
      run(() => api.task('file.open', recent === undefined ? {} : { recent }), opened),
    saveCopy: () =>
      run(
        () => api.task('file.saveCopy', {}),
        (copy) => notifySaved(`Een gecontroleerde kopie is opgeslagen als ${copy.path}.`),
      ),
    recover: () =>
      run(
        () => api.task('file.recover', {}),
        async (result) => {
          show({ kind: 'rescue', ...result });
          if (result.state === 'recovered') await switched();
        },
      ),
  };
}
