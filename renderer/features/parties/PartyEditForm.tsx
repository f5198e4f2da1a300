import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import type { PartyType } from '../../../shared/domain';
import { partyFields, type Party } from '../../../shared/schemas/party';
import { useMutation } from '../../app/data';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { useZodForm } from '../../components/useZodForm';
import { PARTY_TYPE_OPTIONS } from '../roles/roleOptions';

/** The party's own fields, saved automatically while the user types. */
export function PartyEditForm({ party }: { party: Party }) {
  const stored = { type: party.type, name: party.name, notes: party.notes };
  const form = useZodForm(partyFields, stored);
  const mutate = useMutation();
  const { state } = useAutosave(form.values, stored, async () => {
    const input = form.validate();
    if (!input) return false;
    try {
      await mutate('parties.update', { id: party.id, ...input });
      return true;
    } catch (error) {
      form.showError(error);
      return false;
    }
  });
  const { values, errors, set } = form;
  return (
    <Stack gap="md">
      <Select
        label="Type organisatie"
        data={PARTY_TYPE_OPTIONS}
        value={values.type}
        onChange={(v) => v && set('type', v as PartyType)}
        allowDeselect={false}
        error={errors.type}
      />
      <TextInput label="Naam" required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
      <Textarea
        label="Notities"
        autosize
        minRows={3}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes}
      />
      <SaveStatus state={state} />
    </Stack>
  );
}
