import { Button } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { safeFileName } from '../../../shared/fileNames';
import { useApi } from '../../data/apiContext';
import { downloadJson } from '../../components/download';
import { notifyError, notifySaved } from '../../components/feedback';

/**
 * For an access request under the AVG: everything stored about this person as one JSON file
 * (contacts.personalData), saved through the save dialog.
 */
export function PersonalDataButton({ id, name }: { id: string; name: string }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const data = await api.invoke('contacts.personalData', { id });
      const fileName = `Persoonsgegevens ${safeFileName(name)} ${todayIso()}.json`;
      downloadJson(fileName, data);
      notifySaved(`De persoonsgegevens van ${name} zijn opgeslagen als ${fileName}.`);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" loading={busy} onClick={() => void save()}>
      Persoonsgegevens exporteren (AVG)
    </Button>
  );
}
