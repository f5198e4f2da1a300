import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Entity } from '../../shared/domain';
import { notifyError } from './feedback';
import { useDeleteFlow } from './useDeleteFlow';

/**
 * "Verwijderen" for a record with dependants: loads what else goes to the Prullenbak, asks, moves
 * it there (with undo), and says so when anything fails.
 */
export function DeleteButton(props: {
  entity: Entity;
  id: string;
  /** How the record is named in the question and the notifications ("Regio Utrecht-Oost"). */
  label: string;
  /** The Dutch sentence saying what goes to the Prullenbak (a deleteImpact method's summary). */
  loadImpact: () => Promise<{ summary: string }>;
  remove: () => Promise<unknown>;
  onDeleted?: () => void;
  children?: ReactNode;
}) {
  const flow = useDeleteFlow();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    let impact: string;
    try {
      impact = (await props.loadImpact()).summary;
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
    <Button color="red.8" variant="outline" loading={busy} onClick={() => void run()}>
      {props.children ?? 'Verwijderen'}
    </Button>
  );
}
