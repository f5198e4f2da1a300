import { useCallback } from 'react';
import type { Entity } from '../../shared/domain';
import { useMutation } from '../data/data';
import { confirmAction, notifyError, notifyTrashed } from './feedback';

/**
 * Move something to the Prullenbak: ask first (saying what goes with it), then offer undo.
 * Resolves true when it was deleted.
 */
export function useDeleteFlow() {
  const mutate = useMutation();
  return useCallback(
    async (options: {
      entity: Entity;
      id: string;
      label: string;
      /** The Dutch sentence saying what goes to the Prullenbak (from a deleteImpact method). */
      impact: string;
      remove: () => Promise<unknown>;
    }): Promise<boolean> => {
      const confirmed = await confirmAction({
        title: `${options.label} verwijderen?`,
        message: options.impact,
        confirmLabel: 'Naar de prullenbak',
        danger: true,
      });
      if (!confirmed) return false;
      try {
        await options.remove();
        notifyTrashed(options.label, () =>
          mutate('trash.restore', { entity: options.entity, id: options.id }),
        );
        return true;
      } catch (error) {
        notifyError(error);
        return false;
      }
    },
    [mutate],
  );
}
