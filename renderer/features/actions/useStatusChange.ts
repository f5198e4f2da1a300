import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { ActionStatus } from '../../../shared/domain';
import { formatNumberNl } from '../../../shared/numbers';
import { useMutation } from '../../data/data';
import { notifyError, notifyWithUndo } from '../../components/feedback';

/** An actiepunt as it was before the change (what an undo puts back). */
export interface StatusOf {
  id: string;
  status: ActionStatus;
  doneOn: string | null;
}

/** The last change on this screen: what it did, and whether it can still be undone. */
export interface LastChange {
  key: number;
  message: string;
  /** Runs the undo; null once it has been undone. */
  undo: (() => Promise<void>) | null;
}

const count = (n: number) => (n === 1 ? '1 actiepunt' : `${formatNumberNl(n)} actiepunten`);
const doneText = (n: number) => `${count(n)} afgerond.`;
const openText = (n: number) => `${count(n)} ${n === 1 ? 'staat' : 'staan'} weer open.`;
const doneAgainText = (n: number) => `${count(n)} ${n === 1 ? 'is' : 'zijn'} weer afgerond.`;

/**
 * Afronden or weer openzetten, one actiepunt or several at once (`actions.setStatusMany`, all or
 * nothing), with "Ongedaan maken" both in a notification and beside the list (reachable by Tab
 * from the button that did it). Undo puts each one back as it was, its afgerond date included.
 */
export function useStatusChange() {
  const mutate = useMutation();
  const [last, setLast] = useState<LastChange | null>(null);
  const serial = useRef(0);

  const change = useCallback(
    async (items: StatusOf[], to: ActionStatus): Promise<boolean> => {
      const changing = items.filter((a) => a.status !== to);
      if (changing.length === 0) return false;
      const ids = changing.map((a) => a.id);
      try {
        await mutate('actions.setStatusMany', { ids, status: to });
      } catch (error) {
        notifyError(error);
        return false;
      }
      const n = changing.length;
      const message = to === 'afgerond' ? doneText(n) : openText(n);
      const undone = `Ongedaan gemaakt: ${to === 'afgerond' ? openText(n) : doneAgainText(n)}`;
      const key = (serial.current += 1);
      let used = false;
      let notification = '';
      const putBack = async () => {
        if (used) return;
        used = true;
        notifications.hide(notification);
        try {
          if (to === 'afgerond') {
            await mutate('actions.setStatusMany', { ids, status: 'open' });
          } else {
            // Each one afgerond again on its own date: one call per date.
            const byDate = new Map<string | null, string[]>();
            for (const a of changing) byDate.set(a.doneOn, [...(byDate.get(a.doneOn) ?? []), a.id]);
            for (const [doneOn, group] of byDate) {
              await mutate('actions.setStatusMany', {
                ids: group,
                status: 'afgerond',
                ...(doneOn !== null && { doneOn }),
              });
            }
          }
        } catch (error) {
          used = false;
          throw error;
        }
        setLast((l) => (l?.key === key ? { key, message: undone, undo: null } : l));
      };
      notification = notifyWithUndo(message, putBack, undone);
      setLast({ key, message, undo: putBack });
      return true;
    },
    [mutate],
  );

  return { change, last };
}
