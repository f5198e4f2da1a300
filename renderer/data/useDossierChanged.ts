import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/**
 * After the data under the app changed wholesale (a restore, another dossier file): go to the
 * Overzicht (the record on screen may not exist any more) and read everything again. Queries on
 * screen keep their data while they refetch (a reset would unmount the app and the dialog that
 * reports the change); the others are dropped.
 */
export function useDossierChanged() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    void navigate('/overzicht');
    client.removeQueries({ type: 'inactive' });
    await client.invalidateQueries();
  }, [client, navigate]);
}
