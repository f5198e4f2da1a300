import { Stack } from '@mantine/core';
import { regionFields, type Region } from '../../../shared/schemas/region';
import { useMutation } from '../../app/data';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { useZodForm } from '../../components/useZodForm';
import { RegionFields, type RegionValues } from './RegionFields';

/** The region's own fields, saved automatically while the user types. */
export function RegionEditForm({ region }: { region: Region }) {
  const stored: RegionValues = {
    name: region.name,
    zorgkantoorNumber: region.zorgkantoorNumber,
    description: region.description,
  };
  const form = useZodForm(regionFields, stored);
  const mutate = useMutation();
  const { state } = useAutosave(form.values, stored, async () => {
    const input = form.validate();
    if (!input) return false;
    try {
      await mutate('regions.update', { id: region.id, ...input });
      return true;
    } catch (error) {
      form.showError(error);
      return false;
    }
  });
  return (
    <Stack gap="md">
      <RegionFields values={form.values} errors={form.errors} set={form.set} />
      <SaveStatus state={state} />
    </Stack>
  );
}
