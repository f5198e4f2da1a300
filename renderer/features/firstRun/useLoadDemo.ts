import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '../../data/data';
import { notifyError, notifySaved } from '../../components/feedback';

/** Loads the voorbeelddossier and opens its overzicht. */
export function useLoadDemo() {
  const mutate = useMutation();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await mutate('dossier.loadDemo', {});
      notifySaved('Het voorbeelddossier is geladen.');
      navigate('/overzicht');
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }, [mutate, navigate]);
}
