import { Stack } from '@mantine/core';
import { regionFields, type Region } from '../../../shared/schemas/region';
import { useMutation } from '../../app/data';
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
  const form = useAutosavedForm(
    regionFields,
    stored,
    (input) => mutate('regions.update', { id: region.id, ...input }),
    `concept:region:${region.id}`,
  );
  return (
    <Stack gap="md">
      {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
      <RegionFields values={form.values} errors={form.errors} set={form.set} />
      <SaveStatus state={form.saveState} />
    </Stack>
  );
}
