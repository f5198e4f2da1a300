import { Stack } from '@mantine/core';
import { partyFields, type Party } from '../../../shared/schemas/party';
import { useApi } from '../../data/apiContext';
import { useMutation } from '../../data/data';
import { FormConflictPanel } from '../../components/FormConflictPanel';
import { DraftNotice } from '../../components/DraftNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosavedForm } from '../../components/useAutosavedForm';
import { PartyFields } from './PartyFields';

/** The party's own fields, saved automatically while the user types. */
export function PartyEditForm({ party }: { party: Party }) {
  const mutate = useMutation();
  const api = useApi();
  const form = useAutosavedForm(
    partyFields,
    { type: party.type, name: party.name, notes: party.notes },
    (input, base) => mutate('parties.update', { id: party.id, ...input, base }),
    `concept:party:${party.id}`,
    async () => {
      const p = await api.invoke('parties.get', { id: party.id });
      return { type: p.type, name: p.name, notes: p.notes };
    },
  );
  const { values, errors, set } = form;
  return (
    <Stack gap="md">
      {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
      {form.conflict && (
        <FormConflictPanel
          subject="Deze partij is"
          mine={values}
          theirs={form.conflict.theirs}
          onChoose={form.resolve}
        />
      )}
      <PartyFields values={values} errors={errors} set={set} />
      <SaveStatus state={form.saveState} />
    </Stack>
  );
}
