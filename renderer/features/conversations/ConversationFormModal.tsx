import { useNavigate } from 'react-router';
import {
  conversationCreate,
  conversationUpdate,
  type ConversationDetail,
} from '../../../shared/schemas/conversation';
import { withNoun } from '../../../shared/withNoun';
import { useMutation } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { FormModal } from '../../components/FormModal';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import {
  ConversationFields,
  conversationFormValues,
  emptyConversation,
  type ConversationValues,
} from './ConversationFields';
import { conversationPath } from './conversationOptions';

/** "Nieuw gespreksverslag" (create, then open it) or "Gegevens bewerken" (the stored verslag). */
export function ConversationFormModal(props: {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  conversation?: ConversationDetail;
}) {
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.conversation ? 'Gegevens van het gesprek bewerken' : 'Nieuw gespreksverslag'}
    >
      {props.conversation ? (
        <EditForm
          conversation={props.conversation}
          regionId={props.regionId}
          onDone={props.onClose}
        />
      ) : (
        <NewForm regionId={props.regionId} onDone={props.onClose} />
      )}
    </FormModal>
  );
}

function NewForm(props: { regionId: string; onDone: () => void }) {
  const empty = { ...emptyConversation, regionId: props.regionId };
  const form = useSchemaForm<typeof conversationCreate, ConversationValues>(
    conversationCreate,
    empty,
    'concept:nieuw-gespreksverslag',
  );
  const mutate = useMutation();
  const navigate = useNavigate();
  const submit = () =>
    form.submitWith(async (input) => {
      // No text: the server starts the verslag from its soort's template (Instellingen).
      const { reportHtml: _none, ...fields } = input;
      const c = await mutate('conversations.create', fields);
      form.reset(empty);
      notifySaved(`${withNoun('Gespreksverslag', c.title)} is aangemaakt.`);
      props.onDone();
      navigate(conversationPath(c.id));
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Verslag aanmaken">
      <ConversationFields
        regionId={props.regionId}
        values={form.values}
        errors={form.errors}
        set={form.set}
      />
    </DraftForm>
  );
}

function EditForm(props: {
  conversation: ConversationDetail;
  regionId: string;
  onDone: () => void;
}) {
  const c = props.conversation;
  const stored: ConversationValues = { id: c.id, ...conversationFormValues(c) };
  const form = useSchemaForm<typeof conversationUpdate, ConversationValues>(
    conversationUpdate,
    stored,
    `concept:gespreksverslag-${c.id}`,
  );
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('conversations.update', input);
      form.reset(input);
      notifySaved('De gegevens van het gesprek zijn bijgewerkt.');
      props.onDone();
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onDone} submitLabel="Opslaan">
      <ConversationFields
        regionId={props.regionId}
        values={form.values}
        errors={form.errors}
        set={form.set}
        stored={c}
      />
    </DraftForm>
  );
}
