import { FormModal } from '../../components/FormModal';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { contactFields } from '../../../shared/schemas/contact';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { ContactFields, emptyContact, type ContactValues } from './ContactEditForm';

/** "Nieuwe persoon"; `partyId` preselects the organisation (from a party's page). */
export function ContactFormModal(props: {
  opened: boolean;
  onClose: () => void;
  partyId: string | null;
}) {
  return (
    <FormModal opened={props.opened} onClose={props.onClose} title="Nieuwe persoon">
      <ContactForm partyId={props.partyId} onDone={props.onClose} />
    </FormModal>
  );
}

function ContactForm(props: { partyId: string | null; onDone: () => void }) {
  const initial: ContactValues = { ...emptyContact, partyId: props.partyId };
  const form = useSchemaForm(contactFields, initial, 'concept:nieuwe-persoon');
  const mutate = useMutation();
  const navigate = useNavigate();
  const { set } = form;

  // A party chosen on the party's page wins over the one in an old draft.
  useEffect(() => {
    if (props.partyId) set('partyId', props.partyId);
  }, [props.partyId, set]);

  const submit = () =>
    form.submitWith(async (v) => {
      const contact = await mutate('contacts.create', v);
      form.reset(emptyContact);
      notifySaved(`${contact.name} is toegevoegd.`);
      props.onDone();
      navigate(`/personen/${contact.id}`);
    });

  return (
    <DraftForm
      form={form}
      onSubmit={submit}
      onCancel={props.onDone}
      submitLabel="Persoon toevoegen"
    >
      <ContactFields values={form.values} errors={form.errors} set={form.set} autoFocus />
    </DraftForm>
  );
}
