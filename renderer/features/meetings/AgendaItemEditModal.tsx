import { Checkbox, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { agendaItemUpdate, type AgendaItem } from '../../../shared/schemas/meeting';
import { useMutation, useQuery } from '../../data/data';
import { DraftForm } from '../../components/DraftForm';
import { notifySaved } from '../../components/feedback';
import { useSchemaForm } from '../../components/useSchemaForm';
import { textProps } from '../../components/fieldProps';

/** "Agendapunt bewerken": title, inleider, vertrouwelijk, and the agreements it is about. */
export function AgendaItemEditModal(props: {
  item: AgendaItem;
  regionId: string;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Agendapunt bewerken" size="lg">
      {props.opened && <EditForm {...props} />}
    </Modal>
  );
}

function EditForm(props: { item: AgendaItem; regionId: string; onClose: () => void }) {
  const { item } = props;
  const form = useSchemaForm(agendaItemUpdate, {
    id: item.id,
    title: item.title,
    presenter: item.presenter,
    confidential: item.confidential,
    agreementIds: item.agreements.map((a) => a.id),
  });
  const agreements = useQuery('agreements.list', { regionId: props.regionId, limit: 500 });
  const options = [
    ...item.agreements,
    ...(agreements.data?.items ?? []).filter((a) => !item.agreements.some((l) => l.id === a.id)),
  ].map((a) => ({ value: a.id, label: a.title }));
  const mutate = useMutation();
  const submit = () =>
    form.submitWith(async (input) => {
      await mutate('agenda.update', input);
      notifySaved('Het agendapunt is bijgewerkt.');
      props.onClose();
    });
  return (
    <DraftForm form={form} onSubmit={submit} onCancel={props.onClose} submitLabel="Opslaan">
      <Stack>
        <TextInput
          label="Titel"
          required
          data-autofocus
          {...textProps(form, 'title', agendaItemUpdate)}
        />
        <TextInput label="Inleider" {...textProps(form, 'presenter', agendaItemUpdate)} />
        <MultiSelect
          label="Over de afspraken"
          placeholder="Zoek een afspraak"
          data={options}
          value={form.values.agreementIds}
          onChange={(ids) => form.set('agreementIds', ids)}
          searchable
          clearable
          nothingFoundMessage="Geen afspraak gevonden"
          error={form.errors.agreementIds}
        />
        <Checkbox
          label="Vertrouwelijk (niet in stukken voor derden)"
          checked={form.values.confidential}
          onChange={(e) => form.set('confidential', e.currentTarget.checked)}
        />
      </Stack>
    </DraftForm>
  );
}
