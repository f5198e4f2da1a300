import { Stack } from '@mantine/core';
import { regionFields, type Region } from '../../../shared/schemas/region';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { FormConflictPanel } from '../../components/FormConflictPanel';
import { DraftNotice } from '../../components/DraftNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosavedForm } from '../../components/useAutosavedForm';
import { RegionFields, type RegionValues } from './RegionFields';

/** The region's own fields, saved automatically while the user types. */
export function RegionEditForm({ region }: { region: Region }) {
  const mutate = useMutation();
  const stored: RegionValues = {
    name: region.name,
    zorgkantoorNumber: region.zorgkantoorNumber,
    description: region.description,
  };
  const api = useApi();
  const form = useAutosavedForm(
    regionFields,
    stored,
    (input, base) => mutate('regions.update', { id: region.id, ...input, base }),
    `concept:region:${region.id}`,
    async () => {
      const r = await api.invoke('regions.get', { id: region.id });
      return { name: r.name, zorgkantoorNumber: r.zorgkantoorNumber, description: r.description };
    },
  );
  return (
    <Stack gap="md">
      {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
      {form.conflict && (
        <FormConflictPanel
          subject="Deze regio is"
          mine={form.values}
          theirs={form.conflict.theirs}
          onChoose={form.resolve}
        />
      )}
      <RegionFields values={form.values} errors={form.errors} set={form.set} />
      <SaveStatus state={form.saveState} />
    </Stack>
  );
}
