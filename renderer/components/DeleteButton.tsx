import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Entity } from '../../shared/domain';
import { notifyError } from './feedback';
import { useDeleteFlow } from './useDeleteFlow';

/**
 * "Verwijderen": says what goes to the Prullenbak (a fixed sentence, or loaded for a record with
 * dependants), asks, moves it there (with undo), and says so when anything fails. `inRow` gives
 * the small button used in table rows.
 */
export function DeleteButton(props: {
  entity: Entity;
  id: string;
  /** How the record is named in the question and the notifications ("Regio Utrecht-Oost"). */
  label: string;
  /** The Dutch sentence saying what goes to the Prullenbak, or a deleteImpact method to ask. */
  impact: string | (() => Promise<{ summary: string }>);
  remove: () => Promise<unknown>;
  onDeleted?: () => void;
  inRow?: boolean;
  ariaLabel?: string;
  children?: ReactNode;
}) {
  const flow = useDeleteFlow();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    let impact: string;
    try {
      impact = typeof props.impact === 'string' ? props.impact : (await props.impact()).summary;
    } catch (error) {
      notifyError(error);
      return;
    } finally {
      setBusy(false);
    }
    const deleted = await flow({
      entity: props.entity,
      id: props.id,
      label: props.label,
      impact,
      remove: props.remove,
    });
    if (deleted) props.onDeleted?.();
  };

  return (
    <Button
      color={props.inRow ? 'red.9' : 'red.8'}
      variant={props.inRow ? 'subtle' : 'outline'}
      size={props.inRow ? 'xs' : 'sm'}
      aria-label={props.ariaLabel}
      loading={busy}
      onClick={() => void run()}
    >
      {props.children ?? 'Verwijderen'}
    </Button>
  );
}
