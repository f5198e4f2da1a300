import { Select, Stack, Switch, Textarea } from '@mantine/core';
import { contactFields, type Contact } from '../../../shared/schemas/contact';
import { useApi } from '../../data/apiContext';
import { useMutation, useQuery } from '../../data/data';
import { FormConflictPanel } from '../../components/FormConflictPanel';
import { SaveStatus } from '../../components/SaveStatus';
import { DraftNotice } from '../../components/DraftNotice';
import { PersonFields } from '../../components/PersonFields';
import { useAutosavedForm } from '../../components/useAutosavedForm';
import { textProps } from '../../components/fieldProps';

export interface ContactValues {
  name: string;
  function: string;
  partyId: string | null;
  email: string;
  phone: string;
  notes: string;
  active: boolean;
  [key: string]: unknown;
}

export const emptyContact: ContactValues = {
  name: '',
  function: '',
  partyId: null,
  email: '',
  phone: '',
  notes: '',
  active: true,
};

const PERSON_KEYS = { name: 'name', function: 'function', email: 'email', phone: 'phone' } as const;

/** The person's fields, shared by the "Nieuwe persoon" dialog and the person's page. */
export function ContactFields(props: {
  values: ContactValues;
  errors: Record<string, string>;
  set: <K extends keyof ContactValues>(name: K, value: ContactValues[K]) => void;
  withActive?: boolean;
  autoFocus?: boolean;
}) {
  const { values, errors, set } = props;
  const parties = useQuery('parties.list', {});
  return (
    <Stack gap="md">
      <PersonFields
        keys={PERSON_KEYS}
        values={values}
        errors={errors}
        set={set}
        nameLabel="Naam"
        functionDescription="Bijvoorbeeld wethouder zorg of beleidsadviseur Wmo"
        autoFocus={props.autoFocus}
        between={
          <Select
            label="Organisatie"
            placeholder={parties.data ? 'Kies een partij' : 'Partijen laden…'}
            data={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={values.partyId}
            onChange={(v) => set('partyId', v)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Organisatie wissen' }}
            nothingFoundMessage="Geen partij gevonden"
            error={errors.partyId}
          />
        }
      />
      <Textarea
        label="Notities"
        autosize
        minRows={2}
        {...textProps(props, 'notes', contactFields)}
      />
      {props.withActive && (
        <Switch
          label="Actief"
          description="Zet uit als deze persoon niet meer bij de samenwerking betrokken is; de gegevens en rollen blijven bewaard."
          checked={values.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
      )}
    </Stack>
  );
}

/** What the form edits of a stored person. */
const contactValues = (c: Contact): ContactValues => ({
  name: c.name,
  function: c.function,
  partyId: c.partyId,
  email: c.email,
  phone: c.phone,
  notes: c.notes,
  active: c.active,
});

/** The person's own fields, saved automatically while the user types. */
export function ContactEditForm({ contact }: { contact: Contact }) {
  const mutate = useMutation();
  const stored = contactValues(contact);
  const api = useApi();
  const form = useAutosavedForm(
    contactFields,
    stored,
    (input, base) => mutate('contacts.update', { id: contact.id, ...input, base }),
    `concept:contact:${contact.id}`,
    async () => contactValues(await api.invoke('contacts.get', { id: contact.id })),
  );
  return (
    <Stack gap="md">
      {form.restoredDraft && <DraftNotice onDiscard={form.discardDraft} />}
      {form.conflict && (
        <FormConflictPanel
          subject="Deze persoon is"
          mine={form.values}
          theirs={form.conflict.theirs}
          opaque={['partyId']}
          onChoose={form.resolve}
        />
      )}
      <ContactFields values={form.values} errors={form.errors} set={form.set} withActive />
      <SaveStatus state={form.saveState} />
    </Stack>
  );
}
